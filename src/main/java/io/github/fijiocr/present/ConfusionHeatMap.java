package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.plugin.LutLoader;
import ij.process.FloatProcessor;
import io.github.fijiocr.evaluate.ModelEvaluation;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.IndexColorModel;

/**
 * The confusion matrix as an image: row r (true class) and column c (read class) are a square
 * whose pixel value is the share of class r's images read as c (0..1, shown with the Fire LUT),
 * so rare classes show as clearly as common ones. The margins are NaN; class names, and counts
 * where a cell is big enough, are an overlay, so the pixels stay the shares.
 */
public final class ConfusionHeatMap {
    static final String INFO = "Confusion matrix: rows are true classes (left), columns what the model read "
        + "(top); a pixel's value is the share of the row's images read as the column's class.";

    private ConfusionHeatMap() {
    }

    /** Cell size in pixels: about 720 pixels in all, between 16 and 40 a cell. */
    public static int cellSize(int classes) {
        return Math.max(16, Math.min(40, 720 / Math.max(1, classes)));
    }

    /** Left and top margin in pixels, wide enough for the longest class name and the axis words. */
    public static int margin(ModelEvaluation e) {
        FloatProcessor probe = new FloatProcessor(1, 1);
        probe.setFont(font(cellSize(e.classes().size())));
        int widest = probe.getStringWidth("true \u2193");
        for (String c : e.classes()) {
            widest = Math.max(widest, probe.getStringWidth(c));
        }
        return widest + 8;
    }

    public static ImagePlus of(ModelEvaluation e, String title) {
        int n = e.classes().size();
        int cell = cellSize(n);
        int m = margin(e);
        int[][] confusion = e.confusion();
        FloatProcessor ip = new FloatProcessor(m + n * cell, m + n * cell);
        ip.setValue(Double.NaN);
        ip.fill();
        for (int r = 0; r < n; r++) {
            int support = e.support(r);
            for (int c = 0; c < n; c++) {
                ip.setValue(support == 0 ? Double.NaN : confusion[r][c] / (double) support);
                ip.setRoi(m + c * cell, m + r * cell, cell, cell);
                ip.fill();
            }
        }
        ip.resetRoi();
        IndexColorModel fire = LutLoader.getLut("fire");
        if (fire != null) {
            ip.setColorModel(fire);
        }
        ip.setMinAndMax(0, 1);
        ImagePlus imp = new ImagePlus(title, ip);
        imp.setOverlay(labels(e, ip, cell, m));
        imp.setProperty("Info", INFO);
        return imp;
    }

    private static Overlay labels(ModelEvaluation e, FloatProcessor ip, int cell, int m) {
        Font font = font(cell);
        ip.setFont(font);
        Overlay overlay = new Overlay();
        int textHeight = font.getSize() + 2;
        add(overlay, "read \u2192", 2, 2, font, Color.WHITE);
        add(overlay, "true \u2193", 2, 2 + textHeight, font, Color.WHITE);
        int[][] confusion = e.confusion();
        for (int i = 0; i < e.classes().size(); i++) {
            String name = e.classes().get(i);
            int across = m + i * cell + (cell - ip.getStringWidth(name)) / 2;
            add(overlay, name, across, m - textHeight - 2, font, Color.WHITE);
            add(overlay, name, m - ip.getStringWidth(name) - 4, m + i * cell + (cell - textHeight) / 2, font,
                Color.WHITE);
            for (int c = 0; c < e.classes().size() && cell >= 24; c++) {
                if (confusion[i][c] > 0) {
                    String count = Integer.toString(confusion[i][c]);
                    // Fire is bright above about half: dark digits there, light ones below.
                    Color ink = ip.getPixelValue(m + c * cell, m + i * cell) > 0.5 ? Color.BLACK : Color.WHITE;
                    add(overlay, count, m + c * cell + (cell - ip.getStringWidth(count)) / 2,
                        m + i * cell + (cell - textHeight) / 2, font, ink);
                }
            }
        }
        return overlay;
    }

    private static void add(Overlay overlay, String text, int x, int y, Font font, Color color) {
        TextRoi roi = new TextRoi(x, y, text, font);
        roi.setStrokeColor(color);
        overlay.add(roi);
    }

    private static Font font(int cell) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.min(14, cell - 4)));
    }
}
