package io.github.fijiocr.synth;

import ij.process.ByteProcessor;
import java.awt.Rectangle;

/** A rendered character on its canvas (dark on light) and the cell a locator would cut. */
public final class RenderedCell {
    public final ByteProcessor image;
    public final Rectangle cell;

    public RenderedCell(ByteProcessor image, Rectangle cell) {
        this.image = image;
        this.cell = cell;
    }
}
