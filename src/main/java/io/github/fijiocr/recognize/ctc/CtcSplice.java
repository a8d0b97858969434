package io.github.fijiocr.recognize.ctc;

/**
 * ln P(prefix + word + suffix | lattice), as {@link CtcForward#logProb}, for many words between
 * the same prefix and suffix: the lexicon weighs dozens of words in place of one word of a line.
 * The prefix's forward variables and the suffix's backward variables are the same for every word,
 * so they are computed once; each word then costs its own states only, not the whole line's.
 *
 * <p>Every alignment of the spliced text leaves the word's last character for the last time at
 * one column t, and is then in the suffix's first blank or (when it differs from the word's last
 * character) the suffix's first character at t + 1; so P = sum over t of forward(word's last at t)
 * times backward(suffix's first states at t + 1). The word's forward variables are scaled by the
 * column sums of the line as read (its prefix's are those of that line), so the inner loop has no
 * exp or log; a word whose sum leaves the range of a double falls back to the plain forward.
 */
public final class CtcSplice {
    private final Lattice lattice;
    private final int[] prefix;
    private final int[] suffix;
    private final int columns;
    private final int blank;
    /** ln P(prefix + the word as read + suffix). */
    private final double asRead;
    /** The line as read's forward column sums, which scale every word's forward variables. */
    private double[] sums;
    /** The prefix's last character's scaled forward variable per column (absent without a prefix). */
    private final double[] prefixLast;
    /** Per column t: scaled backward variable of the suffix's first blank at t + 1, times the column's weight. */
    private final double[] toBlank;
    /** The same for the suffix's first character (absent without a suffix). */
    private final double[] toFirst;
    /** ln of the weights' common factor. */
    private final double logFactor;

