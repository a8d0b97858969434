package io.github.fijiocr.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Tiny text lines for training a line recogniser: a few random digits in one of Java's logical
 * fonts, dark on light, at a random size and place, with a little noise. Each line is returned
 * with its text, so a test knows the truth without any labelling.
 */
public final class DigitLines {
    private static final String[] FONTS = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED};

    private final int height;
    private final int width;
    private final int minDigits;
    private final int maxDigits;

    public DigitLines(int height, int width, int minDigits, int maxDigits) {
        this.height = height;
        this.width = width;
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
    }

    /** One rendered line. */
    public static final class Line {
        public final String text;
        /** {@code height * width} values in [0, 1], row by row: pixel v as v/255. */
        public final float[] pixels;

        Line(String text, float[] pixels) {
            this.text = text;
            this.pixels = pixels;
        }
    }

    public Line next(Random random) {
        StringBuilder text = new StringBuilder();
        int digits = minDigits + random.nextInt(maxDigits - minDigits + 1);
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int ground = 200 + random.nextInt(56);
        g.setColor(new Color(ground, ground, ground));
        g.fillRect(0, 0, width, height);
        int ink = random.nextInt(80);
        g.setColor(new Color(ink, ink, ink));
        // The largest size at which the text still fits, then a random one at or below it.
        Font font = new Font(FONTS[random.nextInt(FONTS.length)], random.nextBoolean() ? Font.BOLD : Font.PLAIN, 26);
        FontMetrics m = g.getFontMetrics(font);
        float fit = Math.min(26f, 26f * (width - 4) / m.stringWidth(text.toString()));
        font = font.deriveFont(fit * (0.7f + 0.3f * random.nextFloat()));
        g.setFont(font);
        m = g.getFontMetrics();
        int textWidth = m.stringWidth(text.toString());
        int inkHeight = (int) Math.ceil(font.createGlyphVector(g.getFontRenderContext(), text.toString())
            .getVisualBounds().getHeight());
        int x = random.nextInt(Math.max(1, width - textWidth));
        int baseline = inkHeight + random.nextInt(Math.max(1, height - inkHeight - 1));
        g.drawString(text.toString(), x, baseline);
        g.dispose();
        byte[] data = new byte[width * height];
        image.getRaster().getDataElements(0, 0, width, height, data);
        float[] pixels = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            float v = (data[i] & 0xff) + (float) (6 * random.nextGaussian());
            pixels[i] = Math.max(0, Math.min(255, v)) / 255f;
        }
        return new Line(text.toString(), pixels);
    }
}
