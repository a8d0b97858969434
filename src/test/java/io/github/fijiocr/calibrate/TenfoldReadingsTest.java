package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.Test;

/** Slices flagged for reading ten times what the sequence predicts put its scale in doubt. */
public class TenfoldReadingsTest {
    /** Rows for {@code values} judged by {@code seq}: suspect slices flagged, the rest read. */
    private static List<TimestampReading> rows(double[] values, TimeSequence seq) {
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            boolean suspect = seq.status(i) == TimeSequence.Status.SUSPECT;
            rows.add(new TimestampReading(i + 1, Double.toString(values[i]), values[i], 0.9,
                suspect ? TimestampReading.Status.FLAGGED : TimestampReading.Status.READ, null, ""));
        }
        return rows;
    }

    /** 0, 40, 80… ms on 30 slices, in seconds, the slices {@code lost} read without their last 0. */
    private static double[] millis(IntPredicate lost) {
        double[] values = new double[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = (lost.test(i) ? 0.004 : 0.04) * i;
        }
        return values;
    }

    @Test
    public void aDigitLostOnMostSlicesIsCaught() {
        // Every slice but each third read without its last 0.
        double[] values = millis(i -> i % 3 != 0);
        TimeSequence seq = new TimeSequence(values, 0.001);
        assertTrue(seq.interval() < 0.005);
        assertTrue(TenfoldReadings.inDoubt(rows(values, seq), seq, 0.001));
    }

    @Test
    public void misreadsThatAreNotTenfoldAreLeftAlone() {
        // 2.5 s a slice; three slices misread a digit off, two read with a 0 too many.
        double[] values = new double[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2.5 * i;
        }
        values[4] = 18.5;
        values[9] = 32.5;
        values[15] = 38.5;
        values[20] = 500;
        values[25] = 625;
        TimeSequence seq = new TimeSequence(values, 0.5);
        assertTrue(Math.abs(seq.interval() - 2.5) < 1e-9);
        assertFalse("" + seq.status(20) + seq.expected(20), TenfoldReadings.inDoubt(rows(values, seq), seq, 0.5));
        values[10] = 250;
        seq = new TimeSequence(values, 0.5);
        assertTrue("" + seq.status(10) + seq.expected(10), TenfoldReadings.inDoubt(rows(values, seq), seq, 0.5));
    }

    @Test
    public void aDigitLostOnAFewSlicesLeavesTheSequenceAlone() {
        // Each third slice read without its last 0: those are flagged, the rest is right.
        double[] values = millis(i -> i % 3 == 1);
        TimeSequence seq = new TimeSequence(values, 0.001);
        assertTrue(Math.abs(seq.interval() - 0.04) < 1e-9);
        List<TimestampReading> rows = rows(values, seq);
        assertTrue(rows.stream().filter(r -> r.status == TimestampReading.Status.FLAGGED).count() >= 3);
        assertFalse(TenfoldReadings.inDoubt(rows, seq, 0.001));
    }
}
