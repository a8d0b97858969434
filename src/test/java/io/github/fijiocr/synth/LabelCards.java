package io.github.fijiocr.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Label-like PNGs for the many-images benchmarks: one line such as {@code LOT 0421-17} on a light
 * card, in one of four Debian fonts, seeded. Run as a program it writes a folder:
 * {@code LabelCards DIR COUNT [SEED]}.
 */
public final class LabelCards {
    private static final String[] FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans"};

    private LabelCards() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        write(dir, Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 21);
    }

    /** {@code count} cards named {@code label-00000.png} on; returns {@code dir}. */
    public static Path write(Path dir, int count, long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(240, 64, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int ground = 200 + r.nextInt(50);
            g.setColor(new Color(ground, ground, ground));
            g.fillRect(0, 0, 240, 64);
            g.setColor(new Color(r.nextInt(60), r.nextInt(60), r.nextInt(60)));
            g.setFont(new Font(FONTS[r.nextInt(FONTS.length)], Font.PLAIN, 22 + r.nextInt(10)));
            String text = String.format(Locale.ROOT, "LOT %04d-%02d", r.nextInt(10000), r.nextInt(100));
            g.drawString(text, 10 + r.nextInt(20), 40 + r.nextInt(10));
            g.dispose();
            ImageIO.write(img, "png", dir.resolve(String.format(Locale.ROOT, "label-%05d.png", i)).toFile());
        }
        return dir;
    }
}
