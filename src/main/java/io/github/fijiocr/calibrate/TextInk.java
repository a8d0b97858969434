package io.github.fijiocr.calibrate;

import io.github.fijiocr.preprocess.GrayImages;
import ij.process.ByteProcessor;
import java.util.List;

/**
 * Burned-in text is drawn in one colour, and every glyph reaches it; a cell beside the text is a
 * blob of its own brightness. The line reader reads such a blob, even a faint one, as a digit in
 * front of the time ({@code 210 min} for {@code 10 min}, {@code 900:59:50} for {@code 00:59:50}),
 * on every slice it lies beside, so the sequence runs right with the wrong number. Here every blob
 * of a timestamp crop that never comes near the text's colour is painted over with the ground
 * before it is read. A blob as bright as the text stays, as before. {@link TimestampReader} uses
 * this only where the probe slices read as well painted.
 */
final class TextInk {
    /**
     * A blob is every pixel connected to it beyond this share of the way from the ground to the
     * text's ink: low, since the reader still reads the faint rim of a cell whose core was painted.
     */
    static final double RIM = 0.1;
    /**
     * A blob is the text's when its brightest (darkest) pixel gets this far from the ground to the
     * ink: thin strokes of small, antialiased, downscaled text reach less than the full colour.
     */
    static final double REACH = 0.75;
    /** In a drawn rectangle, rows between text rows with a pixel this far to the ink are text rows too ({@link #textRows}). */
    static final double BRIDGE = 0.5;
    /** The side of the square a blob must hold to be judged at all ({@link #thick}). */
    static final int CORE = 3;
    /** The share of a region's pixels the ink level is taken from: text covers more than this. */
    static final double INK_SHARE = 0.01;

    /** Crops left as they are: where painting would make the probes read worse. */
    static final TextInk NONE = new TextInk(true, -1);

    private final boolean light;
    private final int ink;

    private TextInk(boolean light, int ink) {
        this.light = light;
        this.ink = ink;
    }

    /**
     * The text's side of grey and its ink level, from a few slices' crops of the region: the
     * furthest {@value #INK_SHARE} from the median, on the side where that lies further.
     */
    static TextInk of(List<ByteProcessor> crops) {
        int[] hist = new int[256];
        int n = 0;
        for (ByteProcessor c : crops) {
            int[] h = c.getHistogram();
            for (int v = 0; v < 256; v++) {
                hist[v] += h[v];
            }
            n += c.getWidth() * c.getHeight();
        }
        int median = GrayImages.percentile(hist, n, 0.5);
        int lo = GrayImages.percentile(hist, n, INK_SHARE);
        int hi = GrayImages.percentile(hist, n, 1 - INK_SHARE);
        boolean light = hi - median >= median - lo;
        return new TextInk(light, light ? hi : lo);
    }

    /** Whether the text is lighter than its ground. */
    boolean light() {
        return light;
    }

    /**
     * {@code crop} with the blobs that never come near the ink painted with its ground (its
     * median); {@code crop} itself when none is, or when nothing in it reaches the ink (the level
     * is not this slice's text, and then nothing is judged).
     */
    ByteProcessor clean(ByteProcessor crop) {
        if (this == NONE) {
            return crop;
        }
        int w = crop.getWidth();
        int h = crop.getHeight();
        byte[] px = (byte[]) crop.getPixels();
        int ground = GrayImages.percentile(crop.getHistogram(), w * h, 0.5);
        double span = ink - ground;
        if (light ? span <= 0 : span >= 0) {
            return crop;
        }
        double rim = ground + RIM * span;
        double reach = ground + REACH * span;
        boolean[] seen = new boolean[px.length];
        int[] todo = new int[px.length];
        int[] members = new int[px.length];
        byte[] out = null;
        boolean anyText = false;
        for (int start = 0; start < px.length; start++) {
            if (seen[start] || !beyond(px[start] & 0xff, rim)) {
                continue;
            }
            int count = 0;
            int top = 0;
            todo[top++] = start;
            seen[start] = true;
            int peak = px[start] & 0xff;
            while (top > 0) {
                int p = todo[--top];
                members[count++] = p;
                peak = light ? Math.max(peak, px[p] & 0xff) : Math.min(peak, px[p] & 0xff);
                int x = p % w;
                int y = p / w;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                        int q = yy * w + xx;
                        if (!seen[q] && beyond(px[q] & 0xff, rim)) {
                            seen[q] = true;
                            todo[top++] = q;
                        }
                    }
                }
            }
            boolean reached = beyond(peak, reach);
            anyText |= reached;
            if (!reached && thick(px, w, h, members, count, (ground + peak) / 2.0)) {
                out = out == null ? px.clone() : out;
                for (int k = 0; k < count; k++) {
                    out[members[k]] = (byte) ground;
                }
            }
        }
        return out == null || !anyText ? crop : new ByteProcessor(w, h, out);
    }

    /**
     * The rows of the text in {@code crop}: {top, bottom} of the longest run of rows that hold a
     * pixel within {@value #REACH} of the way to the ink; null when no row does. With
     * {@code bridged} (a rectangle the user drew around the text), rows between two such rows that
     * hold one at least {@value #BRIDGE} of the way are in the run too: thin strokes are grey, and
     * a 15-point {@code 400 ms} on a white plate had rows whose darkest pixel, a stem at 80 of 255,
     * missed the reach by a few greys; its rows broke into runs, it was read in its top six, the
     * unit was lost, and the bare numbers read as seconds, the interval a thousand times too long,
     * unflagged. Not in a region the finder found: a cell beside the text joins it there through
     * its rim's grey (a 24-point {@code 0 s} took in a cell's rows and lost its first digit on 13
     * slices).
     */
    int[] textRows(ByteProcessor crop, boolean bridged) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        int ground = GrayImages.percentile(crop.getHistogram(), w * h, 0.5);
        double reach = ground + REACH * (ink - ground);
        double bridge = bridged ? ground + BRIDGE * (ink - ground) : reach;
        int[] best = null;
        int start = -1;
        int lastFull = -1;
        for (int y = 0; y <= h; y++) {
            int level = 0; // 2: a pixel within the reach; 1: only half way
            for (int x = 0; y < h && x < w && level < 2; x++) {
                int g = crop.get(x, y);
                level = beyond(g, reach) ? 2 : beyond(g, bridge) ? 1 : level;
            }
            if (level == 2) {
                start = start < 0 ? y : start;
                lastFull = y;
            } else if (level == 0 && start >= 0) {
                if (best == null || lastFull - start > best[1] - best[0]) {
                    best = new int[] {start, lastFull};
                }
                start = -1;
            }
        }
        return best;
    }

    /**
     * Whether a blob holds a {@value #CORE}-pixel square beyond {@code half} (half way to its own
     * peak). Blur and downscaling dim a thin stroke or a colon's dot, never a thick blob: a blob
     * that thick and that dim is not the text.
     */
    private boolean thick(byte[] px, int w, int h, int[] members, int count, double half) {
        int r = CORE / 2;
        for (int k = 0; k < count; k++) {
            int x = members[k] % w;
            int y = members[k] / w;
            if (x < r || y < r || x + r >= w || y + r >= h) {
                continue;
            }
            boolean all = true;
            for (int yy = y - r; yy <= y + r && all; yy++) {
                for (int xx = x - r; xx <= x + r && all; xx++) {
                    all = beyond(px[yy * w + xx] & 0xff, half);
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean beyond(int grey, double level) {
        return light ? grey > level : grey < level;
    }
}
