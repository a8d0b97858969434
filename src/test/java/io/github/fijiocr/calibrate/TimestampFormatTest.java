package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** The form every slice is read in, chosen from the probe slices' readings. */
public class TimestampFormatTest {
    private static List<TimeText> read(String... texts) {
        return Stream.of(texts).map(TimeText::parse).collect(Collectors.toList());
    }

    @Test
    public void aPaddedHourAQuarterOfTheProbesShowWins() {
        // A 12-point clock past the hour: the reader drops the thin 1 of "01" on most probes. Read
        // as most write it (one digit), every slice would read an hour early and count up perfectly.
        List<TimeText> probes = read("00:59:50", "01:00:39", "0:01:28", "0:02:24", "0:03:06", "01:04:09", "0:04:58",
            "0:05:47", "0:06:36");
        assertEquals("\\d{2,}:[0-5]\\d:[0-5]\\d", TimestampFormat.writtenAs(probes).pattern());
    }

    @Test
    public void oneStrayPaddedReadingDoesNotDecide() {
        List<TimeText> probes = read("0:00:05", "0:00:40", "0:01:15", "00:01:50", "0:02:25", "0:03:00", "0:03:35",
            "0:04:10", "0:04:45");
        assertEquals("\\d+:[0-5]\\d:[0-5]\\d", TimestampFormat.writtenAs(probes).pattern());
    }

    @Test
    public void aColonAQuarterOfTheProbesShowWins() {
        // A dim 12-point clock past the hour (generated seed 547): its first colon is missed on most
        // probes. Read as most write it (mm:ss with four-digit minutes), 01:00:04 is 100 minutes.
        List<TimeText> probes = read("00:59:50", "01:00:39", "0101:28", "0102:24", "0103:13", "0104:02", "0104:58",
            "0105:47", "01:06:49");
        assertEquals("\\d{2,}:[0-5]\\d:[0-5]\\d", TimestampFormat.writtenAs(probes).pattern());
    }

    @Test
    public void oneStrayColonDoesNotDecide() {
        List<TimeText> probes = read("12:05", "13:10", "14:15", "1:51:20", "16:25", "17:30", "18:35", "19:40", "20:45");
        assertEquals("\\d+:[0-5]\\d", TimestampFormat.writtenAs(probes).pattern());
    }

    @Test
    public void minutesPaddedToFourDigitsAreHoursAndMinutesWithAColonLost() {
        assertEquals("00:59:50", TimestampFormat.withColonAfterHours(TimeText.parse("0059:50")).toString());
        assertEquals("\\d{2,}:[0-5]\\d:[0-5]\\d",
            TimestampFormat.withColonAfterHours(TimeText.parse("0100:39")).pattern());
        // A thin 1 lost too (01:00:39 read 010:39): hours padded to two, as the padding shows.
        assertEquals("00:10:39", TimestampFormat.withColonAfterHours(TimeText.parse("010:39")).toString());
        // Minutes as they are written: unpadded past 59, or padded to two digits; and full clocks.
        for (String kept : new String[] {"125:30", "05:30", "1234:56", "00:59:50"}) {
            assertEquals(kept, TimestampFormat.withColonAfterHours(TimeText.parse(kept)).toString());
        }
    }

    @Test
    public void aColonReadAsAPointDoesNotMakeAFinerClock() {
        // A 13-point serif clock in JPEG (acquisition seed 59): its second colon read as a point,
        // the point after it lost, on three probes of nine. Their five decimals are a finer
        // resolution than the clock's three; read so, every slice read 00:01.0xxxx.
        List<TimeText> probes = read("00:01:05.000", "00:01:05.750", "00:01:06.750", "00:01.07500", "00:01:08.500",
            "00:01:09.500", "00:01.10250", "00:01.11250", "00:01:12.250");
        assertEquals("\\d{2,}:[0-5]\\d:[0-5]\\d\\.\\d{3}", TimestampFormat.formOf(probes).pattern());
        // A decimal a quarter of the probes show still decides, as before: a point is what a reader misses.
        List<TimeText> units = read("5 s", "1.0 s", "15 s", "2.0 s", "25 s", "3.0 s", "35 s", "40 s", "45 s");
        assertEquals("1.0 s", TimestampFormat.formOf(units).toString());
    }
}
