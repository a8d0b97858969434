package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that the scene search left out of a label's line, on its left. A light face's strokes
 * (Courier-shaped, a pixel wide and grey from antialiasing) fall apart at the search's threshold,
 * and the line is found as its unit alone, its number made up by the label pattern: {@code 80 mm}
 * read {@code 1mm}, {@code 5 nm} read {@code 1nm} (held-out seed 1648 in Nimbus Mono PS). Digits
 * joined to a cell are not apart from it and stay lost (seed 1641's bold {@code 200 nm} at 0.75,
 * read a sure {@code 1nm}). Looked for again at a lower level: ink is {@link #FAINT} of the line's contrast. A
 * glyph is ink apart from all else (its eight-connected ink ends within the rows searched),
 * about as high as the line's text and shaped as a digit is (not wider than high, not solid),
 * standing on the line's baseline, and reaching
 * {@link #CORE} of the contrast somewhere: text is burned in at the ground's far extreme, a light
 * cell is not.
 */
final class FaintGlyphs {
    /** Ink, as a share of the line's contrast: a thin stroke's grey, above the ground's noise. */
    static final double FAINT = 0.35;
    /**
     * A glyph's strongest pixel reaches this share of the line's contrast: a hairline drawn
     * across two pixels keeps about half its contrast in each.
     */
    static final double CORE = 0.5;
    /**
     * The widest gap, in line heights, between the line and a glyph it left out when the line
     * starts with no digit the image supports (its number lost whole): the space between a
     * number and its unit, about a digit's width in a monospaced face.
     */
    static final double UNIT_GAP = 1.3;
    /**
     * A blob whose ink fills this share of its box is solid: a cell. A digit's counters and the
     * ground between its strokes leave much of its box clear.
     */
    static final double SOLID = 0.75;
    /** The widest gap, in line heights, between two digits of a number (a decimal point between them). */
    static final double DIGIT_GAP = 0.6;

    private FaintGlyphs() {
    }

    /**
     * {@code line}'s box widened left over the glyphs it left out in {@code gray}; null when it
     * left out none. {@code bar}: the scale bar (null: none), whose pixels are no glyph's.
     */
    static Rectangle widened(ByteProcessor gray, Recognizer.ReadLine line, Rectangle bar) {
        Rectangle image = new Rectangle(gray.getWidth(), gray.getHeight());
        Rectangle b = line.bounds.intersection(image);
        if (b.isEmpty() || line.characters.isEmpty()) {
            return null;
        }
        int h = b.height;
        Rectangle notText = bar == null ? new Rectangle() : new Rectangle(bar.x - 1, bar.y - 1, bar.width + 2,
            bar.height + 2);
        int[] side = LabelShape.groundAndSide(gray, b);
        int contrast = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                if (!notText.contains(x, y)) {
                    contrast = Math.max(contrast, LabelShape.strength(gray.get(x, y), side));
                }
            }
        }
        CharacterReading first = line.characters.get(0);
        int edge = first.box.x;
        // Room for a number of several digits and the space before its unit.
        Rectangle window = new Rectangle(b.x - 6 * h, b.y - h / 2, 7 * h, b.height + 2 * (h / 2)).intersection(image);
        if (contrast <= 0 || window.isEmpty() || window.x >= edge) {
            return null;
        }
        int baseline = baseline(gray, line, b, notText, side, contrast);
        if (baseline < 0) {
            return null;
        }
        List<int[]> glyphs = glyphs(gray, window, notText, side, contrast, b, edge);
        // A digit stands on the line's baseline; a cell beside it seldom ends there.
        glyphs.removeIf(g -> Math.abs(g[3] - baseline) > Math.max(2, 0.15 * (g[3] - g[1])));
        boolean numberLost = !Character.isDigit(first.label.codePointAt(0))
            || first.confidence < LabelJudge.MADE_UP_DIGIT;
        double gap = (numberLost ? UNIT_GAP : DIGIT_GAP) * h;
        int left = edge;
        int top = b.y;
        int bottom = b.y + b.height;
        glyphs.sort(Comparator.comparingInt((int[] g) -> g[2]).reversed());
        for (int[] g : glyphs) {
            if (g[2] > left || left - g[2] > gap) {
                continue;
            }
            left = g[0];
            top = Math.min(top, g[1]);
            bottom = Math.max(bottom, g[3]);
            gap = DIGIT_GAP * h;
        }
        if (left == edge) {
            return null;
        }
        int margin = Math.max(2, h / 4);
        int x = Math.max(0, left - margin);
        return new Rectangle(x, top, b.x + b.width - x, bottom - top).intersection(image);
    }

    /**
     * The row under the line's lowest ink below its last character, in {@code b} (the line's box
     * in the image): a unit's last letter stands on the baseline (a µ's descender is before it);
     * -1 when there is no ink there.
     */
    private static int baseline(ByteProcessor gray, Recognizer.ReadLine line, Rectangle b, Rectangle notText,
        int[] side, int contrast) {
        Rectangle last = line.characters.get(line.characters.size() - 1).box;
        int baseline = -1;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = Math.max(b.x, last.x); x < Math.min(b.x + b.width, last.x + last.width); x++) {
                if (!notText.contains(x, y) && LabelShape.strength(gray.get(x, y), side) >= FAINT * contrast) {
                    baseline = y + 1;
                }
            }
        }
        return baseline;
    }

    /**
     * The glyphs in {@code window} at the rows of the line {@code b} and left of column
     * {@code edge} (its first character's; its box's margin can take in a glyph left out):
     * {x0, y0, x1, y1} (ends exclusive), parts of one glyph (its strokes fall apart) joined where
     * their columns overlap.
     */
    private static List<int[]> glyphs(ByteProcessor gray, Rectangle window, Rectangle notText, int[] side,
        int contrast, Rectangle b, int edge) {
        int w = window.width;
        int hw = window.height;
        boolean[][] ink = new boolean[hw][w];
        for (int y = 0; y < hw; y++) {
            for (int x = 0; x < w; x++) {
                int gx = window.x + x;
                int gy = window.y + y;
                ink[y][x] = !notText.contains(gx, gy)
                    && LabelShape.strength(gray.get(gx, gy), side) >= FAINT * contrast;
            }
        }
        int h = b.height;
        List<int[]> parts = new ArrayList<>();
        boolean[][] seen = new boolean[hw][w];
        for (int y = 0; y < hw; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y][x] && !seen[y][x]) {
                    int[] part = part(gray, ink, seen, x, y, window, side);
                    // Apart from all else: not at the window's edges (a cell or the image's edge goes on there).
                    boolean apart = part[0] > 0 && part[1] > 0 && part[3] < hw && part[2] < w;
                    double middle = window.y + (part[1] + part[3]) / 2.0;
                    if (apart && window.x + part[2] <= edge && middle >= b.y && middle <= b.y + b.height) {
                        parts.add(new int[] {window.x + part[0], window.y + part[1], window.x + part[2],
                            window.y + part[3], part[4], part[5]});
                    }
                }
            }
        }
        List<int[]> joined = new ArrayList<>();
        parts.sort(Comparator.comparingInt((int[] p) -> p[0]));
        for (int[] p : parts) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && p[0] < last[2]) {
                last[1] = Math.min(last[1], p[1]);
                last[2] = Math.max(last[2], p[2]);
                last[3] = Math.max(last[3], p[3]);
                last[4] = Math.max(last[4], p[4]);
                last[5] += p[5];
            } else {
                joined.add(p.clone());
            }
        }
        joined.removeIf(g -> !glyphLike(g, h, contrast));
        return joined;
    }

    /**
     * Whether {@code g} ({x0, y0, x1, y1, strongest, ink pixels}) can be a digit of a line
     * {@code h} pixels high whose text reaches {@code contrast}: from 0.4 of the line's height
     * to all of it; no wider than high (a digit never is; a cell lying on its side is); not a
     * solid blob ({@link #SOLID} of its box or more), unless as narrow as a 1's stem; and
     * reaching {@link #CORE} of the contrast.
     */
    private static boolean glyphLike(int[] g, int h, int contrast) {
        int gh = g[3] - g[1];
        int gw = g[2] - g[0];
        boolean solid = g[5] >= SOLID * gw * gh && gw > 0.5 * gh;
        return gh >= 0.4 * h && gh <= h + 1 && gw <= gh + 1 && !solid && g[4] >= CORE * contrast;
    }

    /**
     * The eight-connected ink from ({@code x0}, {@code y0}): {x0, y0, x1, y1} in window pixels,
     * its strongest pixel's strength and its count of pixels.
     */
    private static int[] part(ByteProcessor gray, boolean[][] ink, boolean[][] seen, int x0, int y0, Rectangle window,
        int[] side) {
        int[] box = {x0, y0, x0 + 1, y0 + 1, 0, 0};
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {x0, y0});
        seen[y0][x0] = true;
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0] + 1);
            box[3] = Math.max(box[3], p[1] + 1);
            box[4] = Math.max(box[4], LabelShape.strength(gray.get(window.x + p[0], window.y + p[1]), side));
            box[5]++;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (y >= 0 && y < ink.length && x >= 0 && x < ink[0].length && ink[y][x] && !seen[y][x]) {
                        seen[y][x] = true;
                        todo.add(new int[] {x, y});
                    }
                }
            }
        }
        return box;
    }
}
