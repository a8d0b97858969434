package io.github.fijiocr.recognize;

import io.github.fijiocr.recognize.ctc.Automaton;
import io.github.fijiocr.recognize.ctc.PatternCompiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code pattern=} on the character path: a line of glyphs read as the most probable text the
 * pattern accepts, each glyph one character (a Viterbi search over glyphs times the pattern's
 * automaton). A space may stand where the locator saw a word gap, and only there; a gap the
 * pattern has no space for is read as no space, so a wide colon does not break a time.
 */
final class PatternReader {
    /** The chosen text: a class per glyph, a space before some, and the per-character geometric mean probability. */
    static final class Choice {
        final int[] classes;
        final boolean[] spaceBefore;
        final double score;

        Choice(int[] classes, boolean[] spaceBefore, double score) {
            this.classes = classes;
            this.spaceBefore = spaceBefore;
            this.score = score;
        }
    }

    private final Automaton automaton;
    /** The space's symbol in the automaton: one past the model's classes. */
    private final int space;

    PatternReader(String pattern, List<String> alphabet) {
        List<String> symbols = new ArrayList<>(alphabet);
        symbols.add(" ");
        this.automaton = PatternCompiler.compile(pattern, symbols);
        this.space = alphabet.size();
    }

    /** The best accepted reading of glyphs with these probabilities, or null when the pattern accepts none. */
    Choice read(float[][] probs, boolean[] wordStart) {
        int n = probs.length;
        int states = automaton.states();
        double[] score = new double[states];
        Arrays.fill(score, Double.NEGATIVE_INFINITY);
        score[0] = 0;
        // back[i][q]: the state before glyph i, its class, and whether a space came first.
        int[][] fromState = new int[n][states];
        int[][] fromClass = new int[n][states];
        boolean[][] spaced = new boolean[n][states];
        for (int i = 0; i < n; i++) {
            double[] next = new double[states];
            Arrays.fill(next, Double.NEGATIVE_INFINITY);
            for (int q = 0; q < states; q++) {
                if (score[q] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int withSpace = 0; withSpace < (wordStart[i] && i > 0 ? 2 : 1); withSpace++) {
                    int from = withSpace == 1 ? automaton.next(q, space) : q;
                    for (int c = 0; from >= 0 && c < probs[i].length; c++) {
                        int to = probs[i][c] > 0 ? automaton.next(from, c) : -1;
                        double s = to < 0 ? Double.NEGATIVE_INFINITY : score[q] + Math.log(probs[i][c]);
                        if (s > next[to < 0 ? 0 : to] && to >= 0) {
                            next[to] = s;
                            fromState[i][to] = q;
                            fromClass[i][to] = c;
                            spaced[i][to] = withSpace == 1;
                        }
                    }
                }
            }
            score = next;
        }
        int best = -1;
        for (int q = 0; q < states; q++) {
            if (automaton.accepting(q) && score[q] > Double.NEGATIVE_INFINITY && (best < 0 || score[q] > score[best])) {
                best = q;
            }
        }
        if (best < 0 || n == 0) {
            return null;
        }
        int[] classes = new int[n];
        boolean[] spaceBefore = new boolean[n];
        double total = score[best];
        for (int i = n - 1, q = best; i >= 0; i--) {
            classes[i] = fromClass[i][q];
            spaceBefore[i] = spaced[i][q];
            q = fromState[i][q];
        }
        return new Choice(classes, spaceBefore, Math.exp(total / n));
    }
}
