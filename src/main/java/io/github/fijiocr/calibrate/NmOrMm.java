package io.github.fijiocr.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a unit's letters' widths and strokes ({@link UnitLetters}) say between nm and mm, the
 * two units the line model confuses most and a millionfold apart: an n is narrower than an m
 * and has two stems to an m's three, so nm shows five strokes and mm six. {@link LabelJudge}
 * weighs these against the model's reading.
 */
final class NmOrMm {
    private NmOrMm() {
    }

    /**
     * An nm's n is at most this share of its m's width across their arches
     * ({@link UnitLetters#widths}), and an mm's first m is not: in labels drawn in six
     * faces, 11 to 28 points, bold and plain, white and black, at full size and 0.75, with digits
     * of 8 pixels or more, 1,063 of 3,215 nm showed it ({@link #nThenM}'s whole rule) and none of
     * 3,194 mm, nor at 0.9; with digits of 6 and 7 pixels (9 to 16 points), 126 of 625 nm and none
     * of 646 mm. Monospaced faces draw n and m alike wide: their nm seldom shows it.
     */
    static final double N_OF_M = 0.75;

    /**
     * An m's letter is at least this share of the digits' height wide across its arches
     * ({@link UnitLetters#widths}): a monospaced m at 9 pixels, the narrowest seen, measured 6.
     */
    static final double NARROWEST_M = 0.6;

    /** The strokes each unit's letters show across their x-height ({@link UnitLetters#stems}). */
    static final java.util.Map<String, Integer> STROKES = java.util.Map.of("µm", 5, "um", 5, "nm", 5,
        "mm", 6, "cm", 4);

    /** Whether the unit read is nm or mm and its letters show the other's strokes (five for nm, six for mm). */
    static boolean showsTheOther(String unit, int strokes) {
        return unit.equals("nm") && strokes == STROKES.get("mm") || unit.equals("mm") && strokes == STROKES.get("nm");
    }

    /**
     * Whether the unit read is mm and its letters show more strokes than an mm's six: something
     * besides their stems counts (a cell among them, a serif face's feet), so the count tells
     * nothing, and the model alone reads the unit.
     */
    static boolean moreThanMm(String unit, int strokes) {
        return unit.equals("mm") && strokes > STROKES.get("mm");
    }

    /**
     * A doubt when the unit's letters show as many strokes as another unit's and not as many as
     * its own (a bold nm read as mm); none when they show its own count, or a count no unit has
     * (strokes run together in a small label, a cell beside it).
     */
    static String doubtOfStrokes(String unit, int strokes) {
        Integer own = STROKES.get(unit);
        // A µ is judged by its descender and its letter's probability: its two stems and its bowl
        // count as two or three strokes as the bowl falls (a right µm counted as an mm's six).
        if (own == null || unit.equals("µm") || unit.equals("um") || strokes == own
            || !STROKES.containsValue(strokes)) {
            return null;
        }
        List<String> others = new ArrayList<>();
        STROKES.forEach((u, n) -> {
            if (n == strokes && !u.equals("um")) {
                others.add(u);
            }
        });
        java.util.Collections.sort(others);
        return String.format(Locale.ROOT, "the unit reads as %s, but its letters show %d strokes, as %s", unit,
            strokes, String.join(" or ", others));
    }

    /**
     * The widest an m's ink is, as a share of the digits' height: 1.37 in DejaVu Sans Bold, 1.43
     * in URW Bookman Demi, the widest of the faces at hand; under 1 in monospaced ones.
     */
    static final double WIDEST_M = 1.45;

    /** Whether {@code width} pixels can be one m beside digits {@code height} high, a pixel of grey either side. */
    static boolean oneM(int width, int height) {
        return width <= WIDEST_M * height + 2;
    }

