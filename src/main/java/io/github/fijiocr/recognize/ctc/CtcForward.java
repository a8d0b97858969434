package io.github.fijiocr.recognize.ctc;

/** The CTC forward algorithm: the probability of a text, summed over every alignment of it. */
public final class CtcForward {
    private CtcForward() {
    }

    /** ln P(text | lattice) for a text given as alphabet indices. */
    public static double logProb(Lattice lattice, int[] text) {
        int blank = lattice.symbols();
        // Extended labels: blank, text[0], blank, text[1], ..., blank.
        int n = 2 * text.length + 1;
        double[] alpha = new double[n];
        double[] next = new double[n];
        java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        if (lattice.columns() == 0) {
            return text.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        float[] first = lattice.column(0);
        alpha[0] = first[blank];
        if (text.length > 0) {
            alpha[1] = first[text[0]];
        }
        for (int t = 1; t < lattice.columns(); t++) {
            float[] col = lattice.column(t);
            for (int i = 0; i < n; i++) {
                int label = i % 2 == 0 ? blank : text[i / 2];
                double a = alpha[i];
                if (i > 0) {
                    a = LogMath.add(a, alpha[i - 1]);
                }
                // A character may follow the previous one directly unless it repeats it.
                if (i > 1 && label != blank && label != text[i / 2 - 1]) {
                    a = LogMath.add(a, alpha[i - 2]);
                }
                next[i] = a + col[label];
            }
            double[] swap = alpha;
            alpha = next;
            next = swap;
        }
        return n == 1 ? alpha[0] : LogMath.add(alpha[n - 1], alpha[n - 2]);
    }
}
