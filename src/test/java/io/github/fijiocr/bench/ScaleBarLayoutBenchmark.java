package io.github.fijiocr.bench;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.github.fijiocr.calibrate.ScaleBar;
import io.github.fijiocr.calibrate.ScaleBarReader;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.Micrographs;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.Random;

/**
 * Scale bars laid out otherwise than the calibration benchmark's (ImageJ's default): the label
 * above, right or left of the bar, in a box (by hand, and as ImageJ's Scale Bar... with a
 * background draws it), in Serif and Monospaced, a thick bar, a bar with end ticks; labels such
 * as 0.5 µm, 500 nm and 1 mm. Per layout: set right (pixel size within 2% or the precision
 * stated), flagged, refused, and wrong left unflagged (the figure that must stay 0).
 * Arguments: images per layout (default 8), seed (default 1), layouts (comma-separated).
 */
public class ScaleBarLayoutBenchmark {
    public static void main(String[] a) throws Exception {
        LineRecognizer rec = new LineRecognizer(ModelFile.bundledLine().predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null);
        int n = a.length > 0 ? Integer.parseInt(a[0]) : 8;
        long seed = a.length > 1 ? Long.parseLong(a[1]) : 1;
        String[] layouts = a.length > 2 ? a[2].split(",") : new String[] {"below", "above", "right", "left", "box",
            "imagej-background", "serif", "mono", "thick", "ticks"};
        System.out.println("| layout | images | set right | flagged | refused | wrong, not flagged |");
        System.out.println("|---|---|---|---|---|---|");
        StringBuilder details = new StringBuilder();
        for (String layout : layouts) {
            int right = 0;
            int flagged = 0;
            int refused = 0;
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                Drawn d = image(seed, i, layout);
                String got;
                try {
                    ScaleBar s = new ScaleBarReader(rec).read(d.imp, null);
                    double off = Math.abs(s.pixelSize() - d.pixel) / d.pixel;
                    boolean ok = s.sure && off <= Math.max(0.02, s.precision());
                    right += ok ? 1 : 0;
                    flagged += s.sure ? 0 : 1;
                    got = String.format(Locale.ROOT, "%s %s %.4g/%.4g %s", s.label, s.sure ? "sure" : "FLAG",
                        s.pixelSize(), d.pixel, s.sure ? "" : s.doubt);
                    if (s.sure && !ok) {
                        wrong++;
                        got = "WRONG " + got;
                    }
                } catch (OcrException e) {
                    refused++;
                    got = "refused " + e.getMessage().split(":")[0];
                }
                details.append(layout).append(String.format(Locale.ROOT, " %d %s bar %d font %d %s: %s%n", i, d.label, d.bar,
                    d.font, d.white ? "white" : "black", got.length() > 160 ? got.substring(0, 160) : got));
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", layout, n, right, flagged, refused, wrong);
        }
        System.out.println();
        System.out.print(details);
    }

    /** One image of the benchmark: the label, the pixel size drawn, and how it was drawn. */
    public static final class Drawn {
        public ImagePlus imp;
        public String label;
        public double pixel;
        public int bar;
        int font;
        boolean white;
    }

    /** Image {@code i} of {@code seed} in {@code layout}: the same in every run (a test can keep one that went wrong). */
    public static Drawn image(long seed, int i, String layout) {
        String[] labels = {"10 µm", "500 nm", "1 mm", "2 µm", "50 µm", "0.5 µm", "100 µm", "20 µm"};
        Random r = new Random(seed * 100_003 + 1000 + i);
        Drawn d = new Drawn();
        d.label = labels[i % labels.length];
        d.imp = Micrographs.still("p", seed * 100_003 + 5000 + i);
        double value = Double.parseDouble(d.label.split(" ")[0]);
        d.bar = 60 + r.nextInt(120);
        d.pixel = value / d.bar;
        d.font = 14 + r.nextInt(12);
        d.white = r.nextBoolean() || layout.equals("box");
        int height = 3 + r.nextInt(5);
        if (!d.white) {
            d.imp.getProcessor().invert();
        }
        if (layout.equals("imagej-background")) {
            // ImageJ rounds the bar to whole pixels: the truth is the unrounded length.
            Micrographs.scaleBarOnBackground(d.imp, d.pixel, d.label.split(" ")[1], value, height, d.font,
                d.white ? Color.BLACK : Color.WHITE, d.white ? Color.WHITE : Color.BLACK);
        } else {
            draw(d.imp.getProcessor(), layout, d.label, d.bar, height, d.font, d.white ? 255 : 0);
        }
        return d;
    }

    static void draw(ImageProcessor ip, String layout, String label, int bar, int height, int font, int ink) {
        int w = ip.getWidth();
        int h = ip.getHeight();
        String face = layout.equals("serif") ? "Serif" : layout.equals("mono") ? "Monospaced" : "SansSerif";
        Font f = new Font(face, layout.equals("box") ? Font.BOLD : Font.PLAIN, font);
        ip.setFont(f);
        ip.setAntialiasedText(true);
        int tw = ip.getStringWidth(label);
        if (layout.equals("thick")) {
            height = 10 + height;
        }
        int x = w - w / 20 - Math.max(bar, tw) - (layout.equals("left") ? tw + 10 : 0) - (layout.equals("right") ? tw + 10 : 0);
        int y = h - h / 20 - height - font - 10;
        int tx;
        int ty;
        switch (layout) {
            case "above":
                y = h - h / 20 - height - 4;
                tx = x + (bar - tw) / 2;
                ty = y - 6;
                break;
            case "right":
                x = w - w / 20 - bar - tw - 10;
                tx = x + bar + 8;
                ty = y + height / 2 + font * 7 / 20;
                break;
            case "left":
                x = w - w / 20 - bar;
                tx = x - tw - 8;
                ty = y + height / 2 + font * 7 / 20;
                break;
            default:
                tx = x + (bar - tw) / 2;
                ty = y + height + font + font / 4;
        }
        if (layout.equals("box")) {
            ink = 0;
            int pad = 8;
            int bx = Math.min(x, tx) - pad;
            int by = y - pad;
            ip.setColor(255);
            ip.setRoi(bx, by, Math.max(bar, tw) + 2 * pad, ty - y + font / 3 + 2 * pad);
            ip.fill();
            ip.resetRoi();
        }
        // A Color, not the int: with an int, antialiased text on these images came out black whatever the ink.
        ip.setColor(new Color(ink, ink, ink));
        ip.setRoi(x, y, bar, height);
        ip.fill();
        ip.resetRoi();
        if (layout.equals("ticks")) {
            ip.setRoi(x, y - 4, 2, height + 8);
            ip.fill();
            ip.setRoi(x + bar - 2, y - 4, 2, height + 8);
            ip.fill();
            ip.resetRoi();
        }
        ip.drawString(label, tx, ty);
    }
}
