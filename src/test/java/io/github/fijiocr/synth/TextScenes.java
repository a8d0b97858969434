package io.github.fijiocr.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Images with known character boxes for the locator's benchmark and tests: printed text, 5x7
 * dot-matrix print with gaps between the dots, seven-segment digits with gaps between segments,
 * light text on dark, text rotated 3 degrees, and two lines. Each character is also drawn alone
 * into a mask with the same transform, so its true box is the box of its own ink even when
 * rotated.
 */
public final class TextScenes {
    /** The kinds of scene, as the benchmark names them. */
    public static final List<String> KINDS = List.of("printed", "dot-matrix", "seven-segment", "light-on-dark",
        "rotated-3", "two-lines");

    private static final String CHARS = "0123456789ABCDEFHKLPTUXYZ";

    /** One generated image with the true box of every character, lines top to bottom. */
    public static final class Scene {
        public final String kind;
        public final BufferedImage image;
        public final List<Rectangle> boxes;
        public final List<String> lines;

        Scene(String kind, BufferedImage image, List<Rectangle> boxes, List<String> lines) {
            this.kind = kind;
            this.image = image;
            this.boxes = boxes;
            this.lines = lines;
        }
    }

    private TextScenes() {
    }

    /** {@code count} scenes of every kind, the same for the same seed. */
    public static List<Scene> generate(int count, long seed) {
        List<Scene> out = new ArrayList<>();
        for (String kind : KINDS) {
            Random r = new Random(seed * 31 + kind.hashCode());
            for (int i = 0; i < count; i++) {
                out.add(scene(kind, r));
            }
        }
        return out;
    }

    public static Scene scene(String kind, Random r) {
        switch (kind) {
            case "printed":
                return draw(kind, List.of(text(r, false)), new FontPainter(font(r), 30 + r.nextInt(20)), 0, false, r);
            case "dot-matrix":
                return draw(kind, List.of(text(r, false)), new DotPainter(3 + r.nextInt(3)), 0, false, r);
            case "seven-segment":
                return draw(kind, List.of(text(r, true)), new SegmentPainter(40 + r.nextInt(30)), 0, r.nextBoolean(), r);
            case "light-on-dark":
                return draw(kind, List.of(text(r, false)), new FontPainter(font(r), 30 + r.nextInt(20)), 0, true, r);
            case "rotated-3":
                return draw(kind, List.of(text(r, false)), new FontPainter(font(r), 30 + r.nextInt(20)),
                    r.nextBoolean() ? 3 : -3, false, r);
            case "two-lines":
                return draw(kind, List.of(text(r, false), text(r, false)), new FontPainter(font(r), 30 + r.nextInt(16)),
                    0, false, r);
            default:
                throw new IllegalArgumentException("unknown scene kind " + kind);
        }
    }

    private static Font font(Random r) {
        String[] names = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"}; // not the logical faces: those differ by machine
        return new Font(names[r.nextInt(names.length)], r.nextBoolean() ? Font.BOLD : Font.PLAIN, 12);
    }

