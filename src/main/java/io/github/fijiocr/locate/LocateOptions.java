package io.github.fijiocr.locate;

import ij.process.AutoThresholder;

/** How "Locate Text" cuts an image into characters; field names follow the macro keys. */
public final class LocateOptions {
    /** Polarity of the text. */
    public enum TextPolarity { AUTO, DARK, LIGHT }

    /** Any ImageJ auto-threshold method; Otsu is HALCON's 'max_separability'. */
    public AutoThresholder.Method method = AutoThresholder.Method.Otsu;
    public TextPolarity text = TextPolarity.AUTO;
    /** Particles smaller than this many pixels are specks. */
    public int minArea = 3;
    /** A glyph smaller than this fraction of its line height in both directions is a speck. */
    public double minSize = 0.08;
    /** A gap wider than this fraction of the line height separates words. */
    public double wordGap = 0.45;
    /** Lines whose bands are closer than this fraction of their height are one line (seven-segment halves). */
    public double lineJoin = 0.25;

    /** The options as the commands take them (method and text by name, as the macro keys). */
    public static LocateOptions of(String method, String text, int minArea, double wordGap) {
        LocateOptions o = new LocateOptions();
        o.method = AutoThresholder.Method.valueOf(method);
        o.text = TextPolarity.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        o.minArea = minArea;
        o.wordGap = wordGap;
        return o;
    }
}
