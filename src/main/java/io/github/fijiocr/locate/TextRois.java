package io.github.fijiocr.locate;

import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.RotatedRectRoi;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * ROIs for located text, named as the ROI Manager lists them: "line 1" (a rotated rectangle
 * along the line when it is measurably rotated) and "line 1 char 3", each on its slice.
 */
public final class TextRois {
    /** Rotations under this many degrees get an upright box. */
    private static final double UPRIGHT = 0.5;
    private static final String SOURCE_KEY = "source";
    private static final String SOURCE = "fiji-ocr";

    private TextRois() {
    }

    /** {@code stack}: whether ROIs are bound to their slice (true for stacks of more than one slice). */
    public static List<Roi> of(LocatedSlice located, boolean stack) {
        List<Roi> out = new ArrayList<>();
        for (int l = 0; l < located.lines.size(); l++) {
            TextLine line = located.lines.get(l);
            Roi lineRoi = lineRoi(line);
            lineRoi.setName("line " + (l + 1));
            lineRoi.setStrokeColor(Color.CYAN);
            out.add(lineRoi);
            List<Glyph> glyphs = line.glyphs();
            for (int c = 0; c < glyphs.size(); c++) {
                Roi box = new Roi(glyphs.get(c).ink());
                box.setName("line " + (l + 1) + " char " + (c + 1));
                box.setStrokeColor(glyphs.get(c).mark() ? Color.ORANGE : Color.YELLOW);
                out.add(box);
            }
        }
        if (stack) {
            out.forEach(r -> r.setPosition(located.slice));
        }
        return out;
    }

    /**
     * The image's overlay with our earlier ROIs replaced by {@code ours}; the user's own overlay
     * elements stay.
     */
    public static Overlay merge(Overlay existing, List<Roi> ours) {
        Overlay out = new Overlay();
        if (existing != null) {
            for (Roi r : existing.toArray()) {
                if (!SOURCE.equals(r.getProperty(SOURCE_KEY))) {
                    out.add(r);
                }
            }
        }
        for (Roi r : ours) {
            r.setProperty(SOURCE_KEY, SOURCE);
            out.add(r);
        }
        return out;
    }

    private static Roi lineRoi(TextLine line) {
        Rectangle b = line.bounds();
        if (Math.abs(line.angle()) < UPRIGHT) {
            return new Roi(b);
        }
        // Along the line through the first and last glyph centres, as tall as the line's glyphs.
        List<Glyph> g = line.glyphs();
        Rectangle first = g.get(0).ink();
        Rectangle last = g.get(g.size() - 1).ink();
        double tan = Math.tan(Math.toRadians(line.angle()));
        double x1 = first.x;
        double x2 = last.x + last.width;
        double cy1 = first.getCenterY() - (first.getCenterX() - x1) * tan;
        double cy2 = last.getCenterY() + (x2 - last.getCenterX()) * tan;
        int height = g.stream().mapToInt(x -> x.ink().height).max().getAsInt();
        return new RotatedRectRoi(x1, cy1, x2, cy2, height * Math.cos(Math.toRadians(line.angle())) + 2);
    }
}
