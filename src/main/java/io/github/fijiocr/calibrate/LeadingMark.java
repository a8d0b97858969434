package io.github.fijiocr.calibrate;

/**
 * A mark beside a single number read as its leading digit on every slice: a cell left of the
 * number of {@code t = 2.5 s} read as a {@code 4}, {@code 412.5s} for {@code 12.5 s}. The count
 * steps right with it, a fixed time late, and nothing breaks, until the number gains a digit:
 * the slices before, {@code 40.0s}, {@code 42.5s}… for {@code 0.0 s}, {@code 2.5 s}…, are a run
 * of their own far from the rest, and are flagged as off the sequence while the wrong run is
 * reported as read. A real count never jumps where it gains a digit: read without that leading
 * digit, the slices make one run.
 */
final class LeadingMark {
    /** Share of the readings that must lead with the digit. */
    static final double LEADING = 0.9;
    /** Slices that must join the run, read without the digit, beyond those it holds with it. */
    static final int MIN_REJOINED = 3;

    private LeadingMark() {
    }

    /**
     * The leading digit that every reading of a single number carries (nine in ten at least,
     * not a padding 0) and without which more slices run on one line than with it ({@code seq},
     * the sequence as read); -1: none.
     */
    static int digit(TimeText[] parsed, TimeSequence seq, double resolution, double[] confidences, double threshold) {
        int[] leading = new int[10];
        int read = 0;
        for (TimeText t : parsed) {
            if (t == null) {
                continue;
            }
            if (t.afterFirstNumber() != null) {
                return -1; // a clock: its first number is judged by FirstNumber
            }
            read++;
            String number = t.firstNumber();
            if (number.length() >= 2) {
                leading[number.charAt(0) - '0']++;
            }
        }
        int d = 1;
        for (int k = 2; k < 10; k++) {
            d = leading[k] > leading[d] ? k : d;
        }
        if (read == 0 || leading[d] < LEADING * read) {
            return -1;
        }
        double[] without = new double[parsed.length];
        for (int i = 0; i < parsed.length; i++) {
            TimeText t = parsed[i];
            TimeText w = null;
            if (t != null && t.firstNumber().length() >= 2 && t.firstNumber().charAt(0) == '0' + d) {
                String s = t.toString();
                int at = s.indexOf(t.firstNumber());
                w = TimeText.parse(s.substring(0, at) + s.substring(at + 1));
            }
            without[i] = w == null ? Double.NaN : w.value;
        }
        TimeSequence again = new TimeSequence(without, resolution, confidences, threshold);
        boolean rejoined = trusted(again, parsed.length) >= trusted(seq, parsed.length) + MIN_REJOINED;
        return again.interval() > 0 && rejoined ? d : -1;
    }

    private static int trusted(TimeSequence s, int slices) {
        int n = 0;
        for (int i = 0; i < slices; i++) {
            TimeSequence.Status st = s.status(i);
            n += st == TimeSequence.Status.READ || st == TimeSequence.Status.GAP || st == TimeSequence.Status.REPEATED
                ? 1 : 0;
        }
        return n;
    }

    /** Why the readings are in doubt, for the log. */
    static String why(int digit) {
        return "every reading starts with " + digit + ", and read without it the slices run on as one count, where"
            + " with it they jump as the number gains a digit, which a running count does not do: the " + digit
            + " is probably a mark or a cell beside the number, so every slice is flagged (the interval does not"
            + " depend on it and is set). Draw a rectangle around the timestamp alone to read it.";
    }
}
