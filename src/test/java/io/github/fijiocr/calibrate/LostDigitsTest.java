package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class LostDigitsTest {
    private static TimeText[] parse(int... shown) {
        TimeText[] out = new TimeText[shown.length];
        for (int i = 0; i < shown.length; i++) {
            out[i] = TimeText.parse(Integer.toString(shown[i]));
        }
        return out;
    }

    private static double[] values(TimeText[] parsed) {
        return java.util.Arrays.stream(parsed).mapToDouble(t -> t.value).toArray();
    }

    @Test
    public void aRunThatLostItsLeadingOneIsTakenOutAndPredictedWhole() {
        // A counter from 5 to 24; the reader missed the 1 of 10 to 19: "0" to "9", then "20".
        TimeText[] parsed = parse(5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24);
        double[] values = values(parsed);
        TimeSequence seq = new TimeSequence(values, 1);
        assertEquals("as read, ten frames look dropped", TimeSequence.Status.GAP, seq.status(15));
        double[] cleared = LostDigits.cleared(seq, parsed, values);
        for (int i = 0; i < values.length; i++) {
            assertEquals("slice " + i, i >= 5 && i < 15, Double.isNaN(cleared[i]));
        }
        TimeSequence again = new TimeSequence(cleared, 1);
        assertEquals(1, again.interval(), 1e-9);
        assertEquals(TimeSequence.Status.MISSING, again.status(9));
        assertEquals(List.of(14.0), again.expected(9));
        assertTrue(again.status(15) == TimeSequence.Status.READ);
    }

    @Test
    public void aGapBetweenTextsOfOneLengthIsLeftAlone() {
        // Five frames dropped after 50: the readings before the gap are not the ends of 51-55.
        TimeText[] parsed = parse(41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65);
        double[] values = values(parsed);
        TimeSequence seq = new TimeSequence(values, 1);
        assertEquals(TimeSequence.Status.GAP, seq.status(10));
        assertNull(LostDigits.cleared(seq, parsed, values));
    }
}
