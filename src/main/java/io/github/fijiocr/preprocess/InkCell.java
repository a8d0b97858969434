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
     * Splits ink from ground with an Otsu threshold. The ground is the side that holds at least 3/4
     * of the border pixels; in a tight crop, where strokes touch the border, the ink is the side
     * with fewer pixels instead.
     */
    public static InkCell find(ByteProcessor gray, Preprocessing.Crop crop) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] hist = gray.getHistogram();
        int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, hist);
        double darkBorder = darkBorderFraction(gray, level);
        boolean lightInk;
        if (darkBorder >= 0.75) {
            lightInk = true;
        } else if (darkBorder <= 0.25) {
            lightInk = false;
        } else {
            long dark = 0;
            for (int v = 0; v <= level; v++) {
                dark += hist[v];
            }
            lightInk = dark > (long) w * h - dark;
        }
        Rectangle whole = new Rectangle(0, 0, w, h);
        if (crop == Preprocessing.Crop.NONE) {
            return new InkCell(whole, lightInk);
        }
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
        Rectangle box = x1 < 0 ? whole : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
        return new InkCell(box, lightInk);
    }

    private static double darkBorderFraction(ByteProcessor gray, int level) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int dark = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            dark += (gray.get(x, 0) <= level ? 1 : 0) + (gray.get(x, h - 1) <= level ? 1 : 0);
            n += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            dark += (gray.get(0, y) <= level ? 1 : 0) + (gray.get(w - 1, y) <= level ? 1 : 0);
            n += 2;
        }
        return (double) dark / n;
    }

    public Rectangle box() {
        return box;
    }

    public boolean lightInk() {
        return lightInk;
    }
}
