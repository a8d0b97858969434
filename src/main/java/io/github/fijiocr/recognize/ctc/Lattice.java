package io.github.fijiocr.recognize.ctc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A CTC output lattice: the natural-log probability of each class in each column (time step).
 * One class is the blank; the others are the alphabet's characters in order, the blank skipped.
 * Immutable: the values are copied, re-laid out with the blank last so that a decoder indexes a
 * column by alphabet index ("symbol") and finds the blank at {@link #symbols()}.
 */
public final class Lattice {
    private final float[][] columns;
    private final List<String> alphabet;
    /** Per symbol, exp of its log-probability in each column, made when first asked for. */
    private final AtomicReferenceArray<double[]> probabilities;

    /**
     * {@code logProbs[t][c]}: ln P(class c at column t); {@code blank}: the blank's class index;
     * {@code alphabet}: one single-character string per other class, in class order.
     */
    public Lattice(float[][] logProbs, int blank, List<String> alphabet) {
        this.alphabet = List.copyOf(alphabet);
        checkAlphabet(this.alphabet);
        int classes = this.alphabet.size() + 1;
        if (blank < 0 || blank >= classes) {
            throw new IllegalArgumentException("blank " + blank + " is not one of the " + classes + " classes");
        }
        columns = new float[logProbs.length][];
        for (int t = 0; t < logProbs.length; t++) {
            float[] in = logProbs[t];
            if (in.length != classes) {
                throw new IllegalArgumentException("column " + t + " has " + in.length + " classes, the alphabet "
                    + "and the blank make " + classes);
            }
            float[] out = new float[classes];
            for (int c = 0; c < classes; c++) {
                if (Float.isNaN(in[c])) {
                    throw new IllegalArgumentException("column " + t + ", class " + c + " is NaN");
                }
                out[c == blank ? classes - 1 : c < blank ? c : c - 1] = in[c];
            }
            columns[t] = out;
        }
        probabilities = new AtomicReferenceArray<>(classes);
    }

    /** A lattice from plain probabilities (a softmax output), logged here. */
    public static Lattice ofProbabilities(float[][] probs, int blank, List<String> alphabet) {
        float[][] logs = new float[probs.length][];
        for (int t = 0; t < probs.length; t++) {
            logs[t] = new float[probs[t].length];
            for (int c = 0; c < probs[t].length; c++) {
                logs[t][c] = (float) Math.log(probs[t][c]);
            }
        }
        return new Lattice(logs, blank, alphabet);
    }

    private static void checkAlphabet(List<String> alphabet) {
        Set<String> seen = new HashSet<>();
        for (String s : alphabet) {
            if (s.codePointCount(0, s.length()) != 1 || !seen.add(s)) {
                throw new IllegalArgumentException("the alphabet needs distinct single characters, not \"" + s + "\"");
            }
        }
    }

    public int columns() {
        return columns.length;
    }

    /** The number of alphabet characters; also the index of the blank in {@link #column}. */
    public int symbols() {
        return alphabet.size();
    }

    public List<String> alphabet() {
        return alphabet;
    }

    /** ln P(alphabet character {@code symbol} at column t). */
    public double logProb(int t, int symbol) {
        return columns[t][symbol];
    }

    public double blankLogProb(int t) {
        return columns[t][alphabet.size()];
    }

    /** Column t, symbols then the blank; shared, not copied, so decoders must not write to it. */
    float[] column(int t) {
        return columns[t];
    }

    /**
     * Symbol {@code symbol}'s plain probabilities ({@code Math.exp} of {@link #column}) in every
     * column ({@link #symbols()}: the blank's), made once per lattice and symbol: the lexicon weighs
     * dozens of texts against one line, and they use a few of the symbols.
     */
    double[] probabilities(int symbol) {
        double[] p = probabilities.get(symbol);
        if (p == null) {
            p = new double[columns.length];
            for (int t = 0; t < p.length; t++) {
                p[t] = Math.exp(columns[t][symbol]);
            }
            probabilities.set(symbol, p); // a racing thread makes the same values
        }
        return p;
    }

    /** The text spelt by alphabet indices. */
    String text(int[] symbols) {
        StringBuilder sb = new StringBuilder();
        for (int s : symbols) {
            sb.append(alphabet.get(s));
        }
        return sb.toString();
    }
}
