package io.github.fijiocr.locate;

import java.awt.Rectangle;

/**
 * Digits a point or colon's whole cell apart, joined into one line in a whole image's search
 * ({@link SceneLines}). A monospaced face sets a point or colon in a cell as wide as a digit's, so
 * the digits either side stand over a height apart, past the gap that chains characters: a
 * timestamp {@code t = 98.16 s} in DejaVu Sans Mono made two pairs of digits and no line. What
 * lies between them tells such a gap from a word space or the gap between two cells.
 */
final class AcrossMarks {
    private AcrossMarks() {
    }

    /**
     * Whether {@code a} and {@code b} are two characters of one height (a number's digits, or
     * capitals) that a monospaced face's point or colon stands between in a whole cell: level
     * (heights, tops and bottoms within {@link #LEVEL} of the lower), one to
     * {@link SceneLines#CELL_GAP} heights apart, and the ink between them in {@code mask} a point
     * on their baseline or a colon, nothing else. {@code 98.16} in DejaVu Sans Mono is two pairs
     * 1.1 heights apart, no chain of three; a serif {@code mm}'s stems stand as far apart, but with
     * its arches between them.
     */
    static boolean join(byte[] mask, int w, Rectangle a, Rectangle b) {
        if (SceneLines.small(a) || SceneLines.small(b) || !level(a, b)) {
            return false;
        }
        Rectangle left = a.x <= b.x ? a : b;
        Rectangle right = left == a ? b : a;
        int height = Math.max(a.height, b.height);
        int x0 = left.x + left.width;
        int x1 = right.x;
        if (x1 - x0 <= height || x1 - x0 > SceneLines.CELL_GAP * height) {
            return false;
        }
        int y0 = Math.min(a.y, b.y);
        int y1 = Math.max(a.y + a.height, b.y + b.height);
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int[] firstRow = {-1, -1};
        int[] lastRow = {-1, -1};
        int runs = 0;
        boolean inRun = false;
        for (int y = y0; y < y1; y++) {
            boolean ink = false;
            for (int x = x0, i = y * w + x0; x < x1; x++, i++) {
                if (mask[i] != 0) {
                    ink = true;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
            if (ink && !inRun) {
                if (runs == 2) {
                    return false; // a third mark: no point, no colon
                }
                firstRow[runs++] = y;
            }
            if (ink) {
                lastRow[runs - 1] = y;
            }
            inRun = ink;
        }
        if (runs == 0 || minX == x0 || maxX == x1 - 1 || maxX - minX + 1 > MARK * height) {
            return false; // nothing, ink reaching a glyph, or wider than a point
        }
        for (int r = 0; r < runs; r++) {
            if (lastRow[r] - firstRow[r] + 1 > MARK * height) {
                return false;
            }
        }
        // The lower mark sits on the baseline; a colon's upper one stands clear of the top.
        return lastRow[runs - 1] >= y1 - 1 - MARK * height && (runs == 1 || firstRow[0] >= y0 + 0.15 * height);
    }

    /** A point or a colon's dot is at most this share of the digits' height across. */
    static final double MARK = 0.35;

    /** How alike in height, top and bottom two digits are, as a share of the lower one's height. */
    static final double LEVEL = 0.15;

    /** Whether two boxes have the same height, top and bottom, within {@link #LEVEL} of the lower one's height. */
    static boolean level(Rectangle a, Rectangle b) {
        double slack = LEVEL * Math.min(a.height, b.height);
        return Math.abs(a.y - b.y) <= slack && Math.abs(a.y + a.height - (b.y + b.height)) <= slack;
    }
}
