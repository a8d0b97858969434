package io.github.fijiocr.calibrate;

import java.awt.Rectangle;

/** A scale bar read from an image: its label's value and unit, its length, and the pixel size they give. */
public final class ScaleBar {
    /** Where the bar and label were read: ImageJ overlay elements, or the pixels. */
    public enum Source { OVERLAY, IMAGE }

    public final double value;
    /** The unit as ImageJ writes it ("µm" for um, µm and micron). */
    public final String unit;
    /** The label as read. */
    public final String label;
    /** Bar length in pixels, to a fraction of a pixel. */
    public final double length;
    public final Rectangle bar;
    public final Rectangle labelBox;
    /** The label reading's confidence (1 for an overlay's text). */
    public final double confidence;
    public final Source source;
    /** Whether the result is sure enough to set the calibration; otherwise {@link #doubt} says why not. */
    public final boolean sure;
    public final String doubt;

    public ScaleBar(double value, String unit, String label, double length, Rectangle bar, Rectangle labelBox,
        double confidence, Source source, String doubt) {
        this.value = value;
        this.unit = unit;
        this.label = label;
        this.length = length;
        this.bar = bar;
        this.labelBox = labelBox;
        this.confidence = confidence;
        this.source = source;
        this.doubt = doubt == null ? "" : doubt;
        this.sure = doubt == null || doubt.isEmpty();
    }

    /** Units per pixel. */
    public double pixelSize() {
        return value / length;
    }
}
