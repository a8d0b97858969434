package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CTC prefix beam search: keeps the {@code width} most probable text prefixes, each with its
 * probability summed over every alignment so far, split by whether the last column was a blank
 * (so that "aa" needs a blank between the two a's and "a" does not). Exact when the beam never
 * has to drop a prefix; a width of 16 is rarely beaten by wider beams on line lattices.
 */
public final class BeamDecoder {
    public static final int DEFAULT_WIDTH = 16;

    private final List<String> alphabet;
    private final int width;
    private final boolean[] allowed;

    /** {@code allowed}: the characters that may be read (null or empty: all); the others are never emitted. */
    public BeamDecoder(List<String> alphabet, int width, String allowed) {
        if (width < 1) {
            throw new OcrException("beam=" + width + " is not a beam width; give 1 or more (" + DEFAULT_WIDTH
                + " is usual).");
        }
        this.alphabet = List.copyOf(alphabet);
        this.width = width;
        this.allowed = Allowed.mask(this.alphabet, allowed);
    }

    public BeamDecoder(List<String> alphabet) {
        this(alphabet, DEFAULT_WIDTH, null);
    }

    /** The most probable text found, its characters aligned by the best path that spells it. */
    public Decoded decode(Lattice lattice) {
        if (!lattice.alphabet().equals(alphabet)) {
            throw new IllegalArgumentException("the lattice's alphabet is not the decoder's");
        }
        int blank = lattice.symbols();
        Map<Prefix, Hypothesis> beam = new LinkedHashMap<>();
        beam.put(new Prefix(null, -1), new Hypothesis(0, Double.NEGATIVE_INFINITY));
        for (int t = 0; t < lattice.columns(); t++) {
            float[] col = lattice.column(t);
            Map<Prefix, Hypothesis> next = new LinkedHashMap<>();
            for (Map.Entry<Prefix, Hypothesis> e : beam.entrySet()) {
                Prefix prefix = e.getKey();
                Hypothesis h = e.getValue();
                double total = h.total();
                at(next, prefix).addBlank(total + col[blank]);
                if (prefix.symbol >= 0) {
                    at(next, prefix).addNonBlank(h.nonBlank + col[prefix.symbol]);
                }
                for (int s = 0; s < blank; s++) {
                    if (allowed[s]) {
                        // After the same symbol, only a path ending in a blank starts a new character.
                        double from = s == prefix.symbol ? h.blank : total;
                        at(next, prefix.child(s)).addNonBlank(from + col[s]);
                    }
                }
            }
            beam = prune(next);
        }
        Prefix best = beam.keySet().iterator().next();
        int[] text = best.symbols();
        Alignment a = new ConstrainedSearch(Automaton.literal(alphabet, text)).best(lattice);
        return a != null ? a.decoded(lattice, 0)
            : new Decoded(lattice.text(text), List.of(), Double.NEGATIVE_INFINITY, false);
    }

    private static Hypothesis at(Map<Prefix, Hypothesis> beam, Prefix prefix) {
        return beam.computeIfAbsent(prefix, p -> new Hypothesis(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    /** The {@code width} most probable prefixes, best first (stable, so ties keep the order of discovery). */
    private Map<Prefix, Hypothesis> prune(Map<Prefix, Hypothesis> all) {
        List<Map.Entry<Prefix, Hypothesis>> entries = new ArrayList<>(all.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<Prefix, Hypothesis> e) -> e.getValue().total()).reversed());
        Map<Prefix, Hypothesis> kept = new LinkedHashMap<>();
        for (Map.Entry<Prefix, Hypothesis> e : entries.subList(0, Math.min(width, entries.size()))) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }

    /** ln P(prefix) over the paths so far, by whether they end in a blank. */
    private static final class Hypothesis {
        double blank;
        double nonBlank;

        Hypothesis(double blank, double nonBlank) {
            this.blank = blank;
            this.nonBlank = nonBlank;
        }

        void addBlank(double logProb) {
            blank = LogMath.add(blank, logProb);
        }

        void addNonBlank(double logProb) {
            nonBlank = LogMath.add(nonBlank, logProb);
        }

        double total() {
            return LogMath.add(blank, nonBlank);
        }
    }

    /** A node of the prefix tree: one object per distinct prefix, so identity is equality. */
    private static final class Prefix {
        final Prefix parent;
        final int symbol;
        final int length;
        private Map<Integer, Prefix> children;

        Prefix(Prefix parent, int symbol) {
            this.parent = parent;
            this.symbol = symbol;
            this.length = parent == null ? 0 : parent.length + 1;
        }

        Prefix child(int s) {
            if (children == null) {
                children = new HashMap<>();
            }
            return children.computeIfAbsent(s, x -> new Prefix(this, x));
        }

        int[] symbols() {
            int[] out = new int[length];
            for (Prefix p = this; p.parent != null; p = p.parent) {
                out[p.length - 1] = p.symbol;
            }
            return out;
        }
    }
}
