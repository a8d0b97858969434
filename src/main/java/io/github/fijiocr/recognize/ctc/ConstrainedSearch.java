package io.github.fijiocr.recognize.ctc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The most probable path through a lattice whose text an automaton accepts: Viterbi over the
 * product of the lattice and the automaton, a product state being (automaton state, last symbol
 * read or blank). Reading the last symbol again stays put (a CTC repeat); reading a different one
 * emits it and moves the automaton. Only the (state, symbol) pairs some transition enters exist,
 * so a digits-only pattern over an 80-character alphabet costs about what digits alone would.
 * Built once per automaton; {@link #best} allocates its own tables, so one search serves threads.
 */
final class ConstrainedSearch {
    private final Automaton automaton;
    /** Per product state: its automaton state, and its last symbol (-1: blank). */
    private final int[] stateOf;
    private final int[] lastOf;
    /** Product states of automaton state q: {@code slots[q]} to {@code slots[q + 1] - 1}, the blank first. */
    private final int[] slots;
    /** Per product state (q, s): the automaton states p with {@code next(p, s) == q}. */
    private final int[][] sources;

    ConstrainedSearch(Automaton automaton) {
        this.automaton = automaton;
        int states = automaton.states();
        int symbols = automaton.alphabet().size();
        List<List<Integer>> into = new ArrayList<>();
        for (int q = 0; q < states * symbols; q++) {
            into.add(new ArrayList<>());
        }
        for (int p = 0; p < states; p++) {
            for (int s = 0; s < symbols; s++) {
                int q = automaton.next(p, s);
                if (q >= 0) {
                    into.get(q * symbols + s).add(p);
                }
            }
        }
        List<int[]> product = new ArrayList<>();
        slots = new int[states + 1];
        for (int q = 0; q < states; q++) {
            slots[q] = product.size();
            product.add(new int[] {q, -1});
            for (int s = 0; s < symbols; s++) {
                if (!into.get(q * symbols + s).isEmpty()) {
                    product.add(new int[] {q, s});
                }
            }
        }
        slots[states] = product.size();
        stateOf = product.stream().mapToInt(x -> x[0]).toArray();
        lastOf = product.stream().mapToInt(x -> x[1]).toArray();
        sources = new int[product.size()][];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = lastOf[i] < 0 ? new int[0]
                : into.get(stateOf[i] * symbols + lastOf[i]).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The best accepted path's alignment, or null when the automaton accepts no path of nonzero probability. */
    Alignment best(Lattice lattice) {
        if (automaton.isEmpty()) {
            return null;
        }
        int columns = lattice.columns();
        int n = stateOf.length;
        int states = automaton.states();
        int blank = lattice.symbols();
        double[] score = new double[n];
        double[] next = new double[n];
        Arrays.fill(score, Double.NEGATIVE_INFINITY);
        score[0] = 0; // the start state, nothing read yet
        int[][] back = new int[columns][n];
        double[] best1 = new double[states];
        double[] best2 = new double[states];
        int[] arg1 = new int[states];
        int[] arg2 = new int[states];
        for (int t = 0; t < columns; t++) {
            float[] col = lattice.column(t);
            bestTwo(score, best1, arg1, best2, arg2);
            for (int i = 0; i < n; i++) {
                int q = stateOf[i];
                int s = lastOf[i];
                if (s < 0) {
                    next[i] = best1[q] + col[blank];
                    back[t][i] = arg1[q];
                    continue;
                }
                double b = score[i];
                int from = i;
                for (int p : sources[i]) {
                    // Emitting s again straight after s would be a repeat: take p's best other slot.
                    boolean repeat = arg1[p] >= 0 && lastOf[arg1[p]] == s;
                    double c = repeat ? best2[p] : best1[p];
                    if (c > b) {
                        b = c;
                        from = repeat ? arg2[p] : arg1[p];
                    }
                }
                next[i] = b + col[s];
                back[t][i] = from;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int end = -1;
        for (int i = 0; i < n; i++) {
            if (automaton.accepting(stateOf[i]) && score[i] > Double.NEGATIVE_INFINITY
                && (end < 0 || score[i] > score[end])) {
                end = i;
            }
        }
        if (end < 0) {
            return null;
        }
        int[] path = new int[columns];
        for (int t = columns - 1; t >= 0; t--) {
            path[t] = lastOf[end];
            end = back[t][end];
        }
        return Alignment.ofPath(path);
    }

    /** Per automaton state, the best and second-best product state among its slots. */
    private void bestTwo(double[] score, double[] best1, int[] arg1, double[] best2, int[] arg2) {
        for (int q = 0; q < best1.length; q++) {
            double b1 = Double.NEGATIVE_INFINITY;
            double b2 = Double.NEGATIVE_INFINITY;
            int a1 = -1;
            int a2 = -1;
            for (int i = slots[q]; i < slots[q + 1]; i++) {
                if (score[i] > b1) {
                    b2 = b1;
                    a2 = a1;
                    b1 = score[i];
                    a1 = i;
                } else if (score[i] > b2) {
                    b2 = score[i];
                    a2 = i;
                }
            }
            best1[q] = b1;
            arg1[q] = a1;
            best2[q] = b2;
            arg2[q] = a2;
        }
    }
}