    /**
     * The lexicon's view of a line read as {@code prefix + word + suffix} (alphabet indices; the
     * word non-empty): {@link #asRead} is that line's probability, {@link #logProb} another word's.
     */
    public CtcSplice(Lattice lattice, int[] prefix, int[] word, int[] suffix) {
        this.lattice = lattice;
        this.prefix = prefix.clone();
        this.suffix = suffix.clone();
        this.columns = lattice.columns();
        this.blank = lattice.symbols();
        int[] line = concat(prefix, word, suffix);
        if (columns == 0 || word.length == 0) {
            // Nothing to splice into: every word goes the plain way.
            asRead = CtcForward.logProb(lattice, line);
            sums = prefixLast = toBlank = toFirst = null;
            logFactor = 0;
            return;
        }
        sums = new double[columns];
        prefixLast = prefix.length == 0 ? null : new double[columns];
        // The line as read, as CtcForward computes it: its column sums and the prefix's last character kept.
        asRead = CtcForward.logProb(lattice, line, sums, 2 * prefix.length - 1, prefixLast);
        if (asRead == Double.NEGATIVE_INFINITY) {
            sums = null; // the line as read cannot be aligned: no scale to share
            logFactor = 0;
            toBlank = toFirst = null;
            return;
        }
        double[] logAlpha = new double[columns]; // ln of the scale of the word's forward variables at t
        for (int t = 1; t < columns; t++) {
            logAlpha[t] = logAlpha[t - 1] + Math.log(sums[t - 1]);
        }
        double[][] beta = new double[2][columns];
        double[] logBeta = backward(beta);
        // Column t's weight: the two scales together, relative to the largest.
        double[] log = new double[columns];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < columns; t++) {
            log[t] = t + 1 < columns ? logAlpha[t] + logBeta[t + 1] : suffix.length == 0 ? logAlpha[t]
                : Double.NEGATIVE_INFINITY;
            max = Math.max(max, log[t]);
        }
        logFactor = max;
        toBlank = new double[columns];
        toFirst = suffix.length == 0 ? null : new double[columns];
        for (int t = 0; t < columns; t++) {
            double weight = Math.exp(log[t] - max);
            if (t + 1 < columns) {
                toBlank[t] = beta[0][t + 1] * weight;
                if (toFirst != null) {
                    toFirst[t] = beta[1][t + 1] * weight;
                }
            } else {
                toBlank[t] = weight; // no suffix: a path may also end on the word's last character
            }
        }
    }

    /** ln P(the line as read). */
    public double asRead() {
        return asRead;
    }

    /** ln P(prefix + {@code word} + suffix), {@code word} as alphabet indices. */
    public double logProb(int[] word) {
        if (sums == null || word.length == 0) {
            return CtcForward.logProb(lattice, concat(prefix, word, suffix));
        }
        int n = 2 * word.length; // blank, word[0], blank, word[1], ..., word[last]
        double[] alpha = new double[n];
        double[] next = new double[n];
        int before = prefix.length == 0 ? -1 : prefix[prefix.length - 1];
        double[][] probs = new double[n][]; // each state's symbol's probability per column
        for (int i = 0; i < n; i++) {
            probs[i] = lattice.probabilities(i % 2 == 0 ? blank : word[i / 2]);
        }
        if (prefixLast == null) {
            alpha[0] = probs[0][0];
            alpha[1] = probs[1][0];
        }
        boolean toSuffixFirst = suffix.length > 0 && suffix[0] != word[word.length - 1];
        double total = alpha[n - 1] * (toBlank[0] + (toSuffixFirst ? toFirst[0] : 0));
        for (int t = 1; t < columns; t++) {
            double sum = sums[t - 1];
            double from = prefixLast == null ? 0 : prefixLast[t - 1];
            next[0] = (alpha[0] + from) / sum * probs[0][t];
            next[1] = (alpha[1] + alpha[0] + (word[0] != before ? from : 0)) / sum * probs[1][t];
            for (int i = 2; i < n; i++) {
                double a = alpha[i] + alpha[i - 1];
                if (i % 2 == 1 && word[i / 2] != word[i / 2 - 1]) {
                    a += alpha[i - 2];
                }
                next[i] = a / sum * probs[i][t];
            }
            double[] swap = alpha;
            alpha = next;
            next = swap;
            total += alpha[n - 1] * (toBlank[t] + (toSuffixFirst ? toFirst[t] : 0));
        }
        double out = logFactor + Math.log(total);
        if (Double.isFinite(out)) {
            return out;
        }
        // Under- or overflow against the line as read's scale: the word is far likelier or far
        // less likely than that line; the plain forward has its own scale.
        return CtcForward.logProb(lattice, concat(prefix, word, suffix));
    }

    /**
     * The suffix's backward pass over its states (blank, suffix[0], blank, ..., blank), scaled per
     * column: {@code beta[0][t]} and {@code beta[1][t]} are its first blank's and first character's;
     * returns per column the ln of their scale.
     */
    private double[] backward(double[][] beta) {
        int n = 2 * suffix.length + 1;
        double[] b = new double[n];
        double[] prev = new double[n];
        double[] logScale = new double[columns];
        double[][] probs = new double[n][];
        for (int i = 0; i < n; i++) {
            probs[i] = lattice.probabilities(i % 2 == 0 ? blank : suffix[i / 2]);
        }
        b[n - 1] = probs[n - 1][columns - 1];
        if (n > 1) {
            b[n - 2] = probs[n - 2][columns - 1];
        }
        for (int t = columns - 1; ; t--) {
            beta[0][t] = b[0];
            beta[1][t] = n > 1 ? b[1] : 0;
            if (t == 0) {
                return logScale;
            }
            double sum = 0;
            for (double v : b) {
                sum += v;
            }
            if (sum == 0) {
                sum = 1; // nothing of the suffix fits in the columns left: every weight before is 0 too
            }
            logScale[t - 1] = logScale[t] + Math.log(sum);
            for (int i = 0; i < n; i++) {
                double v = b[i] + (i + 1 < n ? b[i + 1] : 0);
                // From a character to the next one directly, unless it repeats it.
                if (i % 2 == 1 && i + 2 < n && suffix[i / 2 + 1] != suffix[i / 2]) {
                    v += b[i + 2];
                }
                prev[i] = v / sum * probs[i][t - 1];
            }
            double[] swap = b;
            b = prev;
            prev = swap;
        }
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        int[] out = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }
}
