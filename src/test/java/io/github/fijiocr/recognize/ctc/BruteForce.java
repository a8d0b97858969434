package io.github.fijiocr.recognize.ctc;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every label path through a tiny lattice, collapsed to its text: the probability of each text
 * (summed over its paths) and of its best path. The reference the decoders are checked against.
 */
final class BruteForce {
    final Map<String, Double> total = new HashMap<>();
    final Map<String, Double> bestPath = new HashMap<>();
    private final Lattice lattice;
    private final Predicate<String> allowed;

    /** Paths through characters {@code allowed} accepts (and the blank). */
    BruteForce(Lattice lattice, Predicate<String> allowed) {
        this.lattice = lattice;
        this.allowed = allowed;
        walk(0, -1, new StringBuilder(), 0);
    }

    BruteForce(Lattice lattice) {
        this(lattice, c -> true);
    }

    private void walk(int t, int previous, StringBuilder text, double logProb) {
        if (t == lattice.columns()) {
            String s = text.toString();
            total.merge(s, Math.exp(logProb), Double::sum);
            bestPath.merge(s, Math.exp(logProb), Math::max);
            return;
        }
        int blank = lattice.symbols();
        walk(t + 1, blank, text, logProb + lattice.blankLogProb(t));
        for (int s = 0; s < blank; s++) {
            String c = lattice.alphabet().get(s);
            if (!allowed.test(c)) {
                continue;
            }
            int length = text.length();
            if (s != previous) {
                text.append(c);
            }
            walk(t + 1, s, text, logProb + lattice.logProb(t, s));
            text.setLength(length);
        }
    }

    /** The key with the largest value among those {@code accept} takes; null when none. */
    static String argMax(Map<String, Double> values, Predicate<String> accept) {
        String best = null;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (accept.test(e.getKey()) && (best == null || e.getValue() > values.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The largest value but one, to skip cases too close to call in floating point. */
    static double runnerUp(Map<String, Double> values, String best, Predicate<String> accept) {
        return values.entrySet().stream().filter(e -> accept.test(e.getKey()) && !e.getKey().equals(best))
            .mapToDouble(Map.Entry::getValue).max().orElse(0);
    }
}
