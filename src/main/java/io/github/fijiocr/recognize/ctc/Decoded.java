package io.github.fijiocr.recognize.ctc;

import java.util.List;

/**
 * What a decoder read in one lattice. {@link #logProb} is the text's own probability, summed over
 * all its alignments (the CTC forward algorithm), whichever decoder found the text, so results of
 * different decoders compare. {@link #score} is its per-character geometric mean,
 * {@code exp(logProb / max(1, length))}: a threshold on it means the same for short and long lines
 * (a product would punish length), and one doubtful character pulls it down.
 */
public final class Decoded {
    /** The text; null only when a constrained decoder found no string it accepts. */
    public final String text;
    /** One per character of {@link #text}, from the best alignment; empty when text is null. */
    public final List<Span> characters;
    /** ln P(text); negative infinity when text is null. */
    public final double logProb;
    public final double score;
    /** True when a constrained decoder refused the line: nothing matched, or score under its threshold. */
    public final boolean rejected;

    Decoded(String text, List<Span> characters, double logProb, boolean rejected) {
        this.text = text;
        this.characters = List.copyOf(characters);
        this.logProb = logProb;
        this.score = text == null ? 0 : Math.exp(logProb / Math.max(1, text.codePointCount(0, text.length())));
        this.rejected = rejected;
    }

    static Decoded nothing() {
        return new Decoded(null, List.of(), Double.NEGATIVE_INFINITY, true);
    }

    @Override
    public String toString() {
        return (rejected ? "rejected " : "") + "\"" + text + "\" score " + score;
    }
}
