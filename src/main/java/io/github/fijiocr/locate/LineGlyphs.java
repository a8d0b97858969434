package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of one line made into whole characters, left to right: parts that share columns or
 * lie one above the other are one glyph (segments, colons, broken strokes); specks and glyphs the
 * filters reject are dropped, and so are characters cut off by the left or right border; glyphs
 * as wide as several characters are cut at the thinnest columns; wide gaps start words.
 */
final class LineGlyphs {
    /** A glyph lower than this share of the line is punctuation (dot, comma, hyphen). */
    private static final double MARK_HEIGHT = 0.4;
    /** Characters narrower than this share of the line height do not set the usual width (1, I, marks). */
    private static final double NARROW = 0.4;
    /** Glyphs wider than this many usual widths are touching characters (W and M reach 1.6). */
    private static final double SPLIT_WIDTH = 1.8;

    /** A glyph this many times wider than high is a rule or a display's edge, not a character. */
    private static final double RULE = 8;

    /** Parts of more particles than this are not judged solid ({@link #solid}): dot-matrix characters. */
    private static final int MAX_SOLID_PARTICLES = 4;

    private final LocateOptions options;
    private final Particles particles;
    private final InkMask mask;
    private final int grow;
    private final double tan;

    /** {@code grow}: pixels a glyph's own ink is widened by (what the opening trimmed, anti-aliasing). */
    LineGlyphs(LocateOptions options, Particles particles, InkMask mask, int grow, double angle) {
        this.options = options;
        this.particles = particles;
        this.mask = mask;
        this.grow = grow;
        this.tan = Math.tan(angle);
    }

