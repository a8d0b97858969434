package io.github.fijiocr.calibrate;

import java.awt.Rectangle;

/** A scale bar read from an image: its label's value and unit, its length, and the pixel size they give. */
public final class ScaleBar {
    /** Where the bar and label were read: ImageJ overlay elements, or the pixels. */
    public enum Source { OVERLAY, IMAGE }

    /**
     * Programs draw a bar to whole pixels: ImageJ (1.54) rounds the length the label stands for,
     * others truncate it, so in the pixels that length lies from half a pixel under the drawn
     * bar's to a pixel over it. The pixel size is taken from the middle of that span, a quarter of
     * a pixel over the bar, which is off by at most {@link #DRAWN_ERROR} of a pixel either way.
     * An overlay scale bar is ImageJ's own: rounded, off by at most half a pixel, and taken as it is.
     */
    public static final double DRAWN_OFFSET = 0.25;
    public static final double DRAWN_ERROR = 0.75;
    public static final double OVERLAY_ERROR = 0.5;

    public final double value;
    /** The unit as ImageJ writes it ("µm" for um, µm and micron). */
    public final String unit;
    /** The label as read. */
    public final String label;
    /** Bar length in pixels as measured, to a fraction of a pixel. */
    public final double length;
    public final Rectangle bar;
    public final Rectangle labelBox;
    /** The label reading's confidence (1 for an overlay's text). */
    public final double confidence;
    public final Source source;
    /** Whether the result is sure enough to set the calibration; otherwise {@link #doubt} says why not. */
    public final boolean sure;
    /**
     * Whether the label itself was read without a doubt: the result may still be unsure of the
     * bar's length alone (a short bar, drawn to whole pixels, gives the pixel size only to a few
     * percent), which says nothing of the text (Read Text's labels found from their bars).
     */
    public final boolean labelSure;
    public final String doubt;
    /** How many pixels either way the length was measured to, on top of drawing it to whole pixels. */
    public final double unsure;

    public ScaleBar(double value, String unit, String label, double length, Rectangle bar, Rectangle labelBox,
        double confidence, Source source, String doubt) {
        this(value, unit, label, length, bar, labelBox, confidence, source, doubt, 0);
    }

    public ScaleBar(double value, String unit, String label, double length, Rectangle bar, Rectangle labelBox,
        double confidence, Source source, String doubt, double unsure) {
        this(value, unit, label, length, bar, labelBox, confidence, source, doubt, null, unsure);
    }

    /**
     * {@code labelDoubt}: why the label's reading is unsure, or null; {@code barDoubt}: why the
     * bar's length is, or null (the result's {@link #doubt} is the label's first).
     */
    public ScaleBar(double value, String unit, String label, double length, Rectangle bar, Rectangle labelBox,
        double confidence, Source source, String labelDoubt, String barDoubt, double unsure) {
        String doubt = labelDoubt != null && !labelDoubt.isEmpty() ? labelDoubt : barDoubt;
        this.labelSure = labelDoubt == null || labelDoubt.isEmpty();
        this.unsure = unsure;
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

    /** Units per pixel: the label's value over the length it stands for ({@link #DRAWN_OFFSET}). */
    public double pixelSize() {
        return value / (length + (source == Source.IMAGE ? DRAWN_OFFSET : 0));
    }

    /**
     * The most the pixel size can be off, as a share of it: drawing the bar to whole pixels and
     * measuring its ends. A short bar gives it no better by eye (Analyze > Set Scale over the bar).
     */
    public double precision() {
        return precision(length, unsure, source);
    }

    /**
     * As {@link #precision()} for a bar from {@code source} {@code length} pixels long, measured to
     * {@code unsure} pixels either way on top of the error of drawing it to whole pixels.
     */
    public static double precision(double length, double unsure, Source source) {
        return ((source == Source.IMAGE ? DRAWN_ERROR : OVERLAY_ERROR) + unsure) / length;
    }
}
