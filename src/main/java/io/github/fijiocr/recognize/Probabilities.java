package io.github.fijiocr.recognize;

import java.awt.Rectangle;
import java.util.List;
import java.util.function.Predicate;

/** Turns a probability vector into a reading, optionally restricted to a kind of label. */
final class Probabilities {
    private Probabilities() {
    }

    static CharacterReading reading(float[] p, List<String> alphabet, Rectangle box) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < p.length; i++) {
            if (first < 0 || p[i] > p[first]) {
                second = first;
                first = i;
            } else if (second < 0 || p[i] > p[second]) {
                second = i;
            }
        }
        return new CharacterReading(alphabet.get(first), p[first],
            second < 0 ? "" : alphabet.get(second), second < 0 ? 0 : p[second], box);
    }

    /**
     * Zeroes the classes not in {@code allowed} (null or empty: all allowed) and renormalises, so
     * a reading of digits only cannot return a letter. Changes {@code probs} in place.
     */
    static void restrict(float[][] probs, List<String> alphabet, String allowed) {
        if (allowed == null || allowed.isEmpty()) {
            return;
        }
        boolean[] keep = new boolean[alphabet.size()];
        boolean any = false;
        for (int i = 0; i < keep.length; i++) {
            keep[i] = allowed.contains(alphabet.get(i));
            any |= keep[i];
        }
        if (!any) {
            throw new io.github.fijiocr.OcrException("None of the allowed characters \"" + allowed
                + "\" is in the model's alphabet " + alphabet + ".");
        }
        for (float[] p : probs) {
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = keep[i] ? p[i] : 0;
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = sum > 0 ? (float) (p[i] / sum) : (keep[i] ? 1f / p.length : 0);
            }
        }
    }

    /** The most probable label satisfying {@code kind}, or -1. */
    static int best(float[] p, List<String> alphabet, Predicate<String> kind) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (kind.test(alphabet.get(i)) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }
}
