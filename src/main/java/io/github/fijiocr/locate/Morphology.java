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
        int[] hRun = new int[ink.length];
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (ink[y * w + x] == 0) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && ink[y * w + x] != 0) {
                    x++;
                }
                for (int k = start; k < x; k++) {
                    hRun[y * w + k] = x - start;
                }
            }
        }
        int[] counts = new int[Math.max(w, h) + 1];
        for (int x = 0; x < w; x++) {
            int y = 0;
            while (y < h) {
                if (ink[y * w + x] == 0) {
                    y++;
                    continue;
                }
                int start = y;
                while (y < h && ink[y * w + x] != 0) {
                    y++;
                }
                for (int k = start; k < y; k++) {
                    counts[Math.min(hRun[k * w + x], y - start)]++;
                }
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
        byte[] out = new byte[in.length];
        for (int x = 0; x < w; x++) {
            run(rows, out, x, w, h, r, min);
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
