package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TimeTextTest {
    @Test
    public void clocksParseToSecondsAndRenderOtherTimesInTheSameFormat() {
        TimeText t = TimeText.parse("00:59:55");
        assertEquals(TimeText.Kind.CLOCK, t.kind);
        assertEquals(3595, t.value, 0);
        assertEquals(1, t.resolution, 0);
        assertEquals("01:00:00", t.at(3600));
        assertEquals("100:00:01", t.at(360001));
        TimeText ms = TimeText.parse("00:01:05.250");
        assertEquals(65.25, ms.value, 1e-9);
        assertEquals(0.001, ms.resolution, 1e-12);
        assertEquals("00:01:06.005", ms.at(66.005));
        TimeText mmss = TimeText.parse("59:58");
        assertEquals(3598, mmss.value, 0);
        assertEquals("60:03", mmss.at(3603));
    }

    @Test
    public void numbersWithUnitsAreSecondsAndKeepTheirWords() {
        TimeText t = TimeText.parse("t = 9.5 s");
        assertEquals(TimeText.Kind.WITH_UNIT, t.kind);
        assertEquals(9.5, t.value, 1e-9);
        assertEquals("t = 10.0 s", t.at(10));
        TimeText min = TimeText.parse("3 min");
        assertEquals(180, min.value, 0);
        assertEquals(60, min.resolution, 0);
        assertEquals("4 min", min.at(240));
        assertEquals(0.25, TimeText.parse("250 ms").value, 1e-12);
        assertEquals(120, TimeText.parse("120 sec").value, 0);
    }

    @Test
    public void countersAndDatesAreRecognised() {
        TimeText c = TimeText.parse("frame 0007");
        assertEquals(TimeText.Kind.COUNTER, c.kind);
        assertEquals(7, c.value, 0);
        assertEquals("frame 0012", c.at(12));
        TimeText d = TimeText.parse("2024-02-28 23:59:59");
        assertEquals(TimeText.Kind.DATE_TIME, d.kind);
        assertEquals("2024-02-29 00:00:01", d.at(d.value + 2));
        TimeText dayFirst = TimeText.parse("31.12.24 23:59:30");
        assertEquals("01.01.25 00:00:30", dayFirst.at(dayFirst.value + 60));
        assertNull(TimeText.parse("µm"));
        TimeText minutes = TimeText.parse("2024-05-01 12:05");
        assertEquals(TimeText.Kind.DATE_TIME, minutes.kind);
        assertEquals(60, minutes.resolution, 0);
        assertEquals("2024-05-01 12:06", minutes.at(minutes.value + 60));
        TimeText joined = TimeText.parse("2024-05-0123:59:10"); // the reader missed the space
        assertEquals(TimeText.Kind.DATE_TIME, joined.kind);
        assertEquals(java.time.LocalDateTime.of(2024, 5, 1, 23, 59, 10).toEpochSecond(java.time.ZoneOffset.UTC), joined.value, 0);
    }

    @Test
    public void aFormatsPatternAcceptsItsOtherTimes() {
        TimeText t = TimeText.parse("t = 9.5 s");
        String p = t.pattern();
        assertTrue(p, "t = 10.0 s".matches(p));
        assertTrue(p, "t=10.0 s".matches(p));
        assertTrue(p, !"t = 10.25 s".matches(p));
        assertTrue(TimeText.parse("00:59:55").pattern(), "100:00:00".matches(TimeText.parse("00:59:55").pattern()));
        assertTrue("12:03:59.25".matches(TimeText.ANY) && "3 min".matches(TimeText.ANY) && "#12".matches(TimeText.ANY));
        assertTrue(!"oI40".matches(TimeText.ANY));
    }

    /**
     * A date's four-digit year is of the 1900s or 2000s and its hour under 24: a cell over the
     * year's first digit read 0924 on every slice, and a lost space and hour read 2024-05-0234:00,
     * 34 hours, a minute a slice for ten seconds.
     */
    @Test
    public void aDateHasAYearOfTheseCenturiesAndAnHourOfTheDay() {
        assertTrue("2024-05-01 12:34:10".matches(TimeText.ANY) && "01.05.24 23:59".matches(TimeText.ANY));
        assertTrue(!"0924-05-01 12:34:10".matches(TimeText.ANY) && !"2024-05-02 34:00".matches(TimeText.ANY));
        org.junit.Assert.assertNotEquals(TimeText.Kind.DATE_TIME, TimeText.parse("2024-05-0234:00").kind);
        org.junit.Assert.assertNotEquals(TimeText.Kind.DATE_TIME, TimeText.parse("0924-05-01 12:34:00").kind);
        String p = TimeText.parse("2024-05-01 12:34:10").pattern();
        assertTrue(p, "2024-05-01 12:35:00".matches(p) && "2024-05-01 23:59:50".matches(p));
        assertTrue(p, !"0924-05-01 12:35:00".matches(p) && !"2024-05-01 34:35:00".matches(p));
    }

    /** A clock found alone may be a date and time's: what is read there may be either, nothing else. */
    @Test
    public void aFoundClockMayCarryADate() {
        String clock = TimeText.found(TimeText.Kind.CLOCK);
        assertTrue("12:34:10".matches(clock) && "2024-05-01 12:34:10".matches(clock));
        assertTrue(!"2024-05-01 12:34:10".matches(TimeText.any(TimeText.Kind.CLOCK)) && !"12.5 s".matches(clock));
        assertTrue(!"12:34".matches(TimeText.found(TimeText.Kind.WITH_UNIT)));
    }

    /** Acquisition software labels its time with a word and a colon; a clock's first digit read as a letter is no label. */
    @Test
    public void aWordAndAColonLabelATime() {
        for (String s : new String[] {"Time: 5 sec", "T: 3 min", "Elapsed: 00:01:05.250", "Frame: 12"}) {
            assertTrue(s, s.matches(TimeText.ANY));
        }
        assertEquals(5, TimeText.parse("Time: 5 sec").value, 0);
        String p = TimeText.parse("T: 3 min").pattern();
        assertTrue(p, "T: 12 min".matches(p) && !"8 min".matches(p));
        assertTrue(!"l:00:42".matches(TimeText.ANY) && !"Time:5:00".matches(TimeText.ANY));
        // Hours read as letters a reader takes for digits are no label: 01:00:04 read o: 00:04.
        for (String s : new String[] {"o: 00:04", "lo: 00:04", "O: 12 sec", "Is: 5"}) {
            assertTrue(s, !s.matches(TimeText.ANY));
        }
    }

    /**
     * No clock shows minutes or seconds past 59 (seed 449: "00:26:90" read for "00:26:00" and taken
     * as 00:27:30): such a reading is no time, and the patterns a stack is read with never decode one.
     */
    @Test
    public void minutesAndSecondsPast59AreNoClock() {
        org.junit.Assert.assertNull(TimeText.parse("00:26:90"));
        org.junit.Assert.assertNull(TimeText.parse("12:75"));
        org.junit.Assert.assertNull(TimeText.parse("2024-05-01 12:61"));
        assertEquals(1620, TimeText.parse("00:27:00").value, 0);
        assertEquals(75 * 60 + 30, TimeText.parse("75:30").value, 0);
        String p = TimeText.parse("00:26:30").pattern();
        assertTrue(p, "00:27:59".matches(p) && !"00:26:90".matches(p) && !"00:60:00".matches(p));
        assertTrue(!"00:26:90".matches(TimeText.ANY) && "00:26:50".matches(TimeText.ANY));
        String[][] wrongAndRight = {{"hh:mm:ss", "1:70:00", "1:50:00"}, {"hh:mm:ss.SSS", "1:00:70.5", "1:00:50.5"},
            {"mm:ss", "1:70", "71:50"}, {"date_time", "2024-05-01 1:70", "2024-05-01 1:50"}};
        for (String[] f : wrongAndRight) {
            String pattern = TimestampFormat.NAMES.get(f[0]);
            assertTrue(f[0], !f[1].matches(pattern) && f[2].matches(pattern));
        }
    }

    @Test
    public void aNumberWithAUnitHasNoLeadingZeroSoAnUnseenPointIsNotReadAway() {
        // "0.5 s" read without its point would be "05 s": ten times off, and as regular as the truth.
        String any = TimeText.any(TimeText.Kind.WITH_UNIT);
        assertTrue("0.5 s".matches(any) && "0 s".matches(any) && "120 s".matches(any));
        assertTrue(!"05 s".matches(any) && !"00 s".matches(any));
        String p = TimeText.parse("0.0 s").pattern();
        assertTrue(p, "12.5 s".matches(p) && "0.5 s".matches(p));
        assertTrue(p, !"05 s".matches(p) && !"00.5 s".matches(p));
        // A zero-padded count is a counter, which keeps its zeros.
        assertTrue("0007".matches(TimeText.parse("0001").pattern()));
    }

    @Test
    public void aCounterReadWithoutItsLeadingZeroCanBePredictedPadded() {
        TimeText later = TimeText.parse("10");
        assertEquals("1", later.at(1));
        assertEquals("01", later.padded(1));
        assertEquals("12", later.padded(12));
        assertEquals("5 min", TimeText.parse("54 min").at(300));
    }
}
