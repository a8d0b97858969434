package io.github.fijiocr.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes the project's sample images with their true text to a folder (test-images/): a line of
 * digits, a timestamp, an expiry label and a seven-segment reading (light on dark, in colour).
 * Usage: {@code TestImages FOLDER [font_dir]}.
 */
public final class TestImages {
    private TestImages() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        FontCatalog fonts = FontCatalog.scan(Path.of(args.length > 1 ? args[1] : "/usr/share/fonts"));
        Files.createDirectories(dir);
        Map<String, String> labels = new LinkedHashMap<>();
        Random random = new Random(7);
        write(dir, "digits.png", line("4815162342", fonts.find("DejaVu Sans"), 44, Color.BLACK, Color.WHITE, random),
            "4815162342", labels);
        write(dir, "timestamp.png", line("12:34:56.789", fonts.find("DejaVu Sans Mono"), 40, new Color(20, 20, 20),
            new Color(235, 235, 225), random), "12:34:56.789", labels);
        write(dir, "expiry.png", line("EXP 2027-03-14", fonts.find("Liberation Sans Bold"), 42, new Color(30, 30, 60),
            new Color(250, 248, 240), random), "EXP 2027-03-14", labels);
        write(dir, "led-display.png", line("0427", fonts.find("DSEG7 Classic-Regular"), 56, new Color(255, 60, 40),
            new Color(25, 10, 10), random), "0427", labels);
        StringBuilder csv = new StringBuilder("path,label\n");
        labels.forEach((k, v) -> csv.append(k).append(',').append(v).append('\n'));
        Files.writeString(dir.resolve("labels.csv"), csv.toString(), StandardCharsets.UTF_8);
    }

    /** One line of text with margins, anti-aliased, with mild sensor noise. */
    public static BufferedImage line(String text, Font font, int size, Color ink, Color paper, Random random) {
        Font f = font.deriveFont((float) size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(f);
        int w = fm.stringWidth(text) + size * 2;
        int h = fm.getAscent() + fm.getDescent() + size;
        pg.dispose();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(f);
        g.setColor(ink);
        g.drawString(text, size, size / 2 + fm.getAscent());
        g.dispose();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = img.getRGB(x, y);
                int n = (int) Math.round(random.nextGaussian() * 4);
                int r = clamp(((c >> 16) & 0xff) + n);
                int gr = clamp(((c >> 8) & 0xff) + n);
                int b = clamp((c & 0xff) + n);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void write(Path dir, String name, BufferedImage img, String text, Map<String, String> labels)
        throws IOException {
        ImageIO.write(img, "png", dir.resolve(name).toFile());
        labels.put(name, text);
    }
}
