package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.calibrate.TimestampReading.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** A clock read an hour off on most slices steps right; the slices that read the hour otherwise tell. */
public class FirstNumberTest {
    private static final int SLICES = 60;

    /** What the sequence predicts for slice i: a clock from 10:01:00, 7 s a frame. */
    private static String predicted(int i) {
        int s = 60 + 7 * i;
        return String.format("10:%02d:%02d", s / 60, s % 60);
    }

    /** Every slice read as predicted, except {@code flagged} ones, which read {@code as} instead. */
    private static List<TimestampReading> stack(Set<Integer> flagged, java.util.function.IntFunction<String> as) {
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            String text = flagged.contains(i) ? as.apply(i) : predicted(i);
            rows.add(new TimestampReading(i + 1, text, TimeText.parse(text).value, 0.9,
                flagged.contains(i) ? Status.FLAGGED : Status.READ, "", flagged.contains(i) ? "does not fit" : ""));
        }
        return rows;
    }

    private static List<String> disagreeing(List<TimestampReading> rows) {
        return FirstNumber.disagreeing(rows, i -> List.of(predicted(i)), false);
    }

    /**
     * A single number's stack: slice i predicted as {@code run(i)} and read as {@code read(i)},
     * flagged where the two differ; its rows.
     */
    private static List<TimestampReading> numbers(java.util.function.IntFunction<String> run,
        java.util.function.IntFunction<String> read) {
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            String text = read.apply(i);
            rows.add(new TimestampReading(i + 1, text, TimeText.parse(text).value, 0.9,
                text.equals(run.apply(i)) ? Status.READ : Status.FLAGGED, "", ""));
        }
        return rows;
    }

    @Test
    public void slicesThatReadTheHourOtherwiseWhereTheRestFitsPutTheRunInDoubt() {
        // Seen on a generated brightfield movie: 01:01:14 read as 10:01:14 on most slices.
        List<TimestampReading> rows = stack(Set.of(0, 1, 13, 15, 46, 47, 49), i -> "0" + predicted(i).substring(2));
        List<String> others = disagreeing(rows);
        assertEquals(7, others.size());
        assertTrue(FirstNumber.inDoubt(others.size(), SLICES));
        List<TimestampReading> flagged = FirstNumber.flagged(rows, others);
        assertTrue(flagged.stream().allMatch(r -> r.status == Status.FLAGGED));
        // Texts and times are kept as read; each row says why, after its own note.
        assertEquals(rows.get(5).text, flagged.get(5).text);
        assertTrue(flagged.get(5).note.startsWith("the timestamp's first number is in doubt: 7 slices"));
        assertTrue(flagged.get(0).note.startsWith("does not fit; "));
        assertTrue(FirstNumber.why(rows, others, true).contains("against 10 on most"));
        assertTrue(FirstNumber.why(rows, others, true).contains("interval does not depend on it and is set"));
    }

    @Test
    public void aMarkLeftOfTheClockReadAsAnExtraDigitDoesNotHoweverOften() {
        // Seen on a generated movie: 001:00:18 read as 101:00:18 or 401:03:06 on 19 of 60 slices.
        Set<Integer> marked = new java.util.HashSet<>();
        for (int i = 0; i < SLICES; i += 3) {
            marked.add(i);
        }
        List<TimestampReading> rows = stack(marked, i -> (i % 2 == 0 ? "1" : "4") + predicted(i));
        assertEquals(0, disagreeing(rows).size());
        assertTrue(FirstNumber.prefixed("101", "001"));
        assertTrue(FirstNumber.prefixed("100", "000"));
        assertFalse(FirstNumber.prefixed("01", "10"));
        assertFalse(FirstNumber.prefixed("0", "10"));
        assertFalse(FirstNumber.inDoubt(2, SLICES));
    }

    @Test
    public void onlyReadingsThatDifferInTheFirstNumberAloneCount() {
        // 01:30:04 for 10:00:04 differs in the minutes too: a misreading like any other.
        List<TimestampReading> rows = stack(Set.of(0, 1, 2, 3, 4, 5, 6, 7), i -> "01:3" + predicted(i).substring(4));
        assertEquals(0, disagreeing(rows).size());
    }

    @Test
    public void correctedSlicesDoNotCountTheirImageConfirmedTheRun() {
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < SLICES; i++) {
            boolean corrected = i % 5 == 0;
            rows.add(new TimestampReading(i + 1, predicted(i), TimeText.parse(predicted(i)).value, 0.9,
                corrected ? Status.CORRECTED : Status.READ, corrected ? "0" + predicted(i).substring(2) : "", ""));
        }
        assertEquals(0, disagreeing(rows).size());
    }

    /**
     * Seed 499's case: a cell left of {@code 10 min} read as a 4 on most slices ({@code 410 min}
     * counting up by 2 to {@code 498 min}); where it was not read, the slices read {@code 102 min}
     * against the run's {@code 502 min}: the leading digit alone differs. A misread digit elsewhere
     * in the number, or a number grown by a digit, does not count.
     */
    @Test
    public void aSingleNumberWhoseLeadingDigitAloneDiffersPutsTheRunInDoubt() {
        java.util.function.IntFunction<String> run = i -> (410 + 2 * i) + " min";
        List<TimestampReading> rows = numbers(run, i -> i >= 46 && i < 52 ? (10 + 2 * i) + " min" : run.apply(i));
        List<String> others = FirstNumber.disagreeing(rows, i -> List.of(run.apply(i)), false);
        assertEquals(List.of("1", "1", "1", "1", "1", "1"), others);
        assertTrue(FirstNumber.inDoubt(others.size(), SLICES));
        String why = FirstNumber.why(rows, others, false);
        assertTrue(why, why.contains("(1) where the rest fits the sequence, against 4 on most"));
        assertTrue(why, why.contains("interval is not set"));
        assertTrue(FirstNumber.leadingDigitOnly(TimeText.parse("102 min"), TimeText.parse("502 min")));
        assertFalse("another digit", FirstNumber.leadingDigitOnly(TimeText.parse("512 min"), TimeText.parse("502 min")));
        assertFalse("a digit more", FirstNumber.leadingDigitOnly(TimeText.parse("1502 min"), TimeText.parse("502 min")));
        assertFalse("one digit", FirstNumber.leadingDigitOnly(TimeText.parse("7 min"), TimeText.parse("5 min")));
        assertTrue(FirstNumber.leadingDigitOnly(TimeText.parse("0012"), TimeText.parse("1012")));
        assertFalse("a clock", FirstNumber.leadingDigitOnly(TimeText.parse("10:01"), TimeText.parse("20:01")));
    }

    /**
     * Seed 587's case: a cell left of {@code 0 sec} read as {@code 6} on most slices
     * ({@code 6100 sec} counting up by 5); where it was not read, or read as another digit, the
     * slices read {@code 20 sec} or {@code 430 sec} against the run's {@code 6020 sec} and
     * {@code 6030 sec}: fewer or other digits in front of the same last two.
     */
    @Test
    public void aSingleNumberWithFewerOrOtherDigitsInFrontOfTheSameEndingCounts() {
        assertTrue(digitsDiffer("20 sec", "6020 sec"));
        assertTrue(digitsDiffer("430 sec", "6030 sec"));
        assertTrue(digitsDiffer("102 min", "502 min"));
        assertTrue(digitsDiffer("5 s", "45 s"));
        assertFalse("a middle digit", digitsDiffer("175 sec", "125 sec"));
        assertFalse("the last digits", digitsDiffer("26 sec", "6025 sec"));
        assertFalse("digits in front", digitsDiffer("6020 sec", "20 sec"));
        assertFalse("a thin 1 dropped", digitsDiffer("12min", "112min"));
        assertFalse("two", digitsDiffer("2 s", "112 s"));
        assertTrue("and another", digitsDiffer("2 s", "412 s"));
        assertFalse("another unit", digitsDiffer("20 min", "6020 sec"));
        assertFalse("a clock", digitsDiffer("0:20", "60:20"));
        java.util.function.IntFunction<String> run = i -> (6000 + 5 * i) + " sec";
        List<TimestampReading> rows = numbers(run, i -> i % 10 == 4 ? 5 * i + " sec" : run.apply(i));
        List<String> others = FirstNumber.disagreeing(rows, i -> List.of(run.apply(i)), false);
        assertEquals(6, others.size());
        assertTrue(FirstNumber.inDoubt(others.size(), SLICES));
    }

    /**
     * Seed 1057's case: a 12-point JPEG counter at three quarters of its size, read right on most
     * slices, lost leading digits here and there ({@code 5sec} for {@code 55sec}, {@code 0sec} for
     * {@code 130sec}, {@code 35sec} for {@code 235sec}). Were the run the misread one, those
     * slices would be the truth, one fixed time from it; each here is a different time off.
     */
    @Test
    public void slicesThatEachLostOtherLeadingDigitsDoNotDoubtTheRun() {
        java.util.Map<Integer, String> lost = java.util.Map.of(11, "5sec", 26, "0sec", 42, "0sec", 43, "5sec",
            47, "35sec", 51, "55sec");
        java.util.function.IntFunction<String> run = i -> 5 * i + "sec";
        List<TimestampReading> rows = numbers(run, i -> lost.getOrDefault(i, run.apply(i)));
        List<String> others = FirstNumber.disagreeing(rows, i -> List.of(run.apply(i)), false);
        // 215 and 210 both lost their "21", 255 and 235 their "2": two at most share a time off.
        assertEquals(2, others.size());
        assertFalse(FirstNumber.inDoubt(others.size(), SLICES));
    }

    private static boolean digitsDiffer(String read, String predicted) {
        return FirstNumber.leadingDigitsDiffer(TimeText.parse(read), TimeText.parse(predicted));
    }

    @Test
    public void numbersWithAUnitAndCountersHaveNoFirstNumberToDoubt() {
        assertEquals(null, TimeText.parse("12.5 s").afterFirstNumber());
        assertEquals(null, TimeText.parse("0012").afterFirstNumber());
        assertEquals(":01:14", TimeText.parse("10:01:14").afterFirstNumber());
        assertEquals("10", TimeText.parse("10:01:14").firstNumber());
    }
}
