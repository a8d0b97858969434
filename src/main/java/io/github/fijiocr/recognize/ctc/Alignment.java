package io.github.fijiocr.recognize.ctc;

import java.util.ArrayList;
import java.util.List;

/** A text with the columns each of its characters spans in one alignment to a lattice. */
final class Alignment {
    final int[] symbols;
    final int[] first;
    final int[] last;

    Alignment(int[] symbols, int[] first, int[] last) {
        this.symbols = symbols;
        this.first = first;
        this.last = last;
    }

    /** The alignment of a path: {@code path[t]} is the symbol read at column t, or -1 for the blank. */
    static Alignment ofPath(int[] path) {
        List<int[]> chars = new ArrayList<>();
        for (int t = 0; t < path.length; t++) {
            if (path[t] < 0) {
                continue;
            }
            if (t > 0 && path[t - 1] == path[t]) {
                chars.get(chars.size() - 1)[2] = t;
            } else {
                chars.add(new int[] {path[t], t, t});
            }
        }
        int n = chars.size();
        Alignment a = new Alignment(new int[n], new int[n], new int[n]);
        for (int i = 0; i < n; i++) {
            a.symbols[i] = chars.get(i)[0];
            a.first[i] = chars.get(i)[1];
            a.last[i] = chars.get(i)[2];
        }
        return a;
    }

    /** The decoded result; the text's probability is summed over all its alignments, not just this one. */
    Decoded decoded(Lattice lattice, double threshold) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int t = first[i]; t <= last[i]; t++) {
                best = Math.max(best, lattice.logProb(t, symbols[i]));
            }
            spans.add(new Span(lattice.alphabet().get(symbols[i]), Math.exp(best), first[i], last[i]));
        }
        double logProb = CtcForward.logProb(lattice, symbols);
        boolean rejected = Math.exp(logProb / Math.max(1, symbols.length)) < threshold;
        return new Decoded(lattice.text(symbols), spans, logProb, rejected);
    }
}
