package io.github.fijiocr.recognize.ctc;

/**
 * The CTC forward algorithm: the probability of a text, summed over every alignment of it. Kept
 * in plain probabilities rescaled every column (the log of each scale summed apart), so the inner
 * loop has no exp or log: the lexicon runs it for dozens of texts a line.
 */
public final class CtcForward {
    private CtcForward() {
    }

    /** ln P(text | lattice) for a text given as alphabet indices. */
    public static double logProb(Lattice lattice, int[] text) {
        return logProb(lattice, text, null, -1, null);
    }

    /**
     * As {@link #logProb(Lattice, int[])}; with {@code sums}, each column's sum of the scaled
     * forward variables is kept there, and extended state {@code state}'s scaled variable in
     * {@code kept} (both one value a column), for {@link CtcSplice}.
     */
    static double logProb(Lattice lattice, int[] text, double[] sums, int state, double[] kept) {
        int columns = lattice.columns();
        if (columns == 0) {
            return text.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        int blank = lattice.symbols();
        // Extended labels: blank, text[0], blank, text[1], ..., blank.
        int n = 2 * text.length + 1;
        int[] label = new int[n];
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            label[i] = i % 2 == 0 ? blank : text[i / 2];
            // A character may follow the previous one directly unless it repeats it.
            skip[i] = i > 1 && i % 2 == 1 && text[i / 2] != text[i / 2 - 1];
        }
        double[][] probs = new double[n][]; // each state's symbol's probability per column
        for (int i = 0; i < n; i++) {
            probs[i] = lattice.probabilities(label[i]);
        }
        double[] alpha = new double[n];
        double[] next = new double[n];
        alpha[0] = Math.exp(lattice.blankLogProb(0));
        if (n > 1) {
            alpha[1] = Math.exp(lattice.logProb(0, text[0]));
        }
        double logScale = 0;
        for (int t = 0; ; t++) {
            double sum = 0;
            for (double a : alpha) {
                sum += a;
            }
            if (sum == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (sums != null) {
                sums[t] = sum;
                if (kept != null) {
                    kept[t] = alpha[state];
                }
            }
            logScale += Math.log(sum);
            if (t == columns - 1) {
                return logScale + Math.log((alpha[n - 1] + (n > 1 ? alpha[n - 2] : 0)) / sum);
            }
            for (int i = 0; i < n; i++) {
                double a = alpha[i] + (i > 0 ? alpha[i - 1] : 0) + (skip[i] ? alpha[i - 2] : 0);
                next[i] = a / sum * probs[i][t + 1];
            }
            double[] swap = alpha;
            alpha = next;
            next = swap;
        }
    }
}
