package io.github.fijiocr.locate;

import ij.gui.Roi;
import ij.plugin.filter.BackgroundSubtracter;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;

/**
 * Separates ink from ground: an ImageJ AutoThresholder level over the searched area, or a local
 * mean threshold for uneven light, after an optional rolling-ball background subtraction. The
 * polarity, when automatic, makes the ink the minority side of the global level: text covers less
 * of a label or a display than its ground does.
 */
final class Binarizer {
    /** Local threshold: ink is darker than the window's mean by this fraction of the mean... */
    private static final double LOCAL_FRACTION = 0.12;
    /**
     * ...and by at least this many grey levels, so flat ground stays ground. The global threshold
     * asks the same of the two sides' medians: a blank, noisy frame has no text to find.
     */
    private static final int MIN_CONTRAST = 12;

    /** The largest factor ImageJ's rolling ball shrinks an image by before rolling. */
    private static final int MAX_BALL_SHRINK = 8;

    private final LocateOptions options;

    Binarizer(LocateOptions options) {
        this.options = options;
    }

    InkMask binarize(ByteProcessor gray, Roi roi) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        Rectangle area = roi == null || !roi.isArea() ? new Rectangle(w, h)
            : roi.getBounds().intersection(new Rectangle(w, h));
        byte[] inside = areaMask(roi, area, w, h);
        int[] hist = GrayImages.histogram((byte[]) gray.getPixels(), inside);
        boolean light = lightText(hist);
        // Light text is inverted first, so that an image and its negative give the same ink.
        ByteProcessor work = gray;
        if (light) {
            work = (ByteProcessor) gray.duplicate();
            work.invert();
            hist = reversed(hist);
        }
        // The rolling ball first shrinks the image up to 8 times and fails under 2 pixels; an image
        // this thin has no background to level anyway.
        if (options.background > 0 && Math.min(w, h) > 2 * MAX_BALL_SHRINK) {
            work = work == gray ? (ByteProcessor) gray.duplicate() : work;
            new BackgroundSubtracter().rollingBallBackground(work, options.background, false, true, false, true,
                true);
            hist = GrayImages.histogram((byte[]) work.getPixels(), inside);
        }
        byte[] ink = options.localRadius > 0 ? local(work, inside, area) : global(work, inside, hist);
        return new InkMask(w, h, ink, area, light);
    }

    /** The histogram of the negative image. */
    private static int[] reversed(int[] hist) {
        int[] out = new int[256];
        for (int v = 0; v < 256; v++) {
            out[255 - v] = hist[v];
        }
        return out;
    }

    /** 1 inside the searched area (the ROI's shape), 0 elsewhere; null when the whole image is searched. */
    private static byte[] areaMask(Roi roi, Rectangle area, int w, int h) {
        if (roi == null || !roi.isArea()) {
            return null;
        }
        byte[] inside = new byte[w * h];
        ImageProcessor shape = roi.getMask();
        Rectangle b = roi.getBounds();
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                boolean in = shape == null || shape.get(x - b.x, y - b.y) != 0;
                inside[y * w + x] = (byte) (in ? 1 : 0);
            }
        }
        return inside;
    }

    private boolean lightText(int[] hist) {
        if (options.text != LocateOptions.TextPolarity.AUTO) {
            return options.text == LocateOptions.TextPolarity.LIGHT;
        }
        if (flat(hist)) {
            return false;
        }
        int level = new AutoThresholder().getThreshold(options.method, hist);
        long dark = 0;
        long total = 0;
        for (int v = 0; v < 256; v++) {
            total += hist[v];
            dark += v <= level ? hist[v] : 0;
        }
        return dark > total - dark;
    }

    /**
     * Pixels past the level are ink, and so are pixels half way from the level to the ground
     * that touch them (hysteresis): the anti-aliased hairlines of serif print and the crossbar of
     * an H stay joined to their strokes, while a clean gap between two letters stays open.
     */
    private byte[] global(ByteProcessor gray, byte[] inside, int[] hist) {
        byte[] px = (byte[]) gray.getPixels();
        byte[] ink = new byte[px.length];
        if (flat(hist)) {
            return ink;
        }
        int level = new AutoThresholder().getThreshold(options.method, hist);
        int ground = median(hist, level + 1, 255);
        if (ground - median(hist, 0, level) < MIN_CONTRAST) {
            return ink;
        }
        int w = gray.getWidth();
        int weakLevel = (level + ground) / 2;
        // Only pixels at or under the weak level can join: the histogram bounds the queue.
        int[] queue = new int[(int) count(hist, weakLevel)];
        int tail = 0;
        for (int i = 0; i < px.length; i++) {
            if ((inside == null || inside[i] != 0) && (px[i] & 0xff) <= level) {
                ink[i] = 1;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            int x = i % w;
            tail = grow(px, inside, ink, queue, tail, x > 0 ? i - 1 : -1, weakLevel);
            tail = grow(px, inside, ink, queue, tail, x < w - 1 ? i + 1 : -1, weakLevel);
            tail = grow(px, inside, ink, queue, tail, i - w, weakLevel);
            tail = grow(px, inside, ink, queue, tail, i + w, weakLevel);
        }
        return ink;
    }

    /** Pixel {@code n} (when inside the image) joins the ink when it is weak ink; the queue's new end. */
    private static int grow(byte[] px, byte[] inside, byte[] ink, int[] queue, int tail, int n, int weakLevel) {
        if (n >= 0 && n < px.length && ink[n] == 0 && (inside == null || inside[n] != 0)
            && (px[n] & 0xff) <= weakLevel) {
            ink[n] = 1;
            queue[tail++] = n;
        }
        return tail;
    }

    /** Pixels at or under {@code level}. */
    private static long count(int[] hist, int level) {
        long n = 0;
        for (int v = 0; v <= level; v++) {
            n += hist[v];
        }
        return n;
    }

    /** The median grey among levels [from, to] of a histogram; {@code to} when none is there. */
    private static int median(int[] hist, int from, int to) {
        long n = 0;
        for (int v = from; v <= to; v++) {
            n += hist[v];
        }
        long seen = 0;
        for (int v = from; v <= to; v++) {
            seen += hist[v];
            if (n > 0 && 2 * seen >= n) {
                return v;
            }
        }
        return to;
    }

    /**
     * One grey level or none: nothing to separate, and some AutoThresholder methods (Intermodes,
     * Minimum) write to ImageJ's Log when they find no level.
     */
    private static boolean flat(int[] hist) {
        int levels = 0;
        for (int c : hist) {
            levels += c > 0 ? 1 : 0;
        }
        return levels < 2;
    }

    /** Bradley's local mean threshold over a square window, with an integral image. */
    private byte[] local(ByteProcessor gray, byte[] inside, Rectangle area) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = (byte[]) gray.getPixels();
        long[] sum = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                int v = px[y * w + x] & 0xff;
                row += v;
                sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row;
            }
        }
        int r = options.localRadius;
        byte[] ink = new byte[px.length];
        for (int y = area.y; y < area.y + area.height; y++) {
            int y0 = Math.max(0, y - r);
            int y1 = Math.min(h, y + r + 1);
            for (int x = area.x; x < area.x + area.width; x++) {
                int i = y * w + x;
                if (inside != null && inside[i] == 0) {
                    continue;
                }
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w, x + r + 1);
                long s = sum[y1 * (w + 1) + x1] - sum[y0 * (w + 1) + x1] - sum[y1 * (w + 1) + x0] + sum[y0 * (w + 1) + x0];
                double mean = (double) s / ((y1 - y0) * (x1 - x0));
                int v = px[i] & 0xff;
                ink[i] = (byte) (v < mean - Math.max(LOCAL_FRACTION * mean, MIN_CONTRAST) ? 1 : 0);
            }
        }
        return ink;
    }
}
