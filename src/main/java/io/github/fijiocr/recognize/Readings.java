package io.github.fijiocr.recognize;

import java.awt.Rectangle;
import java.util.List;
import java.util.function.Predicate;

/** Probability vectors into readings, with the one rejection rule (see {@link CharacterReading}). */
final class Readings {
    private Readings() {
    }

    static CharacterReading reading(float[] p, List<String> alphabet, Rectangle box, double threshold) {
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
        return new CharacterReading(alphabet.get(first), p[first], second < 0 ? "" : alphabet.get(second),
            second < 0 ? 0 : p[second], box, threshold);
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
