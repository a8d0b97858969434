package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.List;

/** A line of glyphs in reading order, the polarity its image had, and its measured rotation. */
public final class TextLine {
    private final List<Glyph> glyphs;
    private final boolean lightText;
    private final double angle;

    public TextLine(List<Glyph> glyphs, boolean lightText) {
        this(glyphs, lightText, 0);
    }

    public TextLine(List<Glyph> glyphs, boolean lightText, double angle) {
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one glyph");
        }
        this.glyphs = List.copyOf(glyphs);
        this.lightText = lightText;
        this.angle = angle;
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    public boolean lightText() {
        return lightText;
    }

    /** Rotation in degrees, clockwise as seen on screen (the line falls to the right). */
    public double angle() {
        return angle;
    }

    /**
     * Whether half or more of its characters (marks aside) are solid blobs ({@link Glyph#solid}): cells or
     * specks the threshold cut and the locator lined up, which the scene search would never propose.
     */
    public boolean solid() {
        int characters = 0;
        int solid = 0;
        for (Glyph g : glyphs) {
            if (!g.mark()) {
                characters++;
                solid += g.solid() ? 1 : 0;
            }
        }
        return characters > 0 && 2 * solid >= characters;
    }

    /** Union of the glyphs' ink boxes. */
    public Rectangle bounds() {
        Rectangle r = glyphs.get(0).ink();
        for (Glyph g : glyphs) {
            r = r.union(g.ink());
        }
        return r;
    }
}
