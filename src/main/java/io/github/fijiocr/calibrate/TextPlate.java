package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;

/**
 * A flat box the text is drawn on, as much acquisition software draws behind its timestamp: a
 * white plate under black text on a dark field (or a black one under white text on a bright
 * field). The plate is the text's ground, and what lies past its edge (the field, a cell) is no
 * text, however it compares with the text's grey.
 */
final class TextPlate {
    /**
     * The plate's grey, and how far from it a pixel may lie and still be plate: an eighth of the
     * way to the field's grey, or four times the plate's own spread where that is more (never
     * past half way). A plate is flat; a bright cell against its edge is of the plate's side but
     * not of its grey (a cell at 190 beside a white plate, the field at 50: half way, it was
     * plate, and its rim read as one more digit on every slice).
     */
    private final int grey;
    private final double reach;
    /** The tolerance's parts: the share of the way to the field, and the spread's multiple. */
    static final double WAY_TO_FIELD = 0.125;
    static final double SPREAD = 4;
    /** Whether the text is light (on a darker plate). */
    final boolean light;

    private TextPlate(int grey, double reach, boolean light) {
        this.grey = grey;
        this.reach = reach;
        this.light = light;
    }

    /**
     * The plate under the text found in {@code box}, judged against {@code around} (the box with a
     * text height on every side), where the field is most of what there is; null: none. Most of
     * a box is its text's ground (text never covers most of it). A plate is a ground as far out
     * as the furthest 1% around it on what, seen from the field, is the ink's side (a white plate
     * under black text on a dark field); its text is of the other side. A cell under text is
     * dimmer than the text. (A plate beyond the other side, a black plate under white text on a
     * dark field, needs nothing: the text's side is judged right, and the plate is ground. Cut to
     * that plate's edge, 2 of 54 fresh stacks were refused that had read right; see BENCHMARKS.md.)
     */
    static TextPlate under(ByteProcessor gray, Rectangle box, Rectangle around) {
        // Around the box, not over it: where the image's edge clips the ring (a timestamp at the
        // bottom), the plate would otherwise be most of it, and be taken for the field.
        int[] a = greys(gray, around, box);
        int[] b = greys(gray, box, null);
        boolean light = a[2] - a[1] >= a[1] - a[0];
        int median = b[1];
        double way = Math.abs(a[1] - median);
        double halfWay = way / 2;
        if (halfWay < 1) {
            return null;
        }
        // As far out as the furthest around it, within an eighth of the way: JPEG rings a white
        // plate's pixels by a few greys, and its brightest, around the text, outdo its median.
        // (Not within its spread: a textured bright cell under white text would pass.)
        double flat = WAY_TO_FIELD * way;
        if (!(light ? median >= a[2] - flat : median <= a[0] + flat)) {
            return null;
        }
        double reach = Math.min(halfWay, Math.max(flat, SPREAD * spread(gray, box, median, halfWay)));
        return new TextPlate(median, reach, !light);
    }

    /**
     * The median distance from {@code grey} of the pixels in {@code box} within {@code halfWay}
     * of it: the plate's own noise (text's edges are fewer than its ground's pixels).
     */
    private static double spread(ByteProcessor gray, Rectangle box, int grey, double halfWay) {
        int[] hist = new int[256];
        int n = 0;
        Rectangle r = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int d = Math.abs(gray.get(x, y) - grey);
                if (d <= halfWay) {
                    hist[d]++;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : GrayImages.percentile(hist, n, 0.5);
    }

    /** The 1st, 50th and 99th percentiles of the grey in {@code r} outside {@code hole} (null: none). */
    private static int[] greys(ByteProcessor gray, Rectangle r, Rectangle hole) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (hole == null || !hole.contains(x, y)) {
                    hist[gray.get(x, y)]++;
                    n++;
                }
            }
        }
        if (n == 0 && hole != null) {
            return greys(gray, r, null);
        }
        n = Math.max(1, n);
        return new int[] {GrayImages.percentile(hist, n, 0.01), GrayImages.percentile(hist, n, 0.5),
            GrayImages.percentile(hist, n, 0.99)};
    }

    private boolean at(int v) {
        return Math.abs(v - grey) <= reach;
    }

    /** Whether pixel {@code (x, y)} is of the plate's grey. */
    boolean at(ByteProcessor gray, int x, int y) {
        return at(gray.get(x, y));
    }

    /**
     * The plate's edges around {@code text} (its ink, on the plate) within {@code limit}: from the
     * text outward, the first row, then the first column, that shows none of the plate's grey is
     * past its edge (text leaves some in every row and column it crosses). A side whose edge lies
     * outside {@code limit} is at limit's edge.
     */
    Rectangle extent(ByteProcessor gray, Rectangle text, Rectangle limit) {
        Rectangle l = limit.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        Rectangle t = text.intersection(l);
        if (t.isEmpty()) {
            return l;
        }
        int x1 = t.x + t.width - 1;
        int top = t.y;
        int bottom = t.y + t.height - 1;
        while (top > l.y && inRow(gray, top - 1, t.x, x1)) {
            top--;
        }
        while (bottom < l.y + l.height - 1 && inRow(gray, bottom + 1, t.x, x1)) {
            bottom++;
        }
        Rectangle rows = new Rectangle(t.x, top, t.width, bottom - top + 1);
        int left = t.x;
        int right = x1;
        while (left > l.x && inColumn(gray, left - 1, rows)) {
            left--;
        }
        while (right < l.x + l.width - 1 && inColumn(gray, right + 1, rows)) {
            right++;
        }
        return new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }

    /** Whether column {@code x} shows the plate within {@code b}'s rows: text always leaves some between its strokes. */
    boolean inColumn(ByteProcessor gray, int x, Rectangle b) {
        for (int y = b.y; y < b.y + b.height; y++) {
            if (at(gray.get(x, y))) {
                return true;
            }
        }
        return false;
    }

    private boolean inRow(ByteProcessor gray, int y, int x0, int x1) {
        for (int x = x0; x <= x1; x++) {
            if (at(gray.get(x, y))) {
                return true;
            }
        }
        return false;
    }

    /** {@code box} without the columns, then the rows, at its ends that show no plate: past its edge. */
    Rectangle trim(ByteProcessor gray, Rectangle box) {
        Rectangle b = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (b.isEmpty()) {
            return box;
        }
        int left = b.x;
        int right = b.x + b.width - 1;
        while (left < right && !inColumn(gray, left, b)) {
            left++;
        }
        while (right > left && !inColumn(gray, right, b)) {
            right--;
        }
        int top = b.y;
        int bottom = b.y + b.height - 1;
        while (top < bottom && !inRow(gray, top, left, right)) {
            top++;
        }
        while (bottom > top && !inRow(gray, bottom, left, right)) {
            bottom--;
        }
        return new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }
}
