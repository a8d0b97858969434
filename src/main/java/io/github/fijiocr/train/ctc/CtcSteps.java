package io.github.fijiocr.train.ctc;

/**
 * How many CTC time steps a target needs, apart from {@link CtcLoss} so that code which only
 * renders or checks lines (the GPU build's renderers) needs no ND4J on its class path.
 */
public final class CtcSteps {
    private CtcSteps() {
    }

    /** The fewest time steps that can spell {@code text}: one per character, one more per repeat. */
    public static int needed(int[] text) {
        int steps = text.length;
        for (int i = 1; i < text.length; i++) {
            if (text[i] == text[i - 1]) {
                steps++;
            }
        }
        return steps;
    }
}
