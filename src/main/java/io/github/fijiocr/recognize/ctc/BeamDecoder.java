package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
        Prefix root = new Prefix(null, -1);
        root.blank = 0;
        List<Prefix> beam = List.of(root);
        for (int t = 0; t < lattice.columns(); t++) {
            beam = prune(step(beam, lattice.column(t), blank, t));
        }
        int[] text = beam.get(0).symbols();
        Alignment a = new ConstrainedSearch(Automaton.literal(alphabet, text)).best(lattice);
        return a != null ? a.decoded(lattice, 0)
            : new Decoded(lattice.text(text), List.of(), Double.NEGATIVE_INFINITY, false);
    }

    /**
     * The prefixes after column t, their probabilities in {@code nextBlank} and {@code nextNonBlank}.
     * Exact, yet most extensions are never made: every prefix in the beam stays (blank or repeat)
     * with at least a known probability, so once {@code width} of them reach some bound, a new
     * prefix whose one way in is under it would be pruned anyway; characters are tried from the
     * column's most probable down.
     */
    private List<Prefix> step(List<Prefix> beam, float[] col, int blank, int t) {
        List<Prefix> next = new ArrayList<>();
        double[] stays = new double[beam.size()];
        for (int i = 0; i < beam.size(); i++) {
            Prefix p = beam.get(i);
            p.touch(t, next);
            p.nextBlank = p.total() + col[blank];
            p.nextNonBlank = p.symbol >= 0 ? p.nonBlank + col[p.symbol] : Double.NEGATIVE_INFINITY;
            stays[i] = LogMath.add(p.nextBlank, p.nextNonBlank);
        }
        for (Prefix p : beam) {
            // A prefix whose parent is in the beam too gets its extension here, never pruned.
            if (p.parent != null && p.parent.inBeam) {
                p.addNext(p.parent.extension(p.symbol) + col[p.symbol]);
            }
        }
        double bound = Double.NEGATIVE_INFINITY;
        if (stays.length >= width) {
            Arrays.sort(stays);
            bound = stays[stays.length - width];
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Prefix p : beam) {
            best = Math.max(best, p.total());
        }
        int[] order = byProbability(col, blank, bound - best);
        for (Prefix p : beam) {
            double total = p.total();
            for (int s : order) {
                if (total + col[s] < bound) {
                    break;
                }
                Prefix child = p.child(s);
                if (!child.inBeam) {
                    child.touch(t, next);
                    child.addNext(p.extension(s) + col[s]);
                }
            }
        }
        return next;
    }

    /**
     * The allowed symbols at least {@code floor} in this column (no prefix could extend by a lower
     * one), most probable first, ties by index. Sorted as packed primitive keys: this runs once a
     * column and was a fifth of a line's reading time with boxed integers.
     */
    private int[] byProbability(float[] col, int blank, double floor) {
        long[] keys = new long[blank];
        int n = 0;
        for (int s = 0; s < blank; s++) {
            if (allowed[s] && col[s] >= floor) {
                int bits = Float.floatToIntBits(-col[s]);
                // Float bits made to sort as signed ints in the float's order.
                keys[n++] = ((long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32) | s;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The {@code width} most probable of the prefixes just stepped, best first; ties keep the order of discovery. */
    private List<Prefix> prune(List<Prefix> stepped) {
        Comparator<Prefix> better = Comparator.comparingDouble((Prefix p) -> p.nextTotal)
            .thenComparingInt(p -> -p.order);
        PriorityQueue<Prefix> kept = new PriorityQueue<>(width + 1, better);
        for (Prefix p : stepped) {
            p.nextTotal = LogMath.add(p.nextBlank, p.nextNonBlank);
            p.inBeam = false;
            if (kept.size() < width) {
                kept.add(p);
            } else if (better.compare(p, kept.peek()) > 0) {
                kept.poll();
                kept.add(p);
            }
        }
        List<Prefix> beam = new ArrayList<>(kept);
        beam.sort(better.reversed());
        for (Prefix p : beam) {
            p.inBeam = true;
            p.blank = p.nextBlank;
            p.nonBlank = p.nextNonBlank;
        }
        return beam;
    }

    /**
     * A node of the prefix tree, one per distinct prefix, holding its probabilities (ln, split by
     * whether the paths end in a blank) up to the current column and, while a column is stepped,
     * after it. Local to one decode.
     */
    private static final class Prefix {
        final Prefix parent;
        final int symbol;
        final int length;
        private Map<Integer, Prefix> children;
        double blank = Double.NEGATIVE_INFINITY;
        double nonBlank = Double.NEGATIVE_INFINITY;
        double nextBlank;
        double nextNonBlank;
        double nextTotal;
        boolean inBeam;
        /** The column last stepped into, and the place among the prefixes stepped then. */
        int column = -1;
        int order;

        Prefix(Prefix parent, int symbol) {
            this.parent = parent;
            this.symbol = symbol;
            this.length = parent == null ? 0 : parent.length + 1;
        }

        double total() {
            return LogMath.add(blank, nonBlank);
        }

        /** ln P(this prefix, ready for a new s): after the same symbol, only paths ending in a blank. */
        double extension(int s) {
            return s == symbol ? blank : total();
        }

        /** Joins the prefixes of column t, with probability zero so far, unless it already has. */
        void touch(int t, List<Prefix> stepped) {
            if (column != t) {
                column = t;
                order = stepped.size();
                nextBlank = Double.NEGATIVE_INFINITY;
                nextNonBlank = Double.NEGATIVE_INFINITY;
                stepped.add(this);
            }
        }

        void addNext(double logProbNonBlank) {
            nextNonBlank = LogMath.add(nextNonBlank, logProbNonBlank);
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
