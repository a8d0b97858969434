package io.github.fijiocr.dataset;

import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

/**
 * What the dataset checks need to know of an image, measured once at import so that the pixels
 * need not be kept: size, bit depth, a hash of the exact pixel values (duplicates), and how much
 * ink stands out from the ground (blank images).
 */
public final class SampleFacts {
    private final int width;
    private final int height;
    private final int bitDepth;
    private final long hash;
    private final double contrast;
    private final int inkPixels;

    SampleFacts(int width, int height, int bitDepth, long hash, double contrast, int inkPixels) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.hash = hash;
        this.contrast = contrast;
        this.inkPixels = inkPixels;
    }

    /** {@code raw}: the image as stored (any type); {@code gray}: its 8-bit version. */
    public static SampleFacts of(ImageProcessor raw, ByteProcessor gray) {
        int[] hist = gray.getHistogram();
        int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, hist);
        long n0 = 0;
        long n1 = 0;
        double s0 = 0;
        double s1 = 0;
        for (int v = 0; v < 256; v++) {
            if (v <= level) {
                n0 += hist[v];
                s0 += (double) v * hist[v];
            } else {
                n1 += hist[v];
                s1 += (double) v * hist[v];
            }
        }
        double contrast = n0 == 0 || n1 == 0 ? 0 : s1 / n1 - s0 / n0;
        return new SampleFacts(raw.getWidth(), raw.getHeight(), raw.getBitDepth(), hash(raw), contrast,
            (int) Math.min(n0, n1));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bitDepth() {
        return bitDepth;
    }

    /** Equal for images with the same size, type and pixel values (64-bit FNV-1a). */
    public long hash() {
        return hash;
    }

    /** Mean gray of the light side minus the dark side of an Otsu split, 0..255. */
    public double contrast() {
        return contrast;
    }

    /** Pixels on the minority (ink) side of that split. */
    public int inkPixels() {
        return inkPixels;
    }

    /** Longer side over shorter side. */
    public double aspect() {
        return (double) Math.max(width, height) / Math.max(1, Math.min(width, height));
    }

    private static long hash(ImageProcessor ip) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, ip.getWidth());
        h = mix(h, ip.getHeight());
        h = mix(h, ip.getBitDepth());
        Object px = ip.getPixels();
        if (px instanceof byte[]) {
            for (byte b : (byte[]) px) {
                h = mix(h, b);
            }
        } else if (px instanceof short[]) {
            for (short s : (short[]) px) {
                h = mix(h, s);
            }
        } else if (px instanceof float[]) {
            for (float f : (float[]) px) {
                h = mix(h, Float.floatToIntBits(f));
            }
        } else {
            for (int i : (int[]) px) {
                h = mix(h, i & 0xffffff);
            }
        }
        return h;
    }

    private static long mix(long h, int v) {
        return (h ^ v) * 0x100000001b3L;
    }
}