    /**
     * Whether the unit's letters' {@code widths} ({@link UnitLetters#widths}) are an n and
     * an m: two, each at least 0.4 of the digits' {@code height} (a letter, not a stray column),
     * the first at most {@link #N_OF_M} of the second and narrower by 0.3 of the height or more.
     * A monospaced mm at 9 pixels measured 6 and 7 pixels wide: a pixel lost to the grey would
     * pass the ratio alone.
     */
    static boolean nThenM(int[] widths, int height) {
        return widths != null && widths.length == 2 && Math.min(widths[0], widths[1]) >= 0.4 * height
            && widths[0] <= N_OF_M * widths[1] && widths[1] - widths[0] >= 0.3 * height;
    }

    /**
     * Whether the unit's letters' {@code widths} (digits {@code height} pixels) and {@code strokes}
     * doubt a reading as mm: an n beside an m ({@link #nThenM}) where the strokes do not show an
     * mm's six, or where they do but the first run is too narrow for any m
     * ({@link #NARROWEST_M}: an nm whose n fell into two runs, the second joined to the m; a
     * Liberation Serif {@code 100 nm} at 0.75 in JPEG measured 4 and 16 at 8 pixels and counted six
     * strokes, fresh seed 1642's bar 10, set as a sure mm); or an n beside an m among three runs
     * ({@link #nBesideMAmongThree}). Two runs and an mm's six strokes are otherwise an mm with
     * something joined to its second m (a cell).
     */
    static boolean widthsDoubtMm(int[] widths, int height, int strokes) {
        boolean nm = nThenM(widths, height);
        boolean noM = nm && widths[0] < NARROWEST_M * height;
        return nm && (strokes != STROKES.get("mm") || noM) || nBesideMAmongThree(widths, height);
    }

    /**
     * Whether the first two of three or more runs of {@code widths}, or the last two of three,
     * are an n beside an m ({@link #nThenM}): something beside the letters, whose stroke can make
     * an nm's five six. After the m, a cell (fresh seed 1614's bar 18 in DejaVu Serif). Before
     * the n, the last digit's edge: a bold Times-shaped 0 whose right side runs past the glyph
     * found at the usual threshold (held-out seed 1633's bar 24 in Nimbus Roman, a {@code 200 nm}
     * measured 3, 8 and 13 wide, set as a sure mm). Only a stroke's edge there, 2 pixels or more
     * and under half the next run: a 1-pixel run is an antialiased fringe beside either unit, and
     * a wider one part of a first m split in two (dev seeds 1603-1607: six right mm measured 1, 7,
     * 10 or 8, 8, 16).
     */
    static boolean nBesideMAmongThree(int[] widths, int height) {
        if (widths == null || widths.length < 3) {
            return false;
        }
        boolean edgeBefore = widths.length == 3 && widths[0] >= 2 && 2 * widths[0] < widths[1];
        return nThenM(Arrays.copyOf(widths, 2), height)
            || edgeBefore && nThenM(Arrays.copyOfRange(widths, 1, 3), height);
    }

    /**
     * Whether the unit's letters settle a close call between nm and mm for the one read: they
     * show its strokes ({@link UnitLetters#stems}: five for nm, six for mm) and so not the
     * other's. The model can score a Liberation Sans (Arial) nm as mm at 0.6 to 0.9 of nm's score
     * while the strokes tell them apart: on the 247 nm and mm labels of seen seeds with digits of
     * 12 pixels or more, no nm counted six and no mm five (nor at 8 to 11 pixels,
     * {@link UnitLetters#MIN_SETTLING_HEIGHT}). Only for the unit read: a cell beside the letters
     * could add a stroke, and the reading, not the count, must be what is wrong for the two to
     * disagree.
     */
    static boolean strokesSettle(String unit, List<String> close, int strokes) {
        return nmAgainstMm(unit, close) && strokes == STROKES.get(unit);
    }

    /** Whether the close call is between nm and mm alone: {@code unit} read, {@code close} the other. */
    static boolean nmAgainstMm(String unit, List<String> close) {
        return unit.equals("nm") && close.equals(List.of("mm")) || unit.equals("mm") && close.equals(List.of("nm"));
    }
}
