package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import org.junit.Test;

/** A mark read as a single number's leading digit on every slice shows where the number gains a digit. */
public class LeadingMarkTest {
    private static int digit(String... texts) {
        TimeText[] parsed = Arrays.stream(texts).map(t -> t == null ? null : TimeText.parse(t)).toArray(TimeText[]::new);
        double[] values = Arrays.stream(parsed).mapToDouble(t -> t == null ? Double.NaN : t.value).toArray();
        double[] sure = new double[values.length];
        Arrays.fill(sure, 0.9);
        TimeSequence seq = new TimeSequence(values, 0.1, sure, 0.7);
        return LeadingMark.digit(parsed, seq, 0.1, sure, 0.7);
    }

    /** {@code t = 0.0 s} on, 2.5 s a slice, as {@code prefix} and the time, as read. */
    private static String[] count(String prefix, int slices) {
        String[] t = new String[slices];
        for (int i = 0; i < slices; i++) {
            t[i] = prefix + String.format(java.util.Locale.ROOT, "%.1fs", 2.5 * i);
        }
        return t;
    }

    @Test
    public void aCellReadAsALeadingFourOnEverySliceIsFound() {
        // The acquisition benchmark saved as JPEG, seed 48, DejaVu Sans: a cell left of the
        // number of a 16-point "t = 2.5 s" read as a 4 on most slices. The count stepped right
        // 400 s late from 10 s on (23 slices wrong, none flagged); the slices before, 40.0s to
        // 47.5s, were flagged as off the sequence.
        String[] read = count("4", 30);
        read[4] = "416.0s"; // 10.0 misread
        read[11] = "42.5s"; // the cell not read here
        read[24] = "469.0s";
        assertEquals(4, digit(read));
    }

    @Test
    public void countsReadRightHaveNoMark() {
        // A real count from 400 s: every reading leads with 4, and without it runs no better.
        String[] from400 = new String[30];
        for (int i = 0; i < 30; i++) {
            from400[i] = String.format(java.util.Locale.ROOT, "%.1fs", 400 + 2.5 * i);
        }
        assertEquals(-1, digit(from400));
        // A count that gains a digit, read right: too few lead with one digit.
        assertEquals(-1, digit(count("", 30)));
        // A count from 40 s that reaches 112.5 s: no one leading digit.
        String[] from40 = new String[30];
        for (int i = 0; i < 30; i++) {
            from40[i] = String.format(java.util.Locale.ROOT, "%.1fs", 40 + 2.5 * i);
        }
        assertEquals(-1, digit(from40));
    }
}
