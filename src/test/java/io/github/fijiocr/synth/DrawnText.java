package io.github.fijiocr.synth;

import ij.process.ByteProcessor;
import java.awt.Font;

/** Text drawn by ImageJ, antialiased, on a plain 8-bit ground: the tests' simplest line images. */
public final class DrawnText {
    private DrawnText() {
    }

    /** {@code text} in {@code font}, {@code ink} on {@code ground}, its baseline at ({@code x}, {@code baseline}). */
    public static ByteProcessor line(String text, Font font, int w, int h, int ground, int ink, int x, int baseline) {
        ByteProcessor bp = new ByteProcessor(w, h);
        bp.setColor(ground);
        bp.fill();
        bp.setColor(ink);
        bp.setAntialiasedText(true);
        bp.setFont(font);
        bp.drawString(text, x, baseline);
        return bp;
    }

    /** As {@link #line}, in plain DejaVu Sans of {@code size} points (installed on every machine the tests run on). */
    public static ByteProcessor sans(String text, int size, int w, int h, int ground, int ink, int x, int baseline) {
        return line(text, new Font("DejaVu Sans", Font.PLAIN, size), w, h, ground, ink, x, baseline);
    }
}
