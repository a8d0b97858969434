package io.github.fijiocr.locate;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds characters, words and lines with ImageJ's own tools: an AutoThresholder level, the
 * ParticleAnalyzer for connected ink, then geometry. Lines come from the vertical projection of
 * the particle boxes (close bands are joined, so the upper and lower segments of seven-segment
 * digits stay one line); within a line, particles that share most of their columns are one glyph
 * (segments, colons, broken strokes); wide gaps separate words.
 */
public final class TextLocator {
    private final LocateOptions options;

    public TextLocator(LocateOptions options) {
        this.options = options;
    }

    /** Lines top to bottom in one 8-bit image. */
    public List<TextLine> locate(ByteProcessor gray) {
        int level = new AutoThresholder().getThreshold(options.method, gray.getHistogram());
        boolean light = lightText(gray, level);
        List<Rectangle> particles = particles(gray, level, light);
        List<TextLine> lines = new ArrayList<>();
        for (int[] band : bands(particles)) {
            List<Rectangle> members = new ArrayList<>();
            for (Rectangle p : particles) {
                double cy = p.y + p.height / 2.0;
                if (cy >= band[0] && cy < band[1]) {
                    members.add(p);
                }
            }
            List<Glyph> glyphs = glyphs(members);
            if (!glyphs.isEmpty()) {
                lines.add(new TextLine(glyphs, light));
            }
        }
        return lines;
    }

    private boolean lightText(ByteProcessor gray, int level) {
        if (options.text != LocateOptions.TextPolarity.AUTO) {
            return options.text == LocateOptions.TextPolarity.LIGHT;
        }
        // Text is the minority side of the threshold.
        int[] hist = gray.getHistogram();
        long dark = 0;
        long total = 0;
        for (int v = 0; v < 256; v++) {
            total += hist[v];
            if (v <= level) {
                dark += hist[v];
            }
        }
        return dark > total - dark;
    }

    /** Bounding boxes of connected ink, via Analyze Particles on a private mask. */
    private List<Rectangle> particles(ByteProcessor gray, int level, boolean light) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] src = (byte[]) gray.getPixels();
        byte[] mask = new byte[src.length];
        for (int i = 0; i < src.length; i++) {
            int v = src[i] & 0xff;
            mask[i] = (light ? v > level : v <= level) ? (byte) 255 : 0;
        }
        ByteProcessor bp = new ByteProcessor(w, h, mask);
        bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        ResultsTable rt = new ResultsTable();
        ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_NONE,
            Measurements.AREA | Measurements.RECT, rt, options.minArea, Double.POSITIVE_INFINITY);
        pa.setHideOutputImage(true);
        pa.analyze(new ImagePlus("mask", bp), bp);
        List<Rectangle> boxes = new ArrayList<>();
        for (int r = 0; r < rt.size(); r++) {
            Rectangle box = new Rectangle((int) rt.getValue("BX", r), (int) rt.getValue("BY", r),
                (int) Math.round(rt.getValue("Width", r)), (int) Math.round(rt.getValue("Height", r)));
            // A particle spanning most of the frame is a border or background, not text.
            if (box.width > 0.9 * w && box.height > 0.5 * h) {
                continue;
            }
            boxes.add(box);
        }
        return boxes;
    }

    /** Row bands [top, bottom) covered by particles, with close bands joined. */
    private List<int[]> bands(List<Rectangle> particles) {
        List<int[]> spans = new ArrayList<>();
        for (Rectangle p : particles) {
            spans.add(new int[] {p.y, p.y + p.height});
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> bands = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                bands.add(s.clone());
            }
        }
        List<int[]> joined = new ArrayList<>();
        for (int[] b : bands) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && b[0] - last[1] < options.lineJoin * Math.min(b[1] - b[0], last[1] - last[0])) {
                last[1] = b[1];
            } else {
                joined.add(b);
            }
        }
        return joined;
    }

    /** Particles of one line merged into glyphs, left to right, with cells and word starts. */
    private List<Glyph> glyphs(List<Rectangle> members) {
        List<Rectangle> merged = mergeParts(members);
        if (merged.isEmpty()) {
            return List.of();
        }
        int tallest = merged.stream().mapToInt(r -> r.height).max().getAsInt();
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Rectangle r : merged) {
            if (r.height >= 0.6 * tallest) {
                top = Math.min(top, r.y);
                bottom = Math.max(bottom, r.y + r.height);
            }
        }
        int bandHeight = bottom - top;
        merged.removeIf(r -> Math.max(r.width, r.height) < options.minSize * bandHeight);
        if (merged.isEmpty()) {
            return List.of();
        }
        double wordGap = wordGapThreshold(merged, bandHeight);
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Rectangle ink = merged.get(i);
            int cellTop = Math.min(top, ink.y);
            int cellBottom = Math.max(bottom, ink.y + ink.height);
            Rectangle cell = new Rectangle(ink.x, cellTop, ink.width, cellBottom - cellTop);
            boolean wordStart = i > 0 && gap(merged.get(i - 1), ink) > wordGap;
            glyphs.add(new Glyph(ink, cell, wordStart));
        }
        return glyphs;
    }

    /**
     * Particles that belong to one glyph: they share most of their columns (colon, i-dot, a bar
     * over a stroke), or they touch in x while lying one above the other (display segments with
     * bevelled ends, broken strokes). Neighbouring characters share rows, so they stay apart.
     */
    static List<Rectangle> mergeParts(List<Rectangle> parts) {
        int n = parts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Rectangle a = parts.get(i);
            for (int j = i + 1; j < n; j++) {
                Rectangle b = parts.get(j);
                int xOverlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
                int yOverlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
                boolean shareColumns = xOverlap >= 0.5 * Math.min(a.width, b.width);
                boolean stacked = xOverlap > 0 && yOverlap <= 0.5 * Math.min(a.height, b.height);
                if (shareColumns || stacked) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Rectangle[] groups = new Rectangle[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            groups[root] = groups[root] == null ? new Rectangle(parts.get(i)) : groups[root].union(parts.get(i));
        }
        List<Rectangle> merged = new ArrayList<>();
        for (Rectangle g : groups) {
            if (g != null) {
                merged.add(g);
            }
        }
        merged.sort(Comparator.comparingInt(r -> r.x));
        return merged;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Wider than a fixed share of the line height, and than three typical letter gaps. */
    private double wordGapThreshold(List<Rectangle> glyphs, int bandHeight) {
        if (glyphs.size() < 2) {
            return Double.MAX_VALUE;
        }
        double[] gaps = new double[glyphs.size() - 1];
        for (int i = 1; i < glyphs.size(); i++) {
            gaps[i - 1] = gap(glyphs.get(i - 1), glyphs.get(i));
        }
        Arrays.sort(gaps);
        double median = gaps[gaps.length / 2];
        return Math.max(options.wordGap * bandHeight, 3 * median);
    }

    private static int gap(Rectangle left, Rectangle right) {
        return right.x - (left.x + left.width);
    }
}
