package io.github.fijiocr.recognize.ctc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A nondeterministic automaton over an alphabet's indices, built by {@link Regex} nodes and made
 * deterministic by the subset construction. Character sets are resolved against the alphabet as
 * they are added, so a set that names no character of the alphabet simply matches nothing.
 */
final class Nfa {
    /** States either automaton may have; a pattern needing more is refused rather than left to fill the heap. */
    static final int LIMIT = 20_000;

    private final List<String> alphabet;
    private final List<List<Integer>> epsilons = new ArrayList<>();
    /** Per state: its character edges as (symbols, target). */
    private final List<List<Edge>> edges = new ArrayList<>();

    Nfa(List<String> alphabet) {
        this.alphabet = alphabet;
    }

    int state() {
        if (epsilons.size() >= LIMIT) {
            throw new IllegalStateException("more than " + LIMIT + " states");
        }
        epsilons.add(new ArrayList<>());
        edges.add(new ArrayList<>());
        return epsilons.size() - 1;
    }

    void epsilon(int from, int to) {
        epsilons.get(from).add(to);
    }

    void chars(int from, IntPredicate set, int to) {
        BitSet symbols = new BitSet();
        for (int s = 0; s < alphabet.size(); s++) {
            if (set.test(alphabet.get(s).codePointAt(0))) {
                symbols.set(s);
            }
        }
        edges.get(from).add(new Edge(symbols, to));
    }

    /** The deterministic automaton accepting what this one accepts from {@code start} to {@code accept}. */
    Automaton determinize(int start, int accept) {
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        List<int[]> next = new ArrayList<>();
        BitSet first = closure(single(start));
        ids.put(first, 0);
        sets.add(first);
        Deque<Integer> todo = new ArrayDeque<>(List.of(0));
        while (!todo.isEmpty()) {
            int id = todo.pop();
            BitSet[] targets = new BitSet[alphabet.size()];
            BitSet set = sets.get(id);
            for (int q = set.nextSetBit(0); q >= 0; q = set.nextSetBit(q + 1)) {
                for (Edge e : edges.get(q)) {
                    for (int s = e.symbols.nextSetBit(0); s >= 0; s = e.symbols.nextSetBit(s + 1)) {
                        if (targets[s] == null) {
                            targets[s] = new BitSet();
                        }
                        targets[s].set(e.to);
                    }
                }
            }
            int[] row = new int[alphabet.size()];
            for (int s = 0; s < row.length; s++) {
                if (targets[s] == null) {
                    row[s] = -1;
                    continue;
                }
                BitSet to = closure(targets[s]);
                Integer known = ids.get(to);
                if (known == null) {
                    if (sets.size() >= LIMIT) {
                        throw new IllegalStateException("more than " + LIMIT + " states");
                    }
                    known = sets.size();
                    ids.put(to, known);
                    sets.add(to);
                    todo.push(known);
                }
                row[s] = known;
            }
            while (next.size() <= id) {
                next.add(null);
            }
            next.set(id, row);
        }
        boolean[] accepting = new boolean[sets.size()];
        for (int i = 0; i < accepting.length; i++) {
            accepting[i] = sets.get(i).get(accept);
        }
        return Automaton.trimmed(alphabet, next.toArray(new int[0][]), accepting, 0);
    }

    private static BitSet single(int state) {
        BitSet b = new BitSet();
        b.set(state);
        return b;
    }

    private BitSet closure(BitSet states) {
        BitSet out = (BitSet) states.clone();
        Deque<Integer> todo = new ArrayDeque<>();
        states.stream().forEach(todo::push);
        while (!todo.isEmpty()) {
            for (int to : epsilons.get(todo.pop())) {
                if (!out.get(to)) {
                    out.set(to);
                    todo.push(to);
                }
            }
        }
        return out;
    }

    private static final class Edge {
        final BitSet symbols;
        final int to;

        Edge(BitSet symbols, int to) {
            this.symbols = symbols;
            this.to = to;
        }
    }
}
