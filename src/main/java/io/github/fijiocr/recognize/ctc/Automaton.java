package io.github.fijiocr.recognize.ctc;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A deterministic automaton over an alphabet's indices. State 0 is the start. It is trimmed:
 * every state is reachable and can still reach an accepting state, so a decoder drops a
 * hypothesis as soon as it leaves the automaton (no transition), never later.
 */
public final class Automaton {
    private final List<String> alphabet;
    /** {@code next[state][symbol]}: the next state, or -1. */
    private final int[][] next;
    private final boolean[] accepting;

    private Automaton(List<String> alphabet, int[][] next, boolean[] accepting) {
        this.alphabet = alphabet;
        this.next = next;
        this.accepting = accepting;
    }

    /** The useful part of an automaton given with any start state; no states when it accepts nothing. */
    static Automaton trimmed(List<String> alphabet, int[][] next, boolean[] accepting, int start) {
        int n = next.length;
        boolean[] reached = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>(List.of(start));
        reached[start] = true;
        while (!todo.isEmpty()) {
            for (int to : next[todo.pop()]) {
                if (to >= 0 && !reached[to]) {
                    reached[to] = true;
                    todo.push(to);
                }
            }
        }
        // Useful: reached, and an accepting state is reachable from it (grown backwards to a fixed point).
        boolean[] useful = new boolean[n];
        for (boolean grew = true; grew;) {
            grew = false;
            for (int q = 0; q < n; q++) {
                if (!useful[q] && reached[q]
                    && (accepting[q] || Arrays.stream(next[q]).anyMatch(to -> to >= 0 && useful[to]))) {
                    useful[q] = grew = true;
                }
            }
        }
        if (!useful[start]) {
            return new Automaton(alphabet, new int[0][], new boolean[0]);
        }
        int[] id = new int[n];
        int count = 1;
        for (int q = 0; q < n; q++) {
            id[q] = q == start ? 0 : useful[q] ? count++ : -1;
        }
        int[][] out = new int[count][alphabet.size()];
        boolean[] acc = new boolean[count];
        for (int q = 0; q < n; q++) {
            if (id[q] >= 0) {
                acc[id[q]] = accepting[q];
                for (int s = 0; s < alphabet.size(); s++) {
                    out[id[q]][s] = next[q][s] >= 0 ? id[next[q][s]] : -1;
                }
            }
        }
        return new Automaton(alphabet, out, acc);
    }

    /** The automaton that accepts exactly one text, given as alphabet indices. */
    static Automaton literal(List<String> alphabet, int[] text) {
        int[][] next = new int[text.length + 1][alphabet.size()];
        for (int[] row : next) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < text.length; i++) {
            next[i][text[i]] = i + 1;
        }
        boolean[] accepting = new boolean[text.length + 1];
        accepting[text.length] = true;
        return new Automaton(alphabet, next, accepting);
    }

    /** This automaton without the transitions on characters not kept. */
    Automaton allowing(boolean[] keep) {
        int[][] out = new int[next.length][];
        for (int q = 0; q < next.length; q++) {
            out[q] = next[q].clone();
            for (int s = 0; s < keep.length; s++) {
                if (!keep[s]) {
                    out[q][s] = -1;
                }
            }
        }
        return isEmpty() ? this : trimmed(alphabet, out, accepting, 0);
    }

    public List<String> alphabet() {
        return alphabet;
    }

    /** True when no text is accepted. */
    public boolean isEmpty() {
        return next.length == 0;
    }

    public int states() {
        return next.length;
    }

    /** The state after reading {@code symbol} in {@code state}, or -1 when the text can no longer match. */
    public int next(int state, int symbol) {
        return next[state][symbol];
    }

    public boolean accepting(int state) {
        return accepting[state];
    }

    /** Whether the whole text is accepted; false for a character outside the alphabet. */
    public boolean matches(String text) {
        if (isEmpty()) {
            return false;
        }
        int q = 0;
        for (int i = 0; i < text.length() && q >= 0; i = text.offsetByCodePoints(i, 1)) {
            int s = alphabet.indexOf(new String(Character.toChars(text.codePointAt(i))));
            q = s < 0 ? -1 : next[q][s];
        }
        return q >= 0 && accepting[q];
    }
}
