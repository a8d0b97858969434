package io.github.fijiocr.preprocess;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;

/** Any ImageJ image type to 8-bit gray, without touching ImageJ's global conversion settings. */
public final class GrayImages {
    private GrayImages() {
    }

    /** One slice (1-based) of an image as 8-bit gray; 16- and 32-bit are scaled min..max. */
    public static ByteProcessor slice(ImagePlus imp, int slice) {
        return toGray(imp.getStack().getProcessor(slice));
    }

    public static ByteProcessor toGray(ImageProcessor ip) {
        if (ip instanceof ByteProcessor && ip.isDefaultLut()) {
            return (ByteProcessor) ip;
        }
        if (ip instanceof ByteProcessor) {
            // Inverted or colour lookup table: what the user sees is the LUT applied.
            return luminance(ip.convertToColorProcessor());
        }
        if (ip instanceof ColorProcessor) {
            return luminance((ColorProcessor) ip);
        }
        ImageProcessor copy = ip.duplicate();
        copy.resetMinAndMax();
        return copy.convertToByteProcessor(true);
    }

    /** Rec. 601 luma, computed here so Edit>Options>Conversions cannot change results. */
    private static ByteProcessor luminance(ColorProcessor cp) {
        int w = cp.getWidth();
        int h = cp.getHeight();
        int[] rgb = (int[]) cp.getPixels();
        byte[] out = new byte[w * h];
        for (int i = 0; i < out.length; i++) {
            int c = rgb[i];
            out[i] = (byte) luma((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
        }
        return new ByteProcessor(w, h, out);
    }

    /**
     * {@code Math.round(0.299 r + 0.587 g + 0.114 b)}, the grey every earlier version computed, in
     * integers: rounding a double per pixel took 1.3 ms of a 640x480 camera frame. Where the sum is
     * exactly half-way, the double's own rounding error decides, so those (one value in a thousand)
     * are still computed as before; GrayImagesTest checks all 16.7 million colours.
     */
    static int luma(int r, int g, int b) {
        int halfUp = 299 * r + 587 * g + 114 * b + 500;
        int grey = halfUp / 1000;
        if (grey * 1000 == halfUp) {
            return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
        }
        return grey;
    }

    /** How many pixels have each grey level. */
    public static int[] histogram(byte[] px) {
        return histogram(px, px.length, new Rectangle(px.length, 1));
    }

    /** How many pixels of {@code area} have each grey level, in an image {@code width} pixels wide. */
    public static int[] histogram(byte[] px, int width, Rectangle area) {
        // Four partial counts: on a flat ground every pixel adds to the same counter, and one
        // counter makes each addition wait for the last (three times slower on a 640x480 frame).
        int[] a = new int[256];
        int[] b = new int[256];
        int[] c = new int[256];
        int[] d = new int[256];
        for (int y = area.y; y < area.y + area.height; y++) {
            int i = y * width + area.x;
            int end = i + area.width;
            for (; i + 3 < end; i += 4) {
                a[px[i] & 0xff]++;
                b[px[i + 1] & 0xff]++;
                c[px[i + 2] & 0xff]++;
                d[px[i + 3] & 0xff]++;
            }
            for (; i < end; i++) {
                a[px[i] & 0xff]++;
            }
        }
        for (int v = 0; v < 256; v++) {
            a[v] += b[v] + c[v] + d[v];
        }
        return a;
    }

    /** As {@link #histogram(byte[])}, counting only pixels where {@code mask} is not 0 (null: all). */
    public static int[] histogram(byte[] px, byte[] mask) {
        if (mask == null) {
            return histogram(px);
        }
        int[] hist = new int[256];
        for (int i = 0; i < px.length; i++) {
            if (mask[i] != 0) {
                hist[px[i] & 0xff]++;
            }
        }
        return hist;
    }

    /** The grey level below which a share {@code q} of the {@code n} pixels lie (at least the darkest one). */
    public static int percentile(int[] hist, int n, double q) {
        long want = Math.max(1, Math.round(q * n));
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= want) {
                return v;
            }
        }
        return 255;
    }

    /**
     * Each pixel's mean over the 3x3 square around it (cut by the image's edges), rounded: a mean
     * of nine pixels has a third of their noise, while a stroke two pixels wide keeps two thirds
     * of its contrast. Each row's sums of three are kept for the next two rows only, so a
     * 12-megapixel image costs its output and three rows.
     */
    public static byte[] mean3(byte[] px, int w, int h) {
        int[][] sums = new int[3][w]; // row y's sums over x - 1 .. x + 1, in sums[y % 3]
        byte[] out = new byte[px.length];
        for (int y = 0; y <= h; y++) {
            if (y < h) {
                int[] row = sums[y % 3];
                for (int x = 0, o = y * w; x < w; x++) {
                    row[x] = (px[o + x] & 0xff) + (x > 0 ? px[o + x - 1] & 0xff : 0)
                        + (x + 1 < w ? px[o + x + 1] & 0xff : 0);
                }
            }
            int c = y - 1; // every row around row c is summed now
            if (c < 0) {
                continue;
            }
            int y0 = Math.max(0, c - 1);
            int y1 = Math.min(h - 1, c + 1);
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int yy = y0; yy <= y1; yy++) {
                    sum += sums[yy % 3][x];
                }
                int n = (y1 - y0 + 1) * (Math.min(w - 1, x + 1) - Math.max(0, x - 1) + 1);
                out[c * w + x] = (byte) ((sum + n / 2) / n);
            }
        }
        return out;
    }
}
