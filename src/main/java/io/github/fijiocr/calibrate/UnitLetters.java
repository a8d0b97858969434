package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a label's unit letters show in its pixels ({@link LabelShape} measures the number): a
 * micro sign by its descender (in every font µ hangs below the baseline and m, n, c and u do
 * not; only a thin stroke hanging straight down counts, a cell or the bar touching the label
 * from below makes the answer "unclear", never "µ"), the strokes across the letters' x-height
 * (five for nm and µm, six for mm: an n read as m), and the letters' widths (an n narrower than
 * its m). Measured against the digits' band that {@link LabelShape} found.
 */
final class UnitLetters {
    /** A descender is at least this fraction of the digits' height below their baseline (and 2 pixels)... */
    private static final double MIN_DEPTH = 0.15;
    /** ...at most this (deeper: something else is touching)... */
    private static final double MAX_DEPTH = 0.7;
    /** ...no wider than this fraction of it (a stem, not a blob, nor every stem of an m a pixel low). */
    private static final double MAX_WIDTH = 0.35;
    /** "No" needs every column of the letter to end within this fraction of the height (or a pixel). */
    private static final double FLAT = 0.05;

    private final LabelShape shape;
    private final ByteProcessor gray;
    private final Rectangle area;
    private final Rectangle bounds;
    private final boolean[][] ink;
    private final List<CharacterReading> characters;
    private final int letter;
    private final int lastDigit;
    private final int[] band;

    UnitLetters(LabelShape shape) {
        this.shape = shape;
        this.gray = shape.gray;
        this.area = shape.area;
        this.bounds = shape.bounds;
        this.ink = shape.ink;
        this.characters = shape.characters;
        this.letter = shape.letter;
        this.lastDigit = shape.lastDigit;
        this.band = shape.band;
    }

    /** Whether the unit's first letter is a micro sign, by its descender. */
    LabelShape.Answer microSign() {
        if (band == null) {
            return LabelShape.Answer.UNCLEAR;
        }
        // The band's last row is the baseline (or a pixel under it, where round digits overshoot).
        int baseline = band[1] + area.y;
        int height = band[1] - band[0] + 1;
        Rectangle last = characters.get(lastDigit).box;
        // From the end of the number to the end of the letter: the space between has no ink, so a
        // stroke hanging there is the letter's, wherever its approximate box put it.
        Rectangle box = new Rectangle(last.x + last.width, area.y, 0, area.height);
        Rectangle own = characters.get(letter).box;
        box.width = Math.max(0, Math.min(area.x + area.width, own.x + own.width) - box.x);
        int[] depth = new int[box.width];
        for (int x = box.x; x < box.x + box.width; x++) {
            // Follow the ink straight down from just above the baseline.
            int y = baseline - area.y - 1;
            if (y < 0 || !ink[y][x - area.x]) {
                depth[x - box.x] = -1;
                continue;
            }
            while (y + 1 < area.height && ink[y + 1][x - area.x]) {
                y++;
            }
            depth[x - box.x] = y + area.y - baseline;
        }
        if (Arrays.stream(depth).filter(d -> d >= 0).count() < 2) {
            return LabelShape.Answer.UNCLEAR; // the letter does not stand on the baseline where it was read
        }
        int deepest = Arrays.stream(depth).max().orElse(-1);
        double deep = Math.max(2, MIN_DEPTH * height);
        long down = Arrays.stream(depth).filter(d -> d >= deep).count();
        if (deepest <= Math.max(1, FLAT * height)) {
            return LabelShape.Answer.NO;
        }
        if (deepest >= deep && deepest <= MAX_DEPTH * height && down <= MAX_WIDTH * height
            && nothingElseBelow(ink, area, box, baseline, deepest, height)) {
            return LabelShape.Answer.YES;
        }
        return LabelShape.Answer.UNCLEAR;
    }