    List<Glyph> glyphs(List<Part> members) {
        List<Part> parts = join(members);
        if (parts.isEmpty()) {
            return List.of();
        }
        int tallest = parts.stream().mapToInt(p -> p.box.height).max().getAsInt();
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Part p : parts) {
            if (p.box.height >= 0.6 * tallest) {
                top = Math.min(top, p.box.y - p.cx() * tan);
                bottom = Math.max(bottom, p.box.y + p.box.height - p.cx() * tan);
            }
        }
        double band = bottom - top;
        parts.removeIf(p -> Math.max(p.box.width, p.box.height) < options.minSize * band || !passes(p)
            || p.box.width > RULE * p.box.height);
        double usual = usualWidth(parts, band);
        if (options.dropCut) {
            parts.removeIf(p -> cutByBorder(p, usual));
        }
        if (options.split) {
            parts = split(parts, usual, band);
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        double wordGap = wordGapThreshold(parts, band);
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            int cellTop = (int) Math.floor(Math.min(top + p.cx() * tan, p.box.y));
            int cellBottom = (int) Math.ceil(Math.max(bottom + p.cx() * tan, p.box.y + p.box.height));
            cellTop = Math.max(0, cellTop);
            cellBottom = Math.min(mask.height, cellBottom);
            Rectangle cell = new Rectangle(p.box.x, cellTop, p.box.width, cellBottom - cellTop);
            boolean wordStart = i > 0 && Part.gapX(parts.get(i - 1).box, p.box) > wordGap;
            boolean mark = p.box.height < MARK_HEIGHT * band;
            glyphs.add(new Glyph(new Rectangle(p.box), cell, wordStart, mark, own(p, cell), solid(p)));
        }
        return glyphs;
    }

    /** Parts that belong to one glyph joined, sorted left to right. */
    private static List<Part> join(List<Part> members) {
        UnionFind groups = new UnionFind(members.size());
        // Only parts that share columns can join: a sweep left to right, not every pair.
        Integer[] byX = new Integer[members.size()];
        for (int i = 0; i < byX.length; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, Comparator.comparingInt(i -> members.get(i).box.x));
        for (int a = 0; a < byX.length; a++) {
            Rectangle left = members.get(byX[a]).box;
            for (int b = a + 1; b < byX.length && members.get(byX[b]).box.x < left.x + left.width; b++) {
                if (sameGlyph(left, members.get(byX[b]).box)) {
                    groups.join(byX[a], byX[b]);
                }
            }
        }
        List<Part> parts = groups.merge(members);
        parts.sort(Comparator.comparingInt(p -> p.box.x));
        return parts;
    }

    /**
     * They share most of their columns (colon, i-dot, a bar over a stroke), or they touch in x
     * while lying one above the other (display segments with bevelled ends, broken strokes).
     * Neighbouring characters share rows, so they stay apart.
     */
    static boolean sameGlyph(Rectangle a, Rectangle b) {
        int xOverlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        int yOverlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        boolean shareColumns = xOverlap >= 0.5 * Math.min(a.width, b.width);
        boolean stacked = xOverlap > 0 && yOverlap <= 0.5 * Math.min(a.height, b.height);
        return shareColumns || stacked;
    }

    /** The user's select_shape filters on whole characters. */
    private boolean passes(Part p) {
        int w = p.box.width;
        int h = p.box.height;
        double aspect = (double) w / h;
        return w >= options.minWidth && (options.maxWidth <= 0 || w <= options.maxWidth)
            && h >= options.minHeight && (options.maxHeight <= 0 || h <= options.maxHeight)
            && aspect >= options.minAspect && (options.maxAspect <= 0 || aspect <= options.maxAspect)
            && p.solidity() >= options.minSolidity;
    }

    /** Median width of the line's characters that are not narrow (1, I, punctuation). */
    private static double usualWidth(List<Part> parts, double band) {
        int[] widths = parts.stream().filter(p -> p.box.width >= NARROW * band && p.box.height >= 0.6 * band)
            .mapToInt(p -> p.box.width).sorted().toArray();
        // Digits and most capitals are at most 0.75 as wide as high: a line whose glyphs are wider is
        // a line of touching characters, and its median says nothing about one character.
        return widths.length == 0 ? 0.75 * band : Math.min(widths[widths.length / 2], 0.75 * band);
    }

    /**
     * Narrower than a character and touching the left or right edge of the searched area: the rest
     * of it lies outside (a digit cut off by the crop).
     */
    private boolean cutByBorder(Part p, double usual) {
        // Within the opening's reach of the edge: the opening trims ink at the border.
        boolean left = p.box.x <= mask.area.x + grow;
        boolean right = p.box.x + p.box.width >= mask.area.x + mask.area.width - grow;
        return (left || right) && p.box.width < 0.8 * usual;
    }

    /** Glyphs as wide as n usual characters cut into n at the columns with the least ink. */
    private List<Part> split(List<Part> parts, double usual, double band) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            int n = (int) Math.round(p.box.width / usual);
            if (p.box.width <= SPLIT_WIDTH * usual || p.box.height < 0.6 * band) {
                out.add(p);
                continue;
            }
            int[] profile = new int[p.box.width];
            for (int y = p.box.y; y < p.box.y + p.box.height; y++) {
                for (int x = p.box.x; x < p.box.x + p.box.width; x++) {
                    profile[x - p.box.x] += p.owns(particles.labels[y * mask.width + x]) ? 1 : 0;
                }
            }
            int from = p.box.x;
            for (int k = 1; k < n; k++) {
                int expected = (int) Math.round((double) k * p.box.width / n);
                int reach = (int) Math.max(1, 0.3 * usual);
                int best = expected;
                for (int c = Math.max(1, expected - reach); c <= Math.min(p.box.width - 2, expected + reach); c++) {
                    best = profile[c] < profile[best] ? c : best;
                }
                int cut = p.box.x + best;
                if (cut > from) {
                    out.add(p.columns(from, cut, particles, mask.width));
                    from = cut;
                }
            }
            out.add(p.columns(from, p.box.x + p.box.width, particles, mask.width));
        }
        return out;
    }

    /**
     * Wider than a fixed share of the line height, and than three typical letter gaps
     * ({@code recognize.WordSpaces} applies the same rule to the line reader's character boxes).
     */
    private double wordGapThreshold(List<Part> parts, double band) {
        if (parts.size() < 2) {
            return Double.MAX_VALUE;
        }
        double[] gaps = new double[parts.size() - 1];
        for (int i = 1; i < parts.size(); i++) {
            gaps[i - 1] = Part.gapX(parts.get(i - 1).box, parts.get(i).box);
        }
        Arrays.sort(gaps);
        double median = gaps[gaps.length / 2];
        return Math.max(options.wordGap * band, 3 * median);
    }

    /** The cell's pixels that are this glyph's ink, widened by {@code grow}. */
    private byte[] own(Part p, Rectangle cell) {
        int w = cell.width;
        int h = cell.height;
        byte[] own = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ix = cell.x + x;
                int iy = cell.y + y;
                boolean mine = ix >= p.from && ix < p.to && p.owns(particles.labels[iy * mask.width + ix]);
                own[y * w + x] = (byte) (mine ? 1 : 0);
            }
        }
        return Morphology.dilate(own, w, h, grow);
    }

    /**
     * Whether most of the part's ink is in solid blobs, each judged against its own height as
     * {@link SceneLines} judges components ({@link Strokes}). A part of many particles is not judged:
     * dot-matrix dots are solid, and so small that a character is made of a dozen.
     */
    private boolean solid(Part p) {
        if (p.particles.size() > MAX_SOLID_PARTICLES) {
            return false;
        }
        long ink = 0;
        long inBlobs = 0;
        for (Particle q : p.particles) {
            Rectangle b = q.box;
            byte[] own = new byte[b.width * b.height];
            for (int y = 0; y < b.height; y++) {
                for (int x = 0; x < b.width; x++) {
                    own[y * b.width + x] = (byte) (particles.labels[(b.y + y) * mask.width + b.x + x] == q.label ? 1 : 0);
                }
            }
            ink += q.area;
            inBlobs += Strokes.meanShortRun(own, b.width, b.height) > SceneLines.MAX_STROKE * b.height ? q.area : 0;
        }
        return 2 * inBlobs > ink;
    }
}
