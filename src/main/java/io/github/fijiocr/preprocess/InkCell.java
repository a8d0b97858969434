package io.github.fijiocr.preprocess;

import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import java.awt.Rectangle;

/**
 * The character cell of a whole single-character image: which polarity the ink has and where it
 * is. Text location gives cells for characters inside lines; this gives the same for an image
 * that is one character (a dataset sample, a slice, a camera frame in character mode).
 */
public final class InkCell {
    private final Rectangle box;
    private final boolean lightInk;

    public InkCell(Rectangle box, boolean lightInk) {
        this.box = box;
        this.lightInk = lightInk;
    }

    /**
     * Splits ink from ground with an Otsu threshold; the ink is the side with fewer pixels. The
     * image border is no guide: in tight crops strokes run along it (a seven-segment "0").
     */
    public static InkCell find(ByteProcessor gray, Preprocessing.Crop crop) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] hist = gray.getHistogram();
        int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, hist);
        long dark = 0;
        for (int v = 0; v <= level; v++) {
            dark += hist[v];
        }
        boolean lightInk = dark > (long) w * h - dark;
        Rectangle whole = new Rectangle(0, 0, w, h);
        if (crop == Preprocessing.Crop.NONE) {
            return new InkCell(whole, lightInk);
        }
        Rectangle box = inkBox(gray, level, lightInk);
        return new InkCell(box == null ? whole : box, lightInk);
    }

    /** Bounding box of the pixels on the ink side of {@code level}, or null when there are none. */
    public static Rectangle inkBox(ByteProcessor gray, int level, boolean lightInk) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = (byte[]) gray.getPixels();
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = px[y * w + x] & 0xff;
                if (lightInk ? v > level : v <= level) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    public Rectangle box() {
        return box;
    }

    public boolean lightInk() {
        return lightInk;
    }
}