    /**
     * How many strokes the unit's letters show across the middle of their x-height: µm, um and nm
     * five, mm six, cm four; -1 when there is no band to measure in, the label is too small to
     * tell strokes apart, or the rows disagree. Counted from the end of the number's last glyph to
     * the end of the last letter read, along the rows a third to a half of the digits' height
     * above the baseline (under the arches of m and n, across the stems of µ and u, through the
     * back of c), as most of those rows count them. A stroke is a peak of grey towards the ink
     * that stands {@value #PROMINENCE} of the unit's contrast above the grey on either side: a
     * cell under a letter is ink at any threshold, but the strokes stand out of it
     * ({@link UnitStrokes}, which also counts two stems crowded into one stroke). The reader
     * can take a bold {@code nm} over a bright cell for a sure {@code mm} (seed 885's bar 16): a
     * scale a thousand times off.
     */
    int stems() {
        return stems(MIN_STEM_HEIGHT);
    }

    /** As {@link #stems()}, counted in digits of {@code minHeight} pixels or more. */
    int stems(int minHeight) {
        int[] span = unitSpan(minHeight);
        return span == null ? -1 : UnitStrokes.count(gray, span, shape.groundAndSide());
    }

    /**
     * How strong, in the unit's contrast, a column's ink across the letters' arches must be to
     * join the letter: where an arch meets a stem it can be a single grey pixel (a third of the
     * contrast in a bold 21-point Liberation Serif m), while the space between two letters is
     * ground in every row (an eighth there).
     */
    static final double ARCH = 0.25;

