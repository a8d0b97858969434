package io.github.fijiocr.locate;

import ij.process.AutoThresholder;

/**
 * How "Locate Text" cuts an image into characters. Field names follow the macro keys, but for
 * {@code minSize} and {@code lineJoin}, which only scripts set (their defaults suit print and
 * displays alike). Sizes are in pixels, 0 meaning "no limit" for the optional filters.
 */
public final class LocateOptions {
    /** Polarity of the text. */
    public enum TextPolarity { AUTO, DARK, LIGHT }

    /** Any ImageJ auto-threshold method; Otsu is HALCON's 'max_separability'. */
    public AutoThresholder.Method method = AutoThresholder.Method.Otsu;
    public TextPolarity text = TextPolarity.AUTO;
    /** Radius of the local (adaptive) threshold window; 0 thresholds the whole image at one level. */
    public int localRadius = 0;
    /** Rolling-ball radius of the background subtraction; 0 subtracts nothing. */
    public double background = 0;
    /**
     * Opening radius that cuts thin bridges and specks off the ink (glare, grain); -1 chooses it
     * from the stroke width, 0 leaves the ink as thresholded.
     */
    public int denoise = -1;
    /** Particles smaller than this many pixels are specks. */
    public int minArea = 3;
    public int maxArea = 0;
    /** Character size and shape filters (HALCON's select_shape), applied to whole characters. */
    public int minWidth = 0;
    public int maxWidth = 0;
    public int minHeight = 0;
    public int maxHeight = 0;
    /** Width over height. */
    public double minAspect = 0;
    public double maxAspect = 0;
    /** Area over convex-hull area of the largest part of a character. */
    public double minSolidity = 0;
    /** Join dots of dot-matrix and inkjet print into characters (found automatically). */
    public boolean mergeDots = true;
    /** Cut characters that touch at the thinnest column. */
    public boolean split = true;
    /** Drop characters cut off by the image (or ROI) border at the left or right. */
    public boolean dropCut = true;
    /** A glyph smaller than this fraction of its line height in both directions is a speck. */
    public double minSize = 0.08;
    /** A gap wider than this fraction of the line height separates words. */
    public double wordGap = 0.45;
    /** Lines whose bands are closer than this fraction of their height are one line (seven-segment halves). */
    public double lineJoin = 0.25;
    /** Largest text rotation, in degrees, that is measured and undone when grouping lines. */
    public double maxAngle = 10;
}
