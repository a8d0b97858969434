package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.List;

/**
 * Reads a line that must match a pattern (a date, a time stamp, a number): the most probable
 * alignment whose text the pattern accepts, found exactly by {@link ConstrainedSearch}, so a
 * column whose best class is an 'O' in a time stamp is read as the digit the pattern needs.
 * Viterbi rather than a constrained beam: it never misses an accepted text for want of room in
 * the beam, and on line lattices the best alignment's text is nearly always the best text.
 * The result's score is the text's per-character geometric-mean probability (see
 * {@link Decoded}); under {@code threshold} the line is {@link Decoded#rejected}, text kept.
 * When the lattice gives no accepted text any probability, the text is null and the line rejected.
 */
public final class PatternDecoder {
    private final List<String> alphabet;
    private final ConstrainedSearch search;
    private final double threshold;

    /**
     * {@code pattern}: a regular expression or a preset name; {@code allowed}: the characters that
     * may be read (null or empty: all); {@code threshold}: the least score accepted, 0 to 1.
     */
    public PatternDecoder(String pattern, List<String> alphabet, String allowed, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new OcrException("threshold=" + threshold + " is not a probability; give a number from 0 to 1.");
        }
        this.alphabet = List.copyOf(alphabet);
        Automaton automaton = PatternCompiler.compile(pattern, this.alphabet);
        if (allowed != null && !allowed.isEmpty()) {
            automaton = automaton.allowing(Allowed.mask(this.alphabet, allowed));
            if (automaton.isEmpty()) {
                throw new OcrException("pattern=" + pattern + ": no text of the allowed characters \"" + allowed
                    + "\" matches it; allow the characters the pattern needs.");
            }
        }
        this.search = new ConstrainedSearch(automaton);
        this.threshold = threshold;
    }

    public PatternDecoder(String pattern, List<String> alphabet, double threshold) {
        this(pattern, alphabet, null, threshold);
    }

    public Decoded decode(Lattice lattice) {
        if (!lattice.alphabet().equals(alphabet)) {
            throw new IllegalArgumentException("the lattice's alphabet is not the decoder's");
        }
        Alignment best = search.best(lattice);
        return best == null ? Decoded.nothing() : best.decoded(lattice, threshold);
    }
}
