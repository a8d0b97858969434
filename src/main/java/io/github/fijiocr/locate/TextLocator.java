package io.github.fijiocr.locate;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds characters, words and lines with ImageJ's own tools, in the steps of HALCON's
 * binary_threshold, connection, select_shape and dilation: threshold ({@link Binarizer}), cut thin
 * bridges and specks off the ink (an opening sized from the stroke width), Analyze Particles
 * ({@link Particles}), join dot-matrix dots ({@link DotMerger}), measure the skew and group lines
 * ({@link LineGrouper}), then whole characters per line ({@link LineGlyphs}).
 */
public final class TextLocator {
    /** Lines lower than this share of the tallest line are debris. */
    private static final double SMALL_LINE = 0.3;
    /** Strokes at least this wide are opened to cut glare and grain off them. */
    private static final int THICK_STROKE = 10;

    private final LocateOptions options;

    public TextLocator(LocateOptions options) {
        this.options = options;
    }

    public LocateOptions options() {
        return options;
    }

    /** Lines top to bottom in one 8-bit image. */
    public List<TextLine> locate(ByteProcessor gray) {
        return locate(gray, null);
    }

    /** Lines top to bottom inside {@code roi} (HALCON's reduce_domain); null searches the whole image. */
    public List<TextLine> locate(ByteProcessor gray, Roi roi) {
        InkMask mask = new Binarizer(options).binarize(gray, roi);
        int stroke = Morphology.strokeWidth(mask.ink, mask.width, mask.height);
        int radius = options.denoise >= 0 ? options.denoise : autoRadius(stroke);
        byte[] ink = mask.ink;
        if (options.denoise < 0 && stroke >= THICK_STROKE) {
            ink = withoutMasses(mask, stroke);
        }
        InkMask clean = mask.with(Morphology.open(ink, mask.width, mask.height, radius));
        Particles particles = Particles.analyze(clean, options.minArea, options.maxArea);
        if (options.denoise < 0 && stroke >= THICK_STROKE) {
            InkMask peeled = peelBorderParticles(mask.with(ink), clean, particles, (stroke - 1) / 2);
            if (peeled != null) {
                clean = peeled;
                particles = Particles.analyze(clean, options.minArea, options.maxArea);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (Particle p : particles.list) {
            // A particle spanning most of the area is a frame or the ground, not text.
            if (!(p.box.width > 0.9 * mask.area.width && p.box.height > 0.5 * mask.area.height)) {
                parts.add(new Part(p));
            }
        }
        if (options.mergeDots) {
            parts = DotMerger.merge(parts);
        }
        LineGrouper grouper = new LineGrouper(options.lineJoin, options.maxAngle);
        double angle = grouper.skew(parts);
        LineGlyphs cutter = new LineGlyphs(options, particles, clean, Math.max(1, radius + 1), angle);
        List<TextLine> lines = new ArrayList<>();
        for (List<Part> members : grouper.lines(parts, angle)) {
            List<Glyph> glyphs = cutter.glyphs(members);
            if (!glyphs.isEmpty()) {
                lines.add(new TextLine(glyphs, mask.lightText, Math.toDegrees(angle)));
            }
        }
        return withoutDebris(lines);
    }

    /** Lines far lower than the tallest are rows of specks along an edge, not text. */
    private static List<TextLine> withoutDebris(List<TextLine> lines) {
        int tallest = lines.stream().mapToInt(l -> l.bounds().height).max().orElse(0);
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.bounds().height >= SMALL_LINE * tallest) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Ink far thicker than a stroke (glare, a lit frame, a smear) is no part of a character: what
     * survives an opening 1.2 strokes wide is taken away, with a margin, before particles are
     * counted, so digits that touch such a mass come loose from it.
     */
    private static byte[] withoutMasses(InkMask mask, int stroke) {
        int r = (int) Math.round(0.6 * stroke);
        // Opened by r, then grown by a third of a stroke: one erosion and one dilation by the sum
        // (squares add up), a pass fewer over a large image.
        int grow = Math.max(2, Math.round(stroke / 3f));
        byte[] mass = r <= 0 ? Morphology.dilate(mask.ink, mask.width, mask.height, grow)
            : Morphology.dilate(Morphology.erode(mask.ink, mask.width, mask.height, r), mask.width, mask.height, r + grow);
        byte[] out = mask.ink.clone();
        for (int i = 0; i < out.length; i++) {
            if (mass[i] != 0) {
                out[i] = 0;
            }
        }
        return out;
    }

    /**
     * Glare and the edge of a display reach in from the border and grow into the characters they
     * touch. Particles touching the border are opened again with the largest square that fits in
     * a stroke: strokes survive, the thinner bridges to the mass do not. Null when none touches.
     */
    private static InkMask peelBorderParticles(InkMask mask, InkMask clean, Particles particles, int radius) {
        boolean[] touching = new boolean[particles.list.size() + 1];
        boolean any = false;
        for (Particle p : particles.list) {
            touching[p.label] = mask.touchesBorder(p.box);
            any |= touching[p.label];
        }
        if (!any) {
            return null;
        }
        byte[] opened = Morphology.open(mask.ink, mask.width, mask.height, radius);
        byte[] ink = clean.ink.clone();
        for (int i = 0; i < ink.length; i++) {
            int label = particles.labels[i];
            if (label > 0 && label < touching.length && touching[label]) {
                ink[i] = opened[i];
            }
        }
        return clean.with(ink);
    }

    /**
     * Opening radius for a stroke width: cuts bridges under half a stroke. Print with strokes
     * under {@link #THICK_STROKE} pixels is left alone: its hairlines (serifs, the bowl of a P) are as thin as grain.
     */
    static int autoRadius(int stroke) {
        return stroke < THICK_STROKE ? 0 : (stroke - 1) / 4;
    }
}
