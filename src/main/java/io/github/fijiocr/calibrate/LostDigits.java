package io.github.fijiocr.calibrate;

/**
 * A run of readings one leading digit short: the reader misses the {@code 1} of {@code 10} to
 * {@code 19} on consecutive slices, the run reads {@code 0} to {@code 9}, counts up perfectly and
 * is trusted, and {@code 20} then looks like a gap of ten dropped frames. Where every reading of
 * the run just before a gap is the end of what the run after it predicts backwards, the run is
 * taken out of the sequence, so that its slices are read again as those predictions: corrected
 * where the image shows the digit, flagged where it does not (then the gap was real and the
 * slices read right; flagging them is the cost of never trusting the other case).
 */
final class LostDigits {
    private LostDigits() {
    }

    /**
     * {@code values} with the runs that are a digit short set to NaN, or null when there is none.
     * {@code parsed}: the readings (null where none); {@code seq}: the sequence judged from
     * {@code values}.
     */
    static double[] cleared(TimeSequence seq, TimeText[] parsed, double[] values) {
        double[] out = null;
        for (int i = 1; i < values.length; i++) {
            if (seq.status(i) != TimeSequence.Status.GAP || parsed[i] == null) {
                continue;
            }
            // The trusted readings back to the previous gap (suspect slices between them are
            // read again anyway).
            java.util.List<Integer> run = new java.util.ArrayList<>();
            for (int j = i - 1; j >= 0; j--) {
                TimeSequence.Status s = seq.status(j);
                if (parsed[j] != null && (s == TimeSequence.Status.READ || s == TimeSequence.Status.GAP)) {
                    run.add(j);
                }
                if (s == TimeSequence.Status.GAP) {
                    break;
                }
            }
            if (run.size() < MIN_RUN || !shortOfWhatFollows(parsed, i, run, seq.interval())) {
                continue;
            }
            out = out == null ? values.clone() : out;
            for (int j : run) {
                out[j] = Double.NaN;
            }
        }
        return out;
    }

    /** Trusted readings a run needs before it is judged a digit short: one could end anything by chance. */
    static final int MIN_RUN = 2;

    /** Whether each reading of the slices {@code run} ends what the slice {@code gap} predicts for it. */
    private static boolean shortOfWhatFollows(TimeText[] parsed, int gap, java.util.List<Integer> run,
        double interval) {
        for (int j : run) {
            double predicted = parsed[gap].value - (gap - j) * interval;
            String read = parsed[j].toString().replace(" ", "");
            boolean endsIt = false;
            for (String p : new String[] {parsed[gap].at(predicted), parsed[gap].padded(predicted)}) {
                String whole = p.replace(" ", "");
                endsIt |= predicted >= 0 && whole.length() > read.length() && whole.endsWith(read);
            }
            if (!endsIt) {
                return false;
            }
        }
        return true;
    }
}
