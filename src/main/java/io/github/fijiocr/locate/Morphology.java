package io.github.fijiocr.locate;

/** Binary morphology on 0/1 masks with square structuring elements, and the stroke width. */
final class Morphology {
    private Morphology() {
    }

    /**
     * Typical stroke width: for every ink pixel the shorter of its horizontal and vertical runs,
     * then the most common value.
     */
    static int strokeWidth(byte[] ink, int w, int h) {
        int[] run = shorterRuns(ink, w, h, new int[ink.length], new int[ink.length]);
        int[] counts = new int[Math.max(w, h) + 1];
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] != 0) {
                counts[run[i]]++;
            }
        }
        // The mode, not the median: a mass of glare or a filled frame spreads over many run
        // lengths, while strokes of one font pile up at one.
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return best;
    }

    /**
     * Per ink pixel (in {@code run}), the shorter of its horizontal and vertical run of ink;
     * {@code down} is work space. Other pixels' values are left as they were.
     */
    static int[] shorterRuns(byte[] mask, int w, int h, int[] run, int[] down) {
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (mask[y * w + x] == 0) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < w && mask[y * w + end] != 0) {
                    end++;
                }
                for (int i = x; i < end; i++) {
                    run[y * w + i] = end - x;
                }
                x = end;
            }
        }
        // Vertical runs row by row (a column walk would miss the cache on every pixel): count
        // down each run, then carry the run's length back up from its last pixel.
        for (int i = 0; i < mask.length; i++) {
            down[i] = mask[i] == 0 ? 0 : (i >= w ? down[i - w] : 0) + 1;
        }
        for (int i = mask.length - 1 - w; i >= 0; i--) {
            if (mask[i] != 0 && mask[i + w] != 0) {
                down[i] = down[i + w];
            }
        }
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] != 0) {
                run[i] = Math.min(run[i], down[i]);
            }
        }
        return run;
    }

    /** Erosion then dilation by a (2r+1)-square: removes ink thinner than 2r+1 pixels. */
    static byte[] open(byte[] ink, int w, int h, int r) {
        if (r <= 0) {
            return ink;
        }
        return dilate(erode(ink, w, h, r), w, h, r);
    }

    static byte[] erode(byte[] ink, int w, int h, int r) {
        return filter(ink, w, h, r, true);
    }

    static byte[] dilate(byte[] ink, int w, int h, int r) {
        return filter(ink, w, h, r, false);
    }

    /** Separable min (erode) or max (dilate) filter; outside the image counts as ground. */
    private static byte[] filter(byte[] in, int w, int h, int r, boolean min) {
        byte[] rows = new byte[in.length];
        for (int y = 0; y < h; y++) {
            run(in, rows, y * w, 1, w, r, min);
        }
        return columns(rows, w, h, r, min);
    }

    /**
     * The vertical pass, row by row with a running count per column: walking each column down
     * would miss the cache on every pixel of a large image.
     */
    private static byte[] columns(byte[] in, int w, int h, int r, boolean min) {
        byte[] out = new byte[in.length];
        int[] count = new int[w];
        for (int y = 0; y < Math.min(r, h); y++) {
            for (int x = 0, o = y * w; x < w; x++) {
                count[x] += in[o + x];
            }
        }
        int full = 2 * r + 1;
        for (int y = 0; y < h; y++) {
            int add = y + r;
            if (add < h) {
                for (int x = 0, o = add * w; x < w; x++) {
                    count[x] += in[o + x];
                }
            }
            int drop = y - r - 1;
            if (drop >= 0) {
                for (int x = 0, o = drop * w; x < w; x++) {
                    count[x] -= in[o + x];
                }
            }
            boolean whole = Math.min(h, y + r + 1) - Math.max(0, y - r) == full;
            for (int x = 0, o = y * w; x < w; x++) {
                boolean on = min ? whole && count[x] == full : count[x] > 0;
                out[o + x] = (byte) (on ? 1 : 0);
            }
        }
        return out;
    }

    /** One line of the filter with a running count of ink in the window. */
    private static void run(byte[] in, byte[] out, int offset, int stride, int n, int r, boolean min) {
        int count = 0;
        for (int i = 0; i < Math.min(r, n); i++) {
            count += in[offset + i * stride];
        }
        for (int i = 0; i < n; i++) {
            int add = i + r;
            if (add < n) {
                count += in[offset + add * stride];
            }
            int drop = i - r - 1;
            if (drop >= 0) {
                count -= in[offset + drop * stride];
            }
            int window = Math.min(n, i + r + 1) - Math.max(0, i - r);
            boolean on = min ? count == 2 * r + 1 && window == 2 * r + 1 : count > 0;
            out[offset + i * stride] = (byte) (on ? 1 : 0);
        }
    }
}
