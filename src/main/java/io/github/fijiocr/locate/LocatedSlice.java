package io.github.fijiocr.locate;

import java.util.List;

/** The lines found in one slice of one image. */
public final class LocatedSlice {
    public final String image;
    public final int slice;
    public final List<TextLine> lines;

    public LocatedSlice(String image, int slice, List<TextLine> lines) {
        this.image = image;
        this.slice = slice;
        this.lines = List.copyOf(lines);
    }
}
