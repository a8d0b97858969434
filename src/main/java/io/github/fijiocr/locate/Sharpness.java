package io.github.fijiocr.locate;

import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.Arrays;

/**
 * How sharp the edges of a box's ink are: the gradient where Otsu's threshold crosses between two
 * pixels, over the contrast between ink and ground. A step from one pixel to the next gives about
 * one half; an edge blurred by a Gaussian of {@code s} pixels gives about 0.4 / {@code s}. Text an
 * acquisition program burned into a micrograph is drawn on the pixel grid; cells are imaged
 * through optics and sampled at or under their blur, so their edges stay two or more pixels wide.
 */
public final class Sharpness {
    /**
     * The crossing gradient taken at this rank: over the median, so that where part of the box is
     * a blurred cell under sharp print, the print's edges still decide.
     */
    static final double RANK = 0.75;

    private Sharpness() {
    }

    /** The sharpness of the ink in {@code box} (clipped to the image), or NaN where there is no edge to measure. */
    public static double of(ByteProcessor gray, Rectangle box) {
        Rectangle r = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (r.width < 3 || r.height < 3) {
            return Double.NaN;
        }
        int[] histogram = new int[256];
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                histogram[gray.get(x, y)]++;
            }
        }
        int threshold = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
        double sumOver = 0;
        double over = 0;
        double sumUnder = 0;
        for (int v = 0; v < 256; v++) {
            if (v > threshold) {
                sumOver += (double) v * histogram[v];
                over += histogram[v];
            } else {
                sumUnder += (double) v * histogram[v];
            }
        }
        double under = (double) r.width * r.height - over;
        if (over == 0 || under == 0) {
            return Double.NaN;
        }
        double contrast = sumOver / over - sumUnder / under;
        double[] gradient = new double[r.width * r.height];
        int n = 0;
        for (int y = r.y + 1; y < r.y + r.height - 1; y++) {
            for (int x = r.x + 1; x < r.x + r.width - 1; x++) {
                boolean on = gray.get(x, y) > threshold;
                if (on == gray.get(x + 1, y) > threshold && on == gray.get(x, y + 1) > threshold) {
                    continue; // no crossing to the right or below
                }
                double gx = (gray.get(x + 1, y) - gray.get(x - 1, y)) / 2.0;
                double gy = (gray.get(x, y + 1) - gray.get(x, y - 1)) / 2.0;
                gradient[n++] = Math.sqrt(gx * gx + gy * gy);
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(gradient, 0, n);
        return gradient[Math.min(n - 1, (int) (RANK * n))] / contrast;
    }
}
