package io.github.fijiocr.recognize.ctc;

/**
 * One decoded character: the columns it spans in the best alignment (its box comes from these)
 * and its confidence, the highest probability it has in one of those columns.
 */
public final class Span {
    public final String character;
    public final double confidence;
    public final int firstColumn;
    /** Inclusive. */
    public final int lastColumn;

    public Span(String character, double confidence, int firstColumn, int lastColumn) {
        this.character = character;
        this.confidence = confidence;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
    }

    @Override
    public String toString() {
        return character + "[" + firstColumn + ".." + lastColumn + "] " + confidence;
    }
}