    /** One or two words of 3 to 6 characters (digits only for seven-segment displays). */
    private static String text(Random r, boolean digits) {
        StringBuilder sb = new StringBuilder();
        int words = digits ? 1 : 1 + r.nextInt(2);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            int n = 3 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                sb.append(digits ? (char) ('0' + r.nextInt(10)) : CHARS.charAt(r.nextInt(CHARS.length())));
            }
        }
        return sb.toString();
    }

    /** Draws characters one by one; knows its line height and each character's advance. */
    interface Painter {
        int height();

        double advance(char c);

        void paint(Graphics2D g, char c, double x, double top);
    }

    private static Scene draw(String kind, List<String> lines, Painter painter, double degrees, boolean light,
        Random r) {
        int margin = painter.height();
        double lineWidth = 0;
        for (String line : lines) {
            double w = 0;
            for (char c : line.toCharArray()) {
                w += painter.advance(c);
            }
            lineWidth = Math.max(lineWidth, w);
        }
        int width = (int) lineWidth + 2 * margin;
        int lineStep = (int) (painter.height() * 1.6);
        int height = lineStep * lines.size() + 2 * margin;
        AffineTransform rotation = AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0,
            height / 2.0);
        int paper = 190 + r.nextInt(50);
        int ink = 20 + r.nextInt(60);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(image, rotation);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(-width, -height, 3 * width, 3 * height);
        g.setColor(new Color(ink, ink, ink));
        List<Rectangle> boxes = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            double x = margin;
            double top = margin + l * lineStep;
            for (char c : lines.get(l).toCharArray()) {
                if (c != ' ') {
                    painter.paint(g, c, x, top);
                    boxes.add(ownBox(painter, c, x, top, width, height, rotation));
                }
                x += painter.advance(c);
            }
        }
        g.dispose();
        addNoise(image, light, r);
        return new Scene(kind, image, boxes, lines);
    }

    private static Graphics2D graphics(BufferedImage image, AffineTransform transform) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.transform(transform);
        return g;
    }

    /** The box of the pixels that one character alone inks at least half. */
    private static Rectangle ownBox(Painter painter, char c, double x, double top, int width, int height,
        AffineTransform transform) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(mask, transform);
        g.setColor(Color.WHITE);
        painter.paint(g, c, x, top);
        g.dispose();
        Raster px = mask.getRaster();
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int xx = 0; xx < width; xx++) {
                if (px.getSample(xx, y, 0) >= 128) {
                    x0 = Math.min(x0, xx);
                    x1 = Math.max(x1, xx);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    private static void addNoise(BufferedImage image, boolean invert, Random r) {
        byte[] px = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = px[i] & 0xff;
            if (invert) {
                v = 255 - v;
            }
            v += (int) Math.round(r.nextGaussian() * 5);
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }

    /** Characters of a system font. */
    static final class FontPainter implements Painter {
        private final Font font;
        private final FontMetrics metrics;

        FontPainter(Font base, int size) {
            font = base.deriveFont((float) size);
            BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
            metrics = probe.createGraphics().getFontMetrics(font);
        }

        @Override
        public int height() {
            return metrics.getAscent();
        }

        @Override
        public double advance(char c) {
            return metrics.charWidth(c) + metrics.getAscent() * 0.08;
        }

        @Override
        public void paint(Graphics2D g, char c, double x, double top) {
            g.setFont(font);
            g.drawString(String.valueOf(c), (float) x, (float) (top + metrics.getAscent()));
        }
    }

    /** 5x7 dot-matrix print: round dots with a gap between them, one empty column between characters. */
    static final class DotPainter implements Painter {
        private final int dot;
        private final double pitch;

        DotPainter(int dot) {
            this.dot = dot;
            this.pitch = dot * 1.6;
        }

        @Override
        public int height() {
            return (int) Math.round(7 * pitch);
        }

        @Override
        public double advance(char c) {
            return 6 * pitch + pitch;
        }

        @Override
        public void paint(Graphics2D g, char c, double x, double top) {
            String[] rows = Font5x7.glyph(c);
            for (int row = 0; row < 7; row++) {
                for (int col = 0; col < 5; col++) {
                    if (rows[row].charAt(col) == '#') {
                        g.fill(new Ellipse2D.Double(x + col * pitch, top + row * pitch, dot, dot));
                    }
                }
            }
        }
    }

    /** Seven-segment digits: bevelled bars with a gap at each joint, slightly slanted or upright. */
    static final class SegmentPainter implements Painter {
        /** Segments a-g lit for each digit. */
        private static final String[] LIT = {"abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc",
            "abcdefg", "abcdfg"};
        private final int h;
        private final double w;
        private final double t;

        SegmentPainter(int height) {
            h = height;
            w = height * 0.55;
            t = height * 0.13;
        }

        @Override
        public int height() {
            return h;
        }

        @Override
        public double advance(char c) {
            return w + h * 0.3;
        }

        @Override
        public void paint(Graphics2D g, char c, double x, double top) {
            String lit = LIT[c - '0'];
            double mid = top + h / 2.0;
            double bottom = top + h;
            double gap = t * 0.35;
            for (char s : lit.toCharArray()) {
                switch (s) {
                    case 'a': g.fill(bar(x + gap, top + t / 2, x + w - gap, top + t / 2)); break;
                    case 'g': g.fill(bar(x + gap, mid, x + w - gap, mid)); break;
                    case 'd': g.fill(bar(x + gap, bottom - t / 2, x + w - gap, bottom - t / 2)); break;
                    case 'f': g.fill(bar(x + t / 2, top + gap, x + t / 2, mid - gap)); break;
                    case 'b': g.fill(bar(x + w - t / 2, top + gap, x + w - t / 2, mid - gap)); break;
                    case 'e': g.fill(bar(x + t / 2, mid + gap, x + t / 2, bottom - gap)); break;
                    case 'c': g.fill(bar(x + w - t / 2, mid + gap, x + w - t / 2, bottom - gap)); break;
                    default: break;
                }
            }
        }

        /** A hexagonal bar from (x0, y0) to (x1, y1) along its axis, pointed at both ends. */
        private Path2D bar(double x0, double y0, double x1, double y1) {
            boolean horizontal = y0 == y1;
            double half = t / 2;
            Path2D p = new Path2D.Double();
            if (horizontal) {
                p.moveTo(x0, y0);
                p.lineTo(x0 + half, y0 - half);
                p.lineTo(x1 - half, y0 - half);
                p.lineTo(x1, y0);
                p.lineTo(x1 - half, y0 + half);
                p.lineTo(x0 + half, y0 + half);
            } else {
                p.moveTo(x0, y0);
                p.lineTo(x0 + half, y0 + half);
                p.lineTo(x0 + half, y1 - half);
                p.lineTo(x0, y1);
                p.lineTo(x0 - half, y1 - half);
                p.lineTo(x0 - half, y0 + half);
            }
            p.closePath();
            return p;
        }
    }
}
