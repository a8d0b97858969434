package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.RotatedRectRoi;
import ij.gui.TextRoi;
import ij.plugin.frame.RoiManager;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.LocatedSlice;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.LineReading;
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

    /** What Read Text shows: boxes around the characters and the text above each line, per slice. */
    public static List<Roi> ofReadings(List<LineReading> lines) {
        List<Roi> out = new ArrayList<>();
        for (LineReading line : lines) {
            for (CharacterReading c : line.characters) {
                Roi box = new Roi(c.box);
                box.setStrokeColor(Color.YELLOW);
                box.setPosition(line.slice);
                out.add(box);
            }
            TextRoi label = new TextRoi(line.bounds.x, Math.max(0, line.bounds.y - 14), line.text);
            label.setStrokeColor(Color.CYAN);
            label.setPosition(line.slice);
            out.add(label);
        }
        return out;
    }

    /**
     * Puts {@code rois} in the image's overlay in place of our earlier ones, and, where there is a
     * screen and {@code toManager}, adds copies to the ROI Manager after the user's own (never reset).
     */
    public static void show(ImagePlus image, List<Roi> rois, boolean toManager) {
        image.setOverlay(merge(image.getOverlay(), rois));
        if (toManager && Publisher.hasDisplay()) {
            RoiManager manager = RoiManager.getInstance();
            if (manager == null) {
                manager = new RoiManager();
            }
            for (Roi r : rois) {
                // The overlay keeps its own; the manager gets copies.
                manager.addRoi((Roi) r.clone());
            }
        }
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

    /**
     * The user's named ROIs: the ROI Manager's (also a macro's hidden batch-mode one), else the
     * image's overlay. Headless there is no ROI Manager: ImageJ cannot create one without a screen.
     */
    public static Roi[] userRois(ImagePlus image) {
        RoiManager manager = Publisher.hasDisplay() ? RoiManager.getInstance2() : null;
        if (manager != null && manager.getCount() > 0) {
            return manager.getRoisAsArray();
        }
        Overlay overlay = image.getOverlay();
        return overlay == null ? new Roi[0] : overlay.toArray();
    }
}
