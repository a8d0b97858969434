package io.github.fijiocr.locate;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

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
        for (int y = 0; y < h; y++) { // the ink pixels only, found eight mask bytes at a time
            int row = y * w;
            for (int x = next(ink, row, row + w, false) - row; x < w; ) {
                int end = next(ink, row + x, row + w, true) - row;
                for (int i = row + x; i < row + end; i++) {
                    counts[run[i]]++;
                }
                x = next(ink, row + end, row + w, false) - row;
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
     * {@code top} is work space. Other pixels' values are left as they were. Runs are found
     * eight mask bytes at a time ({@link #next}) and only ink pixels are visited: down the rows
     * for where each vertical run starts, then up them for where it ends.
     */
    static int[] shorterRuns(byte[] mask, int w, int h, int[] run, int[] top) {
        int[] lastRow = new int[w]; // per column, the last row visited with ink there
        int[] bottom = new int[w]; // per column, where the vertical run through the current row ends
        Arrays.fill(lastRow, -2);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = next(mask, row, row + w, false) - row; x < w; ) {
                int end = next(mask, row + x, row + w, true) - row;
                for (int i = x; i < end; i++) {
                    top[row + i] = lastRow[i] == y - 1 ? top[row + i - w] : y;
                    lastRow[i] = y;
                    run[row + i] = end - x;
                }
                x = next(mask, row + end, row + w, false) - row;
            }
        }
        Arrays.fill(lastRow, -2);
        for (int y = h - 1; y >= 0; y--) {
            int row = y * w;
            for (int x = next(mask, row, row + w, false) - row; x < w; ) {
                int end = next(mask, row + x, row + w, true) - row;
                for (int i = x; i < end; i++) {
                    if (lastRow[i] != y + 1) {
                        bottom[i] = y;
                    }
                    lastRow[i] = y;
                    run[row + i] = Math.min(run[row + i], bottom[i] - top[row + i] + 1);
                }
                x = next(mask, row + end, row + w, false) - row;
            }
        }
        return run;
    }

    /** A mask's bytes read eight at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first index from {@code from} (before {@code to}) whose mask byte is ink (non-zero) when
     * {@code ink} is false, ground (zero) when it is true; or {@code to}. Eight bytes at a time, as
     * runs of ground and of ink are mostly long.
     */
    static int next(byte[] mask, int from, int to, boolean ink) {
        int i = from;
        while (i + 8 <= to) {
            long v = (long) LONGS.get(mask, i);
            // Ink ends at the lowest zero byte: (v - 1 per byte) & ~v has its top bit set there
            // (and maybe above it, never below).
            long found = ink ? (v - ONES) & ~v & HIGHS : v;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to && (mask[i] != 0) == ink) {
            i++;
        }
        return i;
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
            run(in, rows, y * w, w, r, min);
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
            if (min && whole) {
                for (int x = 0, o = y * w; x < w; x++) {
                    out[o + x] = (byte) (count[x] == full ? 1 : 0);
                }
            } else if (!min) {
                for (int x = 0, o = y * w; x < w; x++) {
                    out[o + x] = (byte) (count[x] > 0 ? 1 : 0);
                }
            } // eroded, with the window cut by the top or bottom: nothing is left

        }
        return out;
    }

    /**
     * One row of the filter with a running count of ink in the window. Between the row's ends the
     * count changes by what enters and what leaves, with no test of the ends: the filters run
     * several times over every pixel of a large image.
     */
    private static void run(byte[] in, byte[] out, int offset, int n, int r, boolean min) {
        int count = 0;
        for (int i = 0; i < Math.min(r, n); i++) {
            count += in[offset + i];
        }
        int from = Math.min(n, r + 1); // the first pixel whose window drops one on the left
        int to = Math.max(from, n - r); // the first whose window reaches past the right end
        for (int i = 0; i < from; i++) {
            count = end(in, out, offset, n, r, min, count, i);
        }
        int full = 2 * r + 1;
        if (min) {
            for (int i = from; i < to; i++) {
                count += in[offset + i + r] - in[offset + i - r - 1];
                out[offset + i] = (byte) (count == full ? 1 : 0);
            }
        } else {
            for (int i = from; i < to; i++) {
                count += in[offset + i + r] - in[offset + i - r - 1];
                out[offset + i] = (byte) (count > 0 ? 1 : 0);
            }
        }
        for (int i = to; i < n; i++) {
            count = end(in, out, offset, n, r, min, count, i);
        }
    }

    /** One pixel of {@link #run} near a row's ends, where the window may reach past them. */
    private static int end(byte[] in, byte[] out, int offset, int n, int r, boolean min, int count, int i) {
        if (i + r < n) {
            count += in[offset + i + r];
        }
        if (i - r - 1 >= 0) {
            count -= in[offset + i - r - 1];
        }
        int window = Math.min(n, i + r + 1) - Math.max(0, i - r);
        boolean on = min ? count == 2 * r + 1 && window == 2 * r + 1 : count > 0;
        out[offset + i] = (byte) (on ? 1 : 0);
        return count;
    }
}
