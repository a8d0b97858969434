package io.github.fijiocr.locate;

import java.awt.Rectangle;

/**
 * One character as located: the box of its ink (all its particles merged) and its cell, the box
 * the classifier sees (the ink's columns, the line's band of rows).
 */
public final class Glyph {
    private final Rectangle ink;
    private final Rectangle cell;
    private final boolean wordStart;

    public Glyph(Rectangle ink, Rectangle cell, boolean wordStart) {
        this.ink = ink;
        this.cell = cell;
        this.wordStart = wordStart;
    }

    public Rectangle ink() {
        return new Rectangle(ink);
    }

    public Rectangle cell() {
        return new Rectangle(cell);
    }

    /** True for the first glyph of every word but the line's first. */
    public boolean wordStart() {
        return wordStart;
    }
}
