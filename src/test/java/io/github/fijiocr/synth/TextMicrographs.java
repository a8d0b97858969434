package io.github.fijiocr.synth;

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Micrographs of many kinds with a burned-in timestamp and a scale bar with its label, for the
 * question "is every text found and no cell taken for text": fluorescence (bright cells on a dark
 * uneven ground) or brightfield (dark cells on a bright one), filled cells or membrane-stained
 * rings, from 640x480 to 12 megapixels with cells and text sized for the camera, text white or
 * black in several fonts and corners. Everything follows from the seed.
 */
public final class TextMicrographs {
    /** Sizes a camera gives: VGA, XGA, a 3-megapixel and a 12-megapixel sensor. */
    private static final int[][] SIZES = {{640, 480}, {1024, 768}, {2048, 1536}, {4000, 3000}};
    static final String[] FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans",
        "FreeSans", "Nimbus Sans"};
    private static final int[] BAR_NUMBERS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500};
    private static final String[] UNITS = {"µm", "nm", "mm", "um"};

    private TextMicrographs() {
    }

    /** One micrograph: its pixels, and its two texts with their boxes (stamp first, then label). */
    public static final class Scene {
        public final ByteProcessor image;
        public final List<String> texts = new ArrayList<>();
        public final List<Rectangle> boxes = new ArrayList<>();
        /** The scale bar's own box (not text: a line read there is neither text found nor a cell). */
        public Rectangle bar;
        /** How it was made, for a table's rows: size, kind, cells, font. */
        public String kind;

        Scene(ByteProcessor image) {
            this.image = image;
        }
    }

    /** The micrograph of {@code seed}, its text sized as {@code -Dmicrographs.unscaledText} says. */
    public static Scene make(long seed) {
        return make(seed, Boolean.getBoolean("micrographs.unscaledText"));
    }

    /**
     * The micrograph of {@code seed}; with {@code unscaledText}, its text 14 to 27 pixels high at
     * every size, as ImageJ's Label... and Scale Bar... draw text at a size in pixels whatever the
     * image's (a 12-megapixel frame then has small print).
     */
    public static Scene make(long seed, boolean unscaledText) {
        // Mixed first: java.util.Random's first draws from neighbouring seeds are alike.
        Random r = new Random(new java.util.SplittableRandom(seed).nextLong());
        int[] size = SIZES[r.nextInt(SIZES.length)];
        int w = size[0];
        int h = size[1];
        double k = w / 640.0; // the camera's resolution against VGA
        double magnification = 0.6 + 0.9 * r.nextDouble(); // cells' size at that resolution
        boolean brightfield = r.nextInt(3) == 0;
        boolean rings = r.nextInt(4) == 0;
        String chosen = FONTS[r.nextInt(FONTS.length)];
        // A face this machine lacks is drawn in DejaVu Sans, and said so: Java would draw it in
        // its logical Dialog face, which fontconfig makes whatever sans-serif the machine has.
        String font = installed(chosen) ? chosen : "DejaVu Sans";
        boolean whiteText = brightfield ? r.nextInt(4) == 0 : r.nextInt(4) != 0;
        // Burned-in text is sized for the screen: a little larger on larger images, not in proportion.
        double textScale = unscaledText ? 1 : Math.sqrt(k);
        int stampPx = (int) Math.round((14 + r.nextInt(14)) * textScale);
        int labelPx = (int) Math.round(stampPx * (0.75 + 0.3 * r.nextDouble()));
        String stamp = stamp(r);
        String label = BAR_NUMBERS[r.nextInt(BAR_NUMBERS.length)] + " " + UNITS[r.nextInt(UNITS.length)];

        float[] field = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = 25 + 30.0 * x / w + 15.0 * y / h;
                field[y * w + x] = (float) (brightfield ? 255 - v : v);
            }
        }
        FloatProcessor fp = new FloatProcessor(w, h, field);
        // The texts' places first: cells are kept off them (text over a cell is another question).
        ByteProcessor probe = new ByteProcessor(1, 1);
        probe.setFont(new Font(font, Font.PLAIN, stampPx));
        FontMetrics fm = probe.getFontMetrics();
        int margin = (int) Math.round(15 * Math.sqrt(k));
        int corner = r.nextInt(3); // 0 top left, 1 top right, 2 bottom left
        int sw = fm.stringWidth(stamp);
        int sx = corner == 1 ? w - margin - sw : margin;
        // ImageJ's drawString takes the text box's lower left corner (the descent included).
        int stampHeight = fm.getAscent() + fm.getDescent();
        int sy = corner == 2 ? h - margin : margin + stampHeight;
        Rectangle stampBox = new Rectangle(sx, sy - stampHeight, sw, stampHeight);
        probe.setFont(new Font(font, Font.PLAIN, labelPx));
        FontMetrics lm = probe.getFontMetrics();
        int lw = lm.stringWidth(label);
        int lx = corner == 2 ? w - margin - lw : (r.nextBoolean() ? w - margin - lw : margin);
        int ly = h - margin;
        Rectangle labelBox = new Rectangle(lx, ly - lm.getAscent() - lm.getDescent(), lw, lm.getAscent() + lm.getDescent());
        int barHeight = Math.max(3, labelPx / 4);
        // Above the label with a gap, as Analyze > Tools > Scale Bar... draws it.
        Rectangle bar = new Rectangle(lx, labelBox.y - barHeight - labelPx / 4, lw, barHeight);

        int cells = (int) (45 / (magnification * magnification));
        List<Rectangle> keepOff = List.of(grow(stampBox, margin), grow(labelBox.union(bar), margin));
        for (int i = 0, placed = 0; i < 20 * cells && placed < cells; i++) {
            int rx = (int) Math.round((8 + r.nextInt(18)) * k * magnification);
            int ry = (int) Math.round((8 + r.nextInt(18)) * k * magnification);
            Rectangle cell = new Rectangle(r.nextInt(w) - rx, r.nextInt(h) - ry, 2 * rx, 2 * ry);
            if (keepOff.stream().anyMatch(cell::intersects)) {
                continue;
            }
            int contrast = 85 + r.nextInt(90);
            fp.setColor(brightfield ? 215 - contrast : 25 + contrast);
            if (rings) {
                fp.setLineWidth(Math.max(2, (int) Math.round(3 * k)));
                fp.drawOval(cell.x, cell.y, cell.width, cell.height);
            } else {
                fp.fillOval(cell.x, cell.y, cell.width, cell.height);
            }
            placed++;
        }
        fp.blurGaussian(2 * k);
        ByteProcessor ip = fp.convertToByteProcessor(false);
        ip.setAntialiasedText(true);
        ip.setColor(whiteText ? java.awt.Color.WHITE : java.awt.Color.BLACK);
        ip.setFont(new Font(font, Font.PLAIN, stampPx));
        ip.drawString(stamp, sx, sy);
        ip.setFont(new Font(font, Font.PLAIN, labelPx));
        ip.drawString(label, lx, ly);
        ip.fill(new ij.gui.Roi(bar));
        for (int i = 0; i < w * h; i++) {
            ip.set(i, Math.max(0, Math.min(255, (int) Math.round(ip.get(i) + r.nextGaussian() * 6))));
        }
        Scene out = new Scene(ip);
        out.texts.add(stamp);
        out.boxes.add(stampBox);
        out.texts.add(label);
        out.boxes.add(labelBox);
        out.bar = bar;
        out.kind = w + "x" + h + (brightfield ? " brightfield" : " fluorescence") + (rings ? " rings" : " cells")
            + String.format(" x%.1f", magnification) + ", " + font + (font.equals(chosen) ? "" : " (" + chosen
            + " not installed)") + " " + stampPx + "px " + (whiteText ? "white" : "black");
        return out;
    }

    /** Whether the machine has the font {@code family} (a micrograph drawn without it is drawn in DejaVu Sans). */
    public static boolean installed(String family) {
        return java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(java.util.Locale.ROOT)).contains(family);
    }

    private static Rectangle grow(Rectangle b, int by) {
        return new Rectangle(b.x - by, b.y - by, b.width + 2 * by, b.height + 2 * by);
    }

    /** A timestamp in one of the forms microscopes and ImageJ's Label... write. */
    private static String stamp(Random r) {
        int s = r.nextInt(3600 * 3);
        switch (r.nextInt(5)) {
            case 0:
                return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
            case 1:
                return String.format("%02d:%02d", s / 60 % 60, s % 60);
            case 2:
                return String.format("t = %.2f s", s / 100.0);
            case 3:
                return (s % 600) + " sec";
            default:
                return String.format("%d.%d min", s / 600, s % 10);
        }
    }
}
