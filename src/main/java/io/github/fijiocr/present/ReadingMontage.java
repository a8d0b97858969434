package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.train.line.LineReads;
import io.github.fijiocr.train.line.TextModelEvaluation;
import java.awt.Color;
import java.awt.Font;

/**
 * Evaluate Text Model's montage: each evaluated line as it is, with its label and the readings
 * of the model (and of the base model) under it, green when exact and red when not, the lines
 * read wrong first, so that a user sees at a glance what the model gets wrong and why.
 */
public final class ReadingMontage {
    /** More lines than this make an image too tall to look at; the table has them all. */
    static final int MAX_LINES = 60;
    static final int LINE_HEIGHT = 40;
    static final int MAX_LINE_WIDTH = 480;
    static final int TEXT_HEIGHT = 16;

    private ReadingMontage() {
    }

    /** {@code base} may be null; its reads are in the same order as {@code mine}'s. */
    public static ImagePlus of(TextModelEvaluation mine, String name, TextModelEvaluation base, String baseName) {
        int n = mine.reads.size();
        int[] order = new int[n];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (mine.reads.get(i).exact() == (pass == 1)) {
                    order[k++] = i;
                }
            }
        }
        int shown = Math.min(n, MAX_LINES);
        int rows = 2 + (base == null ? 0 : 1);
        int cell = LINE_HEIGHT + rows * TEXT_HEIGHT + 12; // room below the last baseline for descenders
        int width = MAX_LINE_WIDTH + 16;
        ColorProcessor out = new ColorProcessor(width, Math.max(1, shown) * cell);
        out.setColor(Color.WHITE);
        out.fill();
        out.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        out.setAntialiasedText(true);
        for (int j = 0; j < shown; j++) {
            LineReads.Read r = mine.reads.get(order[j]);
            int y = j * cell + 4;
            ImageProcessor line = scaled(r.line.image);
            out.insert(line.convertToRGB(), 8, y);
            int ty = y + LINE_HEIGHT + TEXT_HEIGHT;
            out.setColor(Color.BLACK);
            out.drawString("label: " + r.line.text, 8, ty);
            draw(out, name, r, 8, ty + TEXT_HEIGHT);
            if (base != null) {
                draw(out, baseName, base.reads.get(order[j]), 8, ty + 2 * TEXT_HEIGHT);
            }
        }
        String title = "OCR Text Readings " + name + (n > shown ? " (" + shown + " of " + n + ", wrong first)" : "");
        return new ImagePlus(title, out);
    }

    private static void draw(ColorProcessor out, String name, LineReads.Read r, int x, int y) {
        out.setColor(r.exact() ? new Color(0, 130, 0) : new Color(200, 0, 0));
        out.drawString(name + ": " + r.text + String.format("  (%.2f)", r.confidence), x, y);
    }

    /** The line at {@link #LINE_HEIGHT}, no wider than {@link #MAX_LINE_WIDTH}. */
    private static ImageProcessor scaled(ByteProcessor line) {
        double s = Math.min((double) LINE_HEIGHT / line.getHeight(), (double) MAX_LINE_WIDTH / line.getWidth());
        int w = Math.max(1, (int) Math.round(line.getWidth() * s));
        int h = Math.max(1, (int) Math.round(line.getHeight() * s));
        ImageProcessor copy = line.duplicate(); // the dataset's image: its settings left alone
        copy.setInterpolationMethod(ImageProcessor.BILINEAR);
        return copy.resize(w, h);
    }
}
