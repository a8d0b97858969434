package io.github.fijiocr.locate;

import java.awt.Rectangle;

/**
 * One character as located: the box of its ink (all its particles merged), its cell (the box the
 * classifier sees: the ink's columns, the line's band of rows), and which pixels of the cell are
 * its own, so specks, glare and neighbours inside the cell can be blanked before classifying.
 */
public final class Glyph {
    private final Rectangle ink;
    private final Rectangle cell;
    private final boolean wordStart;
    private final boolean mark;
    private final byte[] own;
    private final boolean solid;

    public Glyph(Rectangle ink, Rectangle cell, boolean wordStart) {
        this(ink, cell, wordStart, false, null);
    }

    /** {@code own}: 1 for the cell's pixels that belong to this glyph (row by row), or null for all. */
    public Glyph(Rectangle ink, Rectangle cell, boolean wordStart, boolean mark, byte[] own) {
        this(ink, cell, wordStart, mark, own, false);
    }

    /** As above, and whether it is {@link #solid}. */
    public Glyph(Rectangle ink, Rectangle cell, boolean wordStart, boolean mark, byte[] own, boolean solid) {
        this.ink = ink;
        this.cell = cell;
        this.wordStart = wordStart;
        this.mark = mark;
        this.own = own;
        this.solid = solid;
    }

    /**
     * Whether most of its ink is solid blobs, not strokes: each particle's mean shorter run of
     * ink (along its row or its column) over {@link SceneLines#MAX_STROKE} of its own height. A
     * character is drawn with strokes; a cell is solid, and several cells in one column of a
     * micrograph can make one tall glyph whose strokes look thin against its height.
     */
    public boolean solid() {
        return solid;
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

    /** A punctuation-sized glyph (dot, comma, hyphen): far lower than the line's characters. */
    public boolean mark() {
        return mark;
    }

    /** Whether pixel (x, y) of the cell, in cell coordinates, is part of this glyph. */
    public boolean owns(int x, int y) {
        return own == null || own[y * cell.width + x] != 0;
    }
}