    /**
     * The widths of the unit's letters across the upper half of their x-height, where an n's or
     * an m's arches join its stems into one run of ink: columns inked at {@link #ARCH} of the
     * unit's contrast in any of those rows, in runs, left to right. An m is half as wide again as an n in
     * proportional faces however its stems crowd; in monospaced faces the two are near alike.
     * Null where {@link #stems(int)} finds no letters to count in digits of {@code minHeight}.
     */
    int[] widths(int minHeight) {
        int[] span = unitSpan(minHeight);
        if (span == null) {
            return null;
        }
        int[] side = shape.groundAndSide();
        int baseline = area.y + band[1];
        int top = area.y + band[0];
        while (top < span[2] && !inkedRow(top, span[0], span[1], side, span[4])) {
            top++;
        }
        int bottom = top + (baseline - top) / 2;
        List<Integer> widths = new ArrayList<>();
        int run = 0;
        for (int x = span[0]; x <= span[1]; x++) {
            boolean inked = false;
            for (int y = top; x < span[1] && y < bottom && !inked; y++) {
                inked = LabelShape.strength(gray.get(x, y), side) >= ARCH * span[4];
            }
            if (inked) {
                run++;
            } else if (run > 0) {
                widths.add(run);
                run = 0;
            }
        }
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether row {@code y} holds ink at half the {@code contrast} between columns {@code x0} and {@code x1}. */
    private boolean inkedRow(int y, int x0, int x1, int[] side, int contrast) {
        for (int x = x0; x < x1; x++) {
            if (LabelShape.strength(gray.get(x, y), side) >= 0.5 * contrast) {
                return true;
            }
        }
        return false;
    }

    /**
     * {first column, end column, top row, bottom row, contrast} of the unit's letters as
     * {@link #stems()} counts them: from past the number's last glyph to past the last
     * letter, rows a third to a half of the digits' height above the baseline; null where there
     * is no band, the digits are under {@code minHeight} pixels or the letters cannot be found.
     */
    private int[] unitSpan(int minHeight) {
        int height = band == null ? 0 : band[1] - band[0] + 1;
        if (height < minHeight || letter >= characters.size()) {
            return null;
        }
        List<int[]> glyphs = shape.glyphs(ink, band);
        Rectangle last = characters.get(lastDigit).box;
        int x0 = Math.max(area.x, glyphs.isEmpty() ? last.x + last.width : glyphs.get(glyphs.size() - 1)[1] + 1);
        int top = area.y + band[1] - height / 2;
        int bottom = area.y + band[1] - height / 3;
        int[] side = shape.groundAndSide();
        Rectangle end = characters.get(characters.size() - 1).box;
        int x1 = Math.min(gray.getWidth(), end.x + end.width);
        int contrast = 0;
        for (int y = top; y <= bottom; y++) {
            for (int x = x0; x < x1; x++) {
                contrast = Math.max(contrast, LabelShape.strength(gray.get(x, y), side));
            }
        }
        if (glyphs.isEmpty()) {
            int unit = characters.get(letter).box.x;
            x0 = Math.max(area.x, pastInk(last, unit, top, bottom, side, contrast, height));
        }
        // On past the last letter's box, and past the line's, up to a digit's height (both are
        // approximate: either can end inside the m's last stem), over the strokes that continue
        // it across gaps narrower than half a digit's height (an m's).
        int limit = Math.min(gray.getWidth(), bounds.x + bounds.width + height);
        for (int gap = 0; x1 < limit && gap <= height / 2; x1++) {
            boolean stroke = false;
            for (int y = top; y <= bottom && !stroke; y++) {
                stroke = LabelShape.strength(gray.get(x1, y), side) >= 0.5 * contrast;
            }
            gap = stroke ? 0 : gap + 1;
        }
        return x1 - x0 < height || contrast == 0 ? null : new int[] {x0, x1, top, bottom, contrast};
    }

    /**
     * The first column from the end of the last digit's box, {@code last}, where no pixel of rows
     * {@code top} to {@code bottom} reaches half the {@code contrast}: where the digit's ink
     * ends. The reading's box is approximate, and can end inside the digit (seed 1453's bar 5 in
     * Liberation Sans, a bold 12-point 80 nm whose 0 ran on three pixels past its box: its last
     * stroke was counted with the unit's, six strokes for nm, and the label was set as mm). The
     * box's end when no such column comes within half a digit's {@code height} of it, nor before
     * the unit's first letter's box, {@code unit}: a unit touching the digit keeps its first
     * stem (seen seed 1419's bar 34 in DejaVu Sans, a bold 200mm with no space, lost it and
     * counted five strokes). {@code side}: {@link LabelShape#groundAndSide}.
     */
    private int pastInk(Rectangle last, int unit, int top, int bottom, int[] side, int contrast, int height) {
        int boxEnd = last.x + last.width;
        int limit = Math.min(Math.min(gray.getWidth(), boxEnd + height / 2), unit);
        for (int x = boxEnd; x < limit; x++) {
            boolean inked = false;
            for (int y = top; y <= bottom && !inked; y++) {
                inked = LabelShape.strength(gray.get(x, y), side) >= 0.5 * contrast;
            }
            if (!inked) {
                return x;
            }
        }
        return boxEnd;
    }

    /** How far a stroke's grey stands above the grey on either side of it, in the unit's contrast. */
    static final double PROMINENCE = 0.25;
    /** Digits' height, in pixels, under which an m's strokes run together. */
    static final int MIN_STEM_HEIGHT = 12;
    /**
     * Digits' height, in pixels, from which a count of the unit's own strokes may settle nm
     * against mm ({@code NmOrMm.strokesSettle}), or doubt one read as the other
     * ({@code NmOrMm.showsTheOther}). Smaller counts can come out short, as
     * {@link #MIN_STEM_HEIGHT} says, but not as the other unit's: on seen seeds, of the 105 nm
     * and mm labels with digits of 8 to 11 pixels, no nm counted six strokes and no mm five (in
     * the sans faces; a bold monospaced m's crowded stems made an mm five until
     * {@link UnitStrokes} counted such a stroke as two).
     */
    static final int MIN_SETTLING_HEIGHT = 8;
    /** Digits' height, in pixels, from which the unit's letters' widths are measured ({@link #widths}). */
    static final int MIN_WIDTHS_HEIGHT = 6;

    /**
     * Whether, under the baseline and down to just past the descender, only a stem's width of ink
     * lies under the letter and half a digit's height to each side: a cell or blob touching the
     * label from below widens there, a descender does not.
     */
    private static boolean nothingElseBelow(boolean[][] ink, Rectangle area, Rectangle box, int baseline, int deepest,
        int height) {
        int x0 = Math.max(area.x, box.x - height / 2);
        int x1 = Math.min(area.x + area.width, box.x + box.width + height / 2);
        for (int y = baseline + 1; y <= baseline + deepest + 2 && y < area.y + area.height; y++) {
            int count = 0;
            for (int x = x0; x < x1; x++) {
                count += ink[y - area.y][x - area.x] ? 1 : 0;
            }
            if (count > MAX_WIDTH * height) {
                return false;
            }
        }
        return true;
    }
}
