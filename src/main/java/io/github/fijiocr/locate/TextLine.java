package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.List;

/** A line of glyphs in reading order, and the polarity its image had. */
public final class TextLine {
    private final List<Glyph> glyphs;
    private final boolean lightText;

    public TextLine(List<Glyph> glyphs, boolean lightText) {
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one glyph");
        }
        this.glyphs = List.copyOf(glyphs);
        this.lightText = lightText;
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    public boolean lightText() {
        return lightText;
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
