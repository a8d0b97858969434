package io.github.fijiocr.calibrate;

import java.util.List;

/**
 * A digit lost on most slices: small JPEG text {@code 160 ms} read as {@code 16 ms} on two slices
 * in three makes a sequence of its own, a tenth of the true one, and the slices read whole are
 * flagged as off it. Each of those reads ten times what the sequence predicts, where the image
 * does not confirm the prediction: the image insists on a digit the sequence lacks. Several such
 * slices put the sequence's scale in doubt. Flagged slices reading a tenth of their prediction are
 * the usual case the other way round, a digit lost on those few slices, and leave it alone: the
 * sequence the others make is right.
 */
final class TenfoldReadings {
    /** Flagged slices reading ten times their prediction that put the scale in doubt. */
    static final int MIN_SLICES = 3;

    private TenfoldReadings() {
    }

    /**
     * Whether {@value #MIN_SLICES} or more of the flagged {@code rows} read ten times a time
     * {@code seq} predicts for them, within a display step ({@code resolution}).
     */
    static boolean inDoubt(List<TimestampReading> rows, TimeSequence seq, double resolution) {
        int tenfold = 0;
        for (int i = 0; i < rows.size(); i++) {
            TimestampReading r = rows.get(i);
            if (r.status != TimestampReading.Status.FLAGGED || !(r.value > 0)) {
                continue;
            }
            for (double v : seq.expected(i)) {
                if (v > 0 && near(r.value / 10, v, resolution)) {
                    tenfold++;
                    break;
                }
            }
        }
        return tenfold >= MIN_SLICES;
    }

    /** Within a display step: the prediction is the sequence's time, which the display rounds or cuts. */
    private static boolean near(double a, double b, double resolution) {
        return Math.abs(a - b) < resolution + 1e-9;
    }

    /** Why the readings are in doubt, for the log. */
    static String why() {
        return "several slices read ten times what the others predict for them, and their images do not read as"
            + " the prediction: a digit is probably lost on the slices that make the sequence, so every slice is"
            + " flagged and no interval is set. Draw a rectangle around the timestamp alone, or set format=.";
    }
}
