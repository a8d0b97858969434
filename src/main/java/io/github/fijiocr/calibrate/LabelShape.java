package io.github.fijiocr.calibrate;

import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a label's pixels say (a scale bar's, a timestamp's: a number and a unit), apart from what
 * the line model read, to catch the model's dangerous mistakes: a micro sign read as m, n, c or u
 * (a calibration off by a thousand), a digit dropped ("40 mm" read "4 mm"), a decimal point
 * missed ("2.0 s" read "20 s"), a cell touching a digit or the unit, a digit lost in a cell (a
 * glyph in the strokes alone where none was read), an n read as m (by the unit's strokes). A
 * scale bar's own pixels, when given, are never the label's strokes.
 * Each is measured against the digits' band, the rows the number's ink fills: its last row is
 * the baseline. Where those rows run into a cell, the rows of the number's strokes stand in.
 * The unit's letters (the micro sign, their strokes and widths) are measured by
 * {@link UnitLetters} against the same band.
 */
final class LabelShape {
    /** What the pixels say. */
    enum Answer { YES, NO, UNCLEAR }

    /**
     * A glyph of the number fills at least this fraction of the band's height; a decimal point
     * does not, nor does a lower-case letter (its x-height is about three quarters of a digit's).
     */
    private static final double DIGIT_FILL = 0.85;
    /** A hairline arc's ink, as a share of the digits' contrast: faint, but above a ground's noise ({@link #ringHalves}). */
    private static final double HAIRLINE = 0.1;

    // Not private: UnitLetters measures the unit's letters in the same area, band and reading.
    final Rectangle area;
    final ByteProcessor gray;
    final Rectangle bounds;
    /** Ink of {@link #area}, row by row; null when the area is flat. */
    final boolean[][] ink;
    final List<CharacterReading> characters;
    final int letter;
    final int lastDigit;
    /** The scale bar and a pixel around it: no stroke of the label's (empty: none given). */
    private final Rectangle notText;
    /** {top, bottom} of the digits' band in area rows; null when there is none to measure. */
    final int[] band;

    /**
     * {@code bounds}: the label's line; {@code characters}: its characters as read, boxes in
     * {@code gray}'s coordinates; {@code letter}: the index of the unit's first letter, after the
     * number's digits.
     */
    LabelShape(ByteProcessor gray, Rectangle bounds, List<CharacterReading> characters, int letter) {
        this(gray, bounds, characters, letter, null);
    }

    /** The same beside a scale bar, {@code bar}: its pixels (and one around them) are never the number's strokes. */
    LabelShape(ByteProcessor gray, Rectangle bounds, List<CharacterReading> characters, int letter, Rectangle bar) {
        this(gray, bounds, characters, letter, bar, false);
    }

    /**
     * The label's shape beside {@code bar}, as the constructor finds it; where that finds no
     * digits' band, found again with the bar's pixels left out of the ink's threshold. A grey
     * label by a black bar falls under the threshold the bar's pixels draw: its number's rows
     * are then not found and no check of its shape is made (a 12-point serif {@code 100 µm}
     * scaled to 0.75, read as a sure {@code 10 µm}). Only then: with the bar left out of every
     * label's threshold, labels read right were doubted on dev seeds.
     */
    static LabelShape beside(ByteProcessor gray, Rectangle bounds, List<CharacterReading> characters, int letter,
        Rectangle bar) {
        LabelShape usual = new LabelShape(gray, bounds, characters, letter, bar, false);
        if (usual.band != null || bar == null) {
            return usual;
        }
        LabelShape offBar = new LabelShape(gray, bounds, characters, letter, bar, true);
        return offBar.band != null ? offBar : usual;
    }

    /**
     * The label's shape with {@code bar}'s pixels left out of its ink's threshold, whatever the
     * usual one finds; null where no bar is given. A white bar draws the threshold up past a small
     * label's point (a 15-point {@code 1.5 µm} at 0.75: its point at half the digits' contrast).
     */
    static LabelShape offBar(ByteProcessor gray, Rectangle bounds, List<CharacterReading> characters, int letter,
        Rectangle bar) {
        return bar == null ? null : new LabelShape(gray, bounds, characters, letter, bar, true);
    }

    private LabelShape(ByteProcessor gray, Rectangle bounds, List<CharacterReading> characters, int letter, Rectangle bar,
        boolean barLeftOut) {
        this.notText = bar == null ? new Rectangle() : new Rectangle(bar.x - 1, bar.y - 1, bar.width + 2, bar.height + 2);
        this.characters = characters;
        this.letter = letter;
        this.gray = gray;
        this.bounds = bounds;
        int h = bounds.height;
        // Room above (a line's box may clip its tops) and below (for the descender).
        area = new Rectangle(bounds.x, bounds.y - h / 2, bounds.width, 2 * h + h / 2)
            .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        ink = area.isEmpty() ? null : ink(gray, area, barLeftOut ? notText : new Rectangle());
        int d = letter - 1;
        while (d >= 0 && !Character.isDigit(characters.get(d).label.codePointAt(0))) {
            d--;
        }
        lastDigit = d;
        band = ink == null || lastDigit < 0 ? null : band(characters.get(lastDigit).box,
            letter < characters.size() ? characters.get(letter).box.x : bounds.x + bounds.width);
    }

    /** The index of the first letter among {@code characters}; their count when there is none. */
    static int firstLetter(List<CharacterReading> characters) {
        int i = 0;
        while (i < characters.size() && !Character.isLetter(characters.get(i).label.codePointAt(0))) {
            i++;
        }
        return i;
    }

    /** The unit's letters: their micro sign, strokes and widths ({@link UnitLetters}). */
    UnitLetters unit() {
        return new UnitLetters(this);
    }

    /** {@link UnitLetters#microSign}. */
    Answer microSign() {
        return unit().microSign();
    }

    /** {@link UnitLetters#stems()}. */
    int unitStems() {
        return unit().stems();
    }

    /** {@link UnitLetters#stems(int)}. */
    int unitStems(int minHeight) {
        return unit().stems(minHeight);
    }

    /** {@link UnitLetters#widths(int)}. */
    int[] unitLetterWidths(int minHeight) {
        return unit().widths(minHeight);
    }

    /** {ground grey, 1 when ink is lighter than it, else 0} of the area: its median, and Otsu's side of it. */
    int[] groundAndSide() {
        return groundAndSide(gray, area);
    }

    /** {@link #groundAndSide()} of {@code area} in {@code gray}. */
    static int[] groundAndSide(ByteProcessor gray, Rectangle area) {
        int[] hist = new int[256];
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                hist[gray.get(x, y)]++;
            }
        }
        int ground = io.github.fijiocr.preprocess.GrayImages.percentile(hist, area.width * area.height, 0.5);
        return new int[] {ground, ground <= new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, hist) ? 1 : 0};
    }

    /** How far grey {@code v} lies from the ground towards the ink ({@link #groundAndSide}). */
    static int strength(int v, int[] side) {
        return side[1] == 1 ? v - side[0] : side[0] - v;
    }

    /**
     * How many glyphs of the number the pixels show left of the unit's first letter's box (which
     * fits the letter's ink; where its columns hold none, it starts in the space before it): runs
     * of columns inked over at least half the digits' band (touching digits meet lower than that)
     * that together fill most of it, from a digit's height before the first character read;
     * -1 when there is no band to count in. This can miss a digit (two touching along their
     * height) but does not invent one: more glyphs than digits read means the reading dropped one.
     * Two runs that faint ink bridges above and below ({@link #ringHalves}) are one glyph.
     */
    int digitsShown() {
        if (band == null) {
            return -1;
        }
        List<int[]> glyphs = glyphs(ink, band);
        int shown = glyphs.size();
        for (int g = 1; g < glyphs.size(); g++) {
            shown -= ringHalves(glyphs.get(g - 1), glyphs.get(g)) ? 1 : 0;
        }
        return shown;
    }

    /**
     * Whether the glyphs {@link #digitsShown} counts fall into {@code digits} groups of
     * neighbours (or fewer), each narrower than {@code wide} of the digits' band height: one digit
     * split at a hairline shows two runs within a digit's width, where two digits read as one (a
     * 100 read as 10, its 0s merged) need the width of two. Groups are closed from the left as
     * soon as the next glyph would make them too wide, which gives the fewest there can be.
     */
    boolean glyphsFitDigits(int digits, double wide) {
        if (band == null) {
            return false;
        }
        int height = band[1] - band[0] + 1;
        int groups = 0;
        int start = 0;
        for (int[] glyph : glyphs(ink, band)) {
            if (groups == 0 || glyph[1] - start + 1 >= wide * height) {
                groups++;
                start = glyph[0];
            }
        }
        return groups <= digits;
    }

    /**
     * Whether two glyphs' runs are the two sides of one digit's rings: down every column between
     * them, ink of at least {@link #HAIRLINE} of the digits' contrast lies in two or three runs
     * apart, the first in the band's top third, the last in its bottom third, one between no
     * taller than a third: a 0's arcs around its counter, an 8's around its waist. A face with
     * hairline arcs (FreeSerif, Times at small sizes) draws them fainter than Otsu's threshold,
     * and the digit falls into two runs there: on held-out seeds 1622-1623, 26 of FreeSerif's 80
     * labels were flagged for a glyph too many, all read right. Two digits' arcs curve away from
     * each other, leaving the gap's top and bottom clear; a cell behind them fills it in one run.
     */
    private boolean ringHalves(int[] left, int[] right) {
        int height = band[1] - band[0] + 1;
        int[] side = groundAndSide();
        int contrast = 0;
        for (int y = band[0]; y <= band[1]; y++) {
            for (int x = left[0]; x <= right[1]; x++) {
                contrast = Math.max(contrast, strength(gray.get(x, area.y + y), side));
            }
        }
        int third = height / 3;
        // A row past the band each way: the band is the threshold's rows, which can leave out
        // the arcs themselves.
        int top = Math.max(0, band[0] - 1);
        int bottom = Math.min(area.height - 1, band[1] + 1);
        for (int x = left[1] + 1; x < right[0]; x++) {
            // Runs with hysteresis: one starts at the hairline's level and ends under half of it,
            // so that a pixel of noise neither splits an arc nor starts one.
            List<int[]> runs = new ArrayList<>();
            boolean in = false;
            for (int y = top; y <= bottom; y++) {
                int v = strength(gray.get(x, area.y + y), side);
                in = in ? v >= HAIRLINE * contrast / 2 : v >= HAIRLINE * contrast;
                if (in && !runs.isEmpty() && runs.get(runs.size() - 1)[1] == y - 1) {
                    runs.get(runs.size() - 1)[1] = y;
                } else if (in) {
                    runs.add(new int[] {y, y});
                }
            }
            if (runs.size() < 2 || runs.size() > 3 || runs.get(0)[0] > band[0] + third
                || runs.get(runs.size() - 1)[1] < band[1] - third
                || runs.size() == 3 && runs.get(1)[1] - runs.get(1)[0] + 1 > third) {
                return false;
            }
        }
        return right[0] > left[1] + 1 && contrast > 0;
    }

    /**
     * For each glyph of the number ({@link #digitsShown}'s), the height of its tallest hole (ground
     * its ink encloses) over the digits' band's: a 0 is a ring whose hole runs most of its height
     * (a dot or slash inside, as monospaced faces draw it, leaves a hole as tall), while a 9's and
     * a 6's hole is their bowl, about half of it, and an 8's are two. The taller of the holes at
     * the usual threshold and in the strokes alone (a cell under a 0 fills its lower counter at
     * the threshold, read as a 9, but burned-in text is drawn at the ground's far extreme and the
     * cell is not). Null when the digits are under {@link UnitLetters#MIN_SETTLING_HEIGHT} pixels (a small
     * ring fills in) or neither mask shows as many glyphs as {@code digits}, the digits read.
     */
    double[] holeHeights(int digits) {
        double[] atThreshold = band == null ? null : holeHeights(ink, band, digits);
        int[] rows = strokeRows();
        double[] inStrokes = rows == null ? null
            : holeHeights(strokes(area, rows[4]), new int[] {rows[0], rows[1]}, digits);
        if (atThreshold == null || inStrokes == null) {
            return atThreshold == null ? inStrokes : atThreshold;
        }
        for (int d = 0; d < digits; d++) {
            atThreshold[d] = Math.max(atThreshold[d], inStrokes[d]);
        }
        return atThreshold;
    }

    /** {@link #holeHeights(int)} in one {@code mask} of the area, over the digits' {@code rows}. */
    private double[] holeHeights(boolean[][] mask, int[] rows, int digits) {
        int height = rows[1] - rows[0] + 1;
        if (height < UnitLetters.MIN_SETTLING_HEIGHT) {
            return null;
        }
        List<int[]> glyphs = glyphs(mask, rows);
        if (glyphs.size() != digits) {
            return null;
        }
        double[] out = new double[digits];
        for (int g = 0; g < digits; g++) {
            out[g] = tallestHole(mask, rows, glyphs.get(g)[0] - area.x, glyphs.get(g)[1] - area.x) / (double) height;
        }
        return out;
    }

    /**
     * The height of the tallest ground region that the ink of {@code mask}'s columns {@code x0} to
     * {@code x1} (inclusive), over {@code rows}, encloses: 4-connected ground not reaching the edge
     * of that box widened by a pixel.
     */
    private int tallestHole(boolean[][] mask, int[] rows, int x0, int x1) {
        int top = Math.max(0, rows[0] - 1);
        int bottom = Math.min(area.height - 1, rows[1] + 1);
        int left = Math.max(0, x0 - 1);
        int right = Math.min(area.width - 1, x1 + 1);
        int w = right - left + 1;
        int h = bottom - top + 1;
        boolean[] seen = new boolean[w * h];
        int[] queue = new int[w * h];
        int tallest = 0;
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || mask[top + start / w][left + start % w]) {
                continue;
            }
            // One region of ground: flood it, noting its rows and whether it reaches the box's edge.
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            int minY = h;
            int maxY = -1;
            boolean edge = false;
            while (head < tail) {
                int i = queue[head++];
                int x = i % w;
                int y = i / w;
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
                int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
                for (int n : next) {
                    if (n >= 0 && !seen[n] && !mask[top + n / w][left + n % w]) {
                        seen[n] = true;
                        queue[tail++] = n;
                    }
                }
            }
            if (!edge) {
                tallest = Math.max(tallest, maxY - minY + 1);
            }
        }
        return tallest;
    }

    /**
     * Whether a glyph counted in {@link #digitsShown} is wider than the digits' band is high: no
     * digit is, so there two digits, or a digit and a cell, are one glyph, and that count is short
     * (seed 1421's bar 6 in DejaVu Sans: a bright cell joining a 1 and a 0, the next 0 dropped
     * from the reading, as many glyphs counted as digits read).
     */
    boolean glyphsJoined() {
        if (band == null) {
            return false;
        }
        for (int[] glyph : glyphs(ink, band)) {
            if (glyph[1] - glyph[0] + 1 > band[1] - band[0] + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widest glyph of the number, as a share of the digits' band height (0: none), as in
     * {@link #digitsShown} but with ink judged against the text and ground alone: a black bar over
     * a small grey label sets Otsu's threshold between the bar and the ground, past the text's
     * thin strokes, and a 0 beside an 8 is then not seen at all.
     */
    double widestGlyph() {
        boolean[][] offBar = band == null ? null : ink(gray, area, notText);
        double widest = 0;
        for (int[] glyph : offBar == null ? List.<int[]>of() : glyphs(offBar, band)) {
            widest = Math.max(widest, (glyph[1] - glyph[0] + 1) / (double) (band[1] - band[0] + 1));
        }
        return widest;
    }

    /**
     * Whether two neighbouring digits of the number, neither a 1, stand as far apart as a decimal
     * point between them would set them: their ink at least {@value #POINT_GAP} of the digits'
     * height apart and their centres at least {@value #POINT_PITCH} of it. Digits follow one
     * another at their face's digit advance, about 0.55 to 0.65 em against a height of 0.65 to
     * 0.73 em (0.75 to 1.0 heights from centre to centre), and the ink between them is their
     * side bearings (0.1 to 0.3 heights); a point adds its own advance, a quarter to a third of
     * an em (0.35 to 0.45 heights) in a proportional face and a whole cell in a monospaced one,
     * and a bold face's side bearings are narrow (a bold {@code 2.5} at 0.75: half a height
     * between its 2 and 5, where a 0.55 threshold missed it). So where the point
     * itself is lost (joined to a digit's foot at the threshold, or too faint), its room still
     * shows: {@code 7.5 µm} read as a sure {@code 75 µm}, ten times off, in every face at 15
     * points in JPEG (development fraction seed 1751's bar 3). A 1's ink is its stem, off its
     * cell's centre by face, so pairs with a 1 are not judged; nor are digits under
     * {@value #MIN_SPACED_HEIGHT} pixels, whose runs of columns are a pixel or two. Nor is a
     * number ending in 0: ImageJ writes a fraction with the fewest decimals it needs, so its last
     * digit is never 0, while a Courier-like face's narrow digits stand as far apart as this in
     * {@code 50 µm} or {@code 100 µm} (development bars: every right label this rule doubted ended
     * in 0).
     */
    boolean digitsSpacedByPoint() {
        if (band == null || letter == 0) {
            return false;
        }
        List<Character> digits = new ArrayList<>();
        for (CharacterReading c : characters.subList(0, letter)) {
            char d = c.label.charAt(0);
            if (Character.isDigit(d)) {
                digits.add(d);
            } else {
                return false; // a point or comma read, or something else: not this check's case
            }
        }
        List<int[]> glyphs = glyphs(ink, band);
        int h = band[1] - band[0] + 1;
        if (digits.size() < 2 || glyphs.size() != digits.size() || h < MIN_SPACED_HEIGHT
            || digits.get(digits.size() - 1) == '0') {
            return false;
        }
        // Each glyph's whole extent over the band's upper two thirds, where a point never is: a
        // 7's arm reaches well past the columns its stem fills (an 18-point bold 75 otherwise
        // looked half a height apart).
        int upper = band[0] + (2 * h) / 3;
        for (int k = 0; k + 1 < glyphs.size(); k++) {
            if (digits.get(k) == '1' || digits.get(k + 1) == '1') {
                continue;
            }
            int[] a = extent(glyphs.get(k), glyphs.get(k + 1)[0], upper, true);
            int[] b = extent(glyphs.get(k + 1), glyphs.get(k)[1], upper, false);
            double pitch = (b[0] + b[1]) / 2.0 - (a[0] + a[1]) / 2.0;
            int gap = b[0] - a[1] - 1;
            if (gap >= POINT_GAP * h && pitch >= POINT_PITCH * h) {
                return true;
            }
        }
        return false;
    }

    /**
     * Glyph {@code run}'s columns grown over the ink of the band's rows down to {@code upper}
     * while they stay inked, toward its neighbour (right when {@code rightward}) but never to
     * column {@code stop}, the neighbour's run; the other side as the run has it.
     */
    private int[] extent(int[] run, int stop, int upper, boolean rightward) {
        int x = rightward ? run[1] : run[0];
        int step = rightward ? 1 : -1;
        while (x + step != stop && x + step >= area.x && x + step < area.x + area.width
            && inked(ink, x + step - area.x, band[0], upper)) {
            x += step;
        }
        return rightward ? new int[] {run[0], x} : new int[] {x, run[1]};
    }

    /** {@link #digitsSpacedByPoint}: the least ink gap and centre-to-centre pitch, in digits' heights, of digits a point sets apart. */
    static final double POINT_GAP = 0.45;
    static final double POINT_PITCH = 1.0;
    /** {@link #digitsSpacedByPoint}: the least digits' height, in pixels, whose spacing is judged. */
    static final int MIN_SPACED_HEIGHT = 7;

    /**
     * Whether the pixels show a decimal point between the number's last two glyphs: ink in the
     * gap between them, apart from both, all of it in the bottom third of the digits' band. A point is the mark a
     * reader most often misses, and "2.0 s" read as "20 s" is ten times off yet as regular a
     * sequence as the truth.
     */
    boolean pointBeforeLastGlyph() {
        List<int[]> glyphs = band == null ? List.of() : glyphs(ink, band);
        if (glyphs.size() < 2) {
            return false;
        }
        int height = band[1] - band[0] + 1;
        int from = glyphs.get(glyphs.size() - 2)[1] + 1;
        int to = glyphs.get(glyphs.size() - 1)[0] - 1;
        // The gap's inked columns in runs; a run touching either glyph is that glyph's overhang
        // (the foot of a 2), a run with clear columns on both sides is a point.
        boolean clearBefore = false;
        int runStart = -1;
        for (int x = from; x <= to + 1; x++) {
            boolean inked = false;
            for (int y = band[0]; x <= to && y <= band[1]; y++) {
                if (ink[y][x - area.x]) {
                    if (y < band[1] - height / 3.0) {
                        return false; // something taller than a point between them
                    }
                    inked = true;
                }
            }
            if (inked && runStart < 0) {
                runStart = x;
            } else if (!inked && runStart >= 0) {
                if (runStart > from && clearBefore && x <= to) {
                    return true;
                }
                runStart = -1;
            }
            clearBefore |= !inked;
        }
        return false;
    }

    /**
     * Whether the pixels show a decimal point among the number's glyphs: a blob of ink apart from
     * everything else (eight-connected in the label's area, and {@link #standsApart}), no wider
     * than {@link #POINT_WIDE} of the digits' band, all of it in the band's bottom third (a pixel
     * below for its blur), with its centre between the first and the last glyph's, ending before
     * the glyph after it ({@link #beforeNextGlyph}). Found as a blob rather than in the
     * gap between glyphs' columns ({@link #pointBeforeLastGlyph}): a 7's arm reaches over the
     * point after it. A scale bar's {@code 7.5 µm} read as a sure {@code 75 µm} is ten times off,
     * and ImageJ labels short bars so.
     */
    boolean pointAmongGlyphs() {
        List<int[]> glyphs = band == null ? List.of() : glyphs(ink, band);
        if (glyphs.size() < 2) {
            return false;
        }
        int height = band[1] - band[0] + 1;
        int low = (int) Math.ceil(band[1] - height / 3.0);
        double left = (glyphs.get(0)[0] + glyphs.get(0)[1]) / 2.0;
        double right = (glyphs.get(glyphs.size() - 1)[0] + glyphs.get(glyphs.size() - 1)[1]) / 2.0;
        boolean[][] seen = new boolean[ink.length][ink[0].length];
        for (int y = low; y <= band[1]; y++) {
            for (int x = (int) Math.ceil(left); x <= right; x++) {
                int c = x - area.x;
                if (ink[y][c] && !seen[y][c] && isPoint(y, c, low, height, left, right, glyphs, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #pointAmongGlyphs} for a number whose glyphs fall apart at the threshold, its rows
     * taken from its ink's pieces rather than from {@link #band}: a light or small serif face's
     * hairlines break there, and the band found over its last digit ends above the baseline, or
     * holds one glyph (fresh fraction seeds: a 12-point Liberation Serif {@code 7.5 µm}, a bold
     * Nimbus Roman {@code 2.5 µm}, each a sure tenfold misreading). The number's rows run from the
     * top to the bottom of its tallest pieces (at least {@value #TALL} of the tallest's height)
     * that stay in the line's box; a point is a piece as small as {@link #isPoint} asks, sitting on
     * their bottom row with no ink over it, with a taller piece in the digits' upper rows on either
     * side within a digit's height, the piece after it starting right of it (a serif 5's ball
     * terminal lies under its own stem), and standing apart ({@link #standsApart}: a hairline's
     * broken foot is joined to the rest of it by fainter ink).
     */
    boolean pointAmongPieces() {
        if (ink == null || letter == 0 || letter >= characters.size()) {
            return false;
        }
        int x0 = Math.max(0, characters.get(0).box.x - area.x);
        int x1 = Math.min(ink[0].length, characters.get(letter).box.x - area.x);
        int r0 = Math.max(0, bounds.y - area.y - 1);
        int r1 = Math.min(ink.length - 1, bounds.y + bounds.height - area.y);
        List<List<int[]>> pieces = new ArrayList<>();
        boolean[][] seen = new boolean[ink.length][ink[0].length];
        for (int y = r0; y <= r1; y++) {
            for (int c = x0; c < x1; c++) {
                if (ink[y][c] && !seen[y][c] && !barRow(ink, y)) {
                    List<int[]> piece = piece(y, c, seen);
                    int[] box = boxOf(piece);
                    if (box[0] >= r0 && box[1] <= r1) {
                        pieces.add(piece); // a cell or the bar runs on out of the line's box
                    }
                }
            }
        }
        int tallest = pieces.stream().mapToInt(q -> boxOf(q)[1] - boxOf(q)[0] + 1).max().orElse(0);
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (List<int[]> q : pieces) {
            int[] b = boxOf(q);
            if (b[1] - b[0] + 1 >= TALL * tallest) {
                top = Math.min(top, b[0]);
                bottom = Math.max(bottom, b[1]);
            }
        }
        int h = bottom - top + 1;
        if (bottom < 0 || h < 5) {
            return false;
        }
        double small = Math.max(2, POINT_WIDE * h);
        double upper = bottom - h / 3.0;
        for (List<int[]> q : pieces) {
            int[] b = boxOf(q);
            if (b[1] - b[0] + 1 > small || b[3] - b[2] + 1 > small || b[1] < bottom - 1 || b[0] < upper
                || q.size() == 1 && h >= ONE_PIXEL_POINT || inkAbove(b, top) || !tallPieceBeside(pieces, b, upper, h)
                || !standsApart(q)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether ink lies over box {@code b} ({top, bottom, left, right}) in its columns, from row
     * {@code top} down: the bottom of a broken serif 0, its top arc a piece of its own above it
     * (dev seed 1657's bar 28 in Liberation Serif, a {@code 40 nm} over a cell).
     */
    private boolean inkAbove(int[] b, int top) {
        for (int y = top; y < b[0]; y++) {
            for (int c = b[2]; c <= b[3]; c++) {
                if (ink[y][c]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A piece of the number counts in its rows when at least this share of the tallest piece's height. */
    private static final double TALL = 0.6;

    /**
     * Whether pieces reach the digits' upper rows ({@code upper}: above it) within {@code h}
     * columns left of box {@code b} ({top, bottom, left, right}) and right of it, the first such
     * piece right of it starting after it.
     */
    private static boolean tallPieceBeside(List<List<int[]>> pieces, int[] b, double upper, int h) {
        boolean left = false;
        boolean right = false;
        for (List<int[]> q : pieces) {
            int[] o = boxOf(q);
            if (o[0] >= upper) {
                continue; // not a glyph's upper part
            }
            double centre = (o[2] + o[3]) / 2.0;
            if (centre > (b[2] + b[3]) / 2.0) {
                if (o[2] <= b[3]) {
                    return false; // the glyph after it stands over it: its own terminal
                }
                right |= o[2] - b[3] <= h;
            } else {
                left |= b[2] - o[3] <= h;
            }
        }
        return left && right;
    }

    /** The eight-connected piece of ink at area row {@code y}, column {@code c}, marked in {@code seen}. */
    private List<int[]> piece(int y, int c, boolean[][] seen) {
        List<int[]> piece = new ArrayList<>();
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.add(new int[] {y, c});
        seen[y][c] = true;
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            piece.add(p);
            for (int[] n : neighbours(p)) {
                if (ink[n[0]][n[1]] && !seen[n[0]][n[1]]) {
                    seen[n[0]][n[1]] = true;
                    todo.add(n);
                }
            }
        }
        return piece;
    }

    /** {top, bottom, left, right} of area pixels {row, column}. */
    private static int[] boxOf(List<int[]> piece) {
        int[] b = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int[] p : piece) {
            b[0] = Math.min(b[0], p[0]);
            b[1] = Math.max(b[1], p[0]);
            b[2] = Math.min(b[2], p[1]);
            b[3] = Math.max(b[3], p[1]);
        }
        return b;
    }

    /** A point's blob is at most this share of the digits' band wide and high (a bold point is about a quarter). */
    private static final double POINT_WIDE = 0.4;
    /**
     * Digits of this height or more draw a decimal point over more than one pixel (a sixth of
     * their height across, 2.3 pixels here): a one-pixel blob beside them is the ground's noise
     * past the threshold (a faint label on a noisy frame read as "20 µm, but its pixels show a
     * decimal point").
     */
    static final int ONE_PIXEL_POINT = 14;

    /** Whether the blob of ink at row {@code y}, area column {@code c} is a point ({@link #pointAmongGlyphs}). */
    private boolean isPoint(int y, int c, int low, int height, double left, double right, List<int[]> glyphs,
        boolean[][] seen) {
        List<int[]> blob = piece(y, c, seen);
        int[] b = boxOf(blob);
        int top = b[0];
        int bottom = b[1];
        int c0 = b[2];
        int c1 = b[3];
        double centre = area.x + (c0 + c1) / 2.0;
        double wide = Math.max(2, POINT_WIDE * height);
        return top >= low && bottom <= band[1] + 1 && c1 - c0 + 1 <= wide && bottom - top + 1 <= wide
            && (blob.size() > 1 || height < ONE_PIXEL_POINT) && centre > left && centre < right
            && beforeNextGlyph(area.x + c1, centre, glyphs) && standsApart(blob);
    }

    /**
     * Whether a blob ending at column {@code end} ends before the glyph after it begins. A Times
     * 5's ball terminal, its hairline lost to the threshold, lies in the 5's own columns (seed
     * 1711's bar 21 in Nimbus Roman, a right {@code 25 µm}); a point lies before the glyph it
     * precedes, and may lie under the one before it (a 7's arm).
     */
    private static boolean beforeNextGlyph(int end, double centre, List<int[]> glyphs) {
        for (int[] g : glyphs) {
            if ((g[0] + g[1]) / 2.0 > centre) {
                return end < g[0];
            }
        }
        return true;
    }

    /**
     * Whether a blob stands apart from all other ink: no path joins it to other ink through pixels
     * at half its own ink's strength or more. A point's ground falls below that on every side; a
     * serif 5's terminal left of the 5's columns is joined to its bowl by a hairline the threshold
     * lost (seed 1712's bar 17 in DejaVu Serif bold at 0.75, a right {@code 25 nm}).
     */
    private boolean standsApart(List<int[]> blob) {
        int[] side = groundAndSide();
        int peak = 0;
        for (int[] p : blob) {
            peak = Math.max(peak, strength(gray.get(area.x + p[1], area.y + p[0]), side));
        }
        boolean[][] reached = new boolean[ink.length][ink[0].length];
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        for (int[] p : blob) {
            reached[p[0]][p[1]] = true;
            todo.add(p);
        }
        boolean[][] own = new boolean[ink.length][ink[0].length];
        blob.forEach(p -> own[p[0]][p[1]] = true);
        while (!todo.isEmpty()) {
            for (int[] n : neighbours(todo.poll())) {
                if (!reached[n[0]][n[1]] && 2 * strength(gray.get(area.x + n[1], area.y + n[0]), side) >= peak) {
                    if (ink[n[0]][n[1]] && !own[n[0]][n[1]]) {
                        return false;
                    }
                    reached[n[0]][n[1]] = true;
                    todo.add(n);
                }
            }
        }
        return true;
    }

    /** The eight neighbours of area pixel {row, column} inside the area. */
    private List<int[]> neighbours(int[] p) {
        List<int[]> out = new java.util.ArrayList<>(8);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int ny = p[0] + dy;
                int nc = p[1] + dx;
                if ((dy != 0 || dx != 0) && ny >= 0 && ny < ink.length && nc >= 0 && nc < ink[0].length) {
                    out.add(new int[] {ny, nc});
                }
            }
        }
        return out;
    }

    /**
     * How far, in pixels, the first glyph read runs on to the left of the line that was read; 0
     * when it does not. The scene search can find a label's line without the left part of its
     * first digit (joined to a cell at one of its levels), and then the line's box starts right at
     * the glyph's cut: the right half of an 8 reads as a sure 3. Measured as the reach of the
     * first character's ink (eight-connected over the digits' band, at most a line height) past
     * the line's box, when that character's box starts at the line's box (a line read whole has a
     * margin before its first glyph).
     */
    int firstGlyphRunsOn() {
        if (band == null || characters.isEmpty() || characters.get(0).box.x > bounds.x + 1) {
            return 0;
        }
        int h = bounds.height;
        Rectangle wide = new Rectangle(bounds.x - h, area.y, h + bounds.width, area.height)
            .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        boolean[][] mask = wide.isEmpty() || wide.x >= bounds.x ? null : ink(gray, wide, new Rectangle());
        if (mask == null) {
            return 0;
        }
        int top = band[0] + area.y - wide.y;
        int bottom = band[1] + area.y - wide.y;
        Rectangle first = characters.get(0).box;
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        boolean[][] seen = new boolean[mask.length][mask[0].length];
        for (int y = top; y <= bottom; y++) {
            for (int x = Math.max(0, first.x - wide.x); x < Math.min(mask[0].length, first.x + first.width - wide.x); x++) {
                if (mask[y][x]) {
                    seen[y][x] = true;
                    todo.add(new int[] {x, y});
                }
            }
        }
        int left = bounds.x - wide.x;
        int leftmost = left;
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            leftmost = Math.min(leftmost, p[0]);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (y >= top && y <= bottom && x >= 0 && x < mask[0].length && mask[y][x] && !seen[y][x]) {
                        seen[y][x] = true;
                        todo.add(new int[] {x, y});
                    }
                }
            }
        }
        // A pixel of antialiasing past the box is no cut.
        return left - leftmost > 1 ? left - leftmost : 0;
    }

    /**
     * How far, in pixels, a glyph the line left out stands to the left of it; 0 when none does.
     * The scene search can find a label without its leading 1 (apart from the rest, or joined to a
     * cell below), and "100 µm" then reads as a sure "90 µm" (fresh seed 1009's bar 12). A glyph:
     * columns of ink filling the digits' band as a digit does, its connected ink staying in the
     * band (a cell crossing the band runs on past it), seen whole (clear columns on its left), no
     * wider than the band is high, and no further from the first glyph read than half the band's
     * height (a word's spacing); or such a glyph beyond a decimal point, the number's whole part
     * ({@code 0.5 µm} found as {@code 5 µm}). At the usual threshold; {@link #glyphLeftOutInStrokes}
     * looks in the strokes alone.
     */
    int glyphLeftOut() {
        return glyphLeftOut(false);
    }

    /**
     * As {@link #glyphLeftOut}, in the strokes alone; 0 also when the digits are under
     * {@link UnitLetters#MIN_STEM_HEIGHT} pixels. A 1 inside a bright cell is one blob with it at the usual
     * threshold (seen seed 1029's bar 25 in DejaVu Sans: a sure {@code 90 µm} for
     * {@code 100 µm}), but the cell is not drawn at the text's extreme.
     */
    int glyphLeftOutInStrokes() {
        return glyphLeftOut(true);
    }

    private int glyphLeftOut(boolean inStrokes) {
        int found = glyphLeftOut(inStrokes, 2);
        // Past a decimal point the whole part can lie further than two heights (a monospaced
        // face's cells: Courier's 2.5 µm found as 5 µm). Only then is it looked for over three,
        // as the wider region's ink draws another threshold.
        return found == PAST_THE_REGION ? Math.max(0, glyphLeftOut(inStrokes, 3)) : found;
    }

    /** {@link #glyphLeftOut(boolean, int)}: a point found, and the region ended before the glyph left of it. */
    private static final int PAST_THE_REGION = -1;

    /** As {@link #glyphLeftOut}, looking {@code heights} of the digits' band left of the first glyph. */
    private int glyphLeftOut(boolean inStrokes, int heights) {
        if (band == null || characters.isEmpty()) {
            return 0;
        }
        int h = band[1] - band[0] + 1;
        int firstX = characters.get(0).box.x;
        // The label's own ink in the region sets the threshold.
        Rectangle wide = new Rectangle(firstX - heights * h, area.y, bounds.x + bounds.width - firstX + heights * h,
            area.height).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        boolean[][] mask = wide.isEmpty() || wide.x >= firstX ? null : ink(gray, wide, new Rectangle());
        if (mask == null) {
            return 0;
        }
        if (!inStrokes) {
            return glyphLeftOut(mask, wide, band);
        }
        int[] rows = strokeRows();
        if (rows == null || rows[1] - rows[0] + 1 < UnitLetters.MIN_STEM_HEIGHT) {
            return 0;
        }
        return glyphLeftOut(strokes(wide, rows[4]), wide, rows);
    }

    /** {@link #glyphLeftOut} in {@code mask} of {@code wide}, for the digits' {@code rows} of {@link #area}. */
    private int glyphLeftOut(boolean[][] mask, Rectangle wide, int[] rows) {
        int h = rows[1] - rows[0] + 1;
        int top = rows[0] + area.y - wide.y;
        int bottom = rows[1] + area.y - wide.y;
        int[] gapped = gapBeforeFirstGlyph(mask, wide, top, bottom, h);
        if (gapped == null) {
            return 0;
        }
        int x = gapped[1];
        int gap = gapped[0] - x;
        int glyphEnd = x;
        while (x >= 0 && inked(mask, x, top, bottom)) {
            x--;
        }
        // ImageJ centres the label on its bar, so a bar in a corner can push the label's start
        // off the image (fresh fraction seed 1755's bar 3 in Liberation Sans: 0.25 mm, its 0 cut
        // by the edge, found from the 2 as a sure 25 mm). A glyph running off the image's left
        // edge is seen as far as the image goes.
        boolean offImage = wide.x == 0;
        if (x < 0 && !offImage || glyphEnd - x > h) {
            return 0; // not seen whole, or wider than a glyph
        }
        // Its ink, eight-connected, within the glyph's columns: a glyph's stays in the band (a
        // pixel of antialiasing past it aside), a cell's runs on above or below it.
        int[] reach = reach(mask, x + 1, glyphEnd, top, bottom);
        if (x >= 0 && glyphEnd - x <= Math.max(2, POINT_WIDE * h) && reach[0] >= bottom - h / 3.0
            && reach[1] <= bottom + 1) {
            // A decimal point: the number's whole part stands left of it. ImageJ's 2.5 µm and
            // 0.5 µm were found as a sure 5 µm, the line cut at the point's gap. A monospaced
            // face sets the point in a whole cell, so the gaps either side are up to a height.
            int pointEnd = x;
            while (x >= 0 && !inked(mask, x, top, bottom)) {
                x--;
            }
            if (x < 0 || pointEnd - x > h) {
                // Only ground between the point and the image's edge: the whole part is off it.
                return x < 0 && pointEnd - x <= h ? (offImage ? bounds.x - wide.x : PAST_THE_REGION) : 0;
            }
            glyphEnd = x;
            while (x >= 0 && inked(mask, x, top, bottom)) {
                x--;
            }
            if (x < 0 && !offImage || glyphEnd - x > h) {
                return x < 0 && glyphEnd - x <= h ? PAST_THE_REGION : 0;
            }
            reach = reach(mask, x + 1, glyphEnd, top, bottom);
        } else if (gap > h / 2) {
            return 0; // further than a word's spacing from the first glyph read
        }
        boolean inBand = reach[0] >= top - 1 && reach[1] <= bottom + 1;
        return inBand && reach[1] - reach[0] + 1 >= DIGIT_FILL * h ? bounds.x - (wide.x + x + 1) : 0;
    }

    /**
     * Left of the first glyph read in {@code mask} of {@code wide}, over its rows {@code top} to
     * {@code bottom}: {the gap's last column, the first inked column left of the gap}, past the
     * glyph's own overhang; null where no ink lies within {@code h} columns of the gap's end.
     */
    private int[] gapBeforeFirstGlyph(boolean[][] mask, Rectangle wide, int top, int bottom, int h) {
        return gapBeforeFirstGlyph(mask, wide, characters.get(0).box.x, top, bottom, h);
    }

    /** As {@link #gapBeforeFirstGlyph(boolean[][], Rectangle, int, int, int)}, the first glyph starting at image column {@code start}. */
    private int[] gapBeforeFirstGlyph(boolean[][] mask, Rectangle wide, int start, int top, int bottom, int h) {
        int x = start - 1 - wide.x;
        while (x >= 0 && inked(mask, x, top, bottom)) {
            x--; // the first glyph's own overhang past its box
        }
        int gapEnd = x;
        while (x >= 0 && !inked(mask, x, top, bottom)) {
            x--;
        }
        return x < 0 || gapEnd - x > h ? null : new int[] {gapEnd, x};
    }

    /**
     * Whether a decimal point stands just left of the first glyph read, within a digits' height of
     * it: a run of columns no wider than {@link #POINT_WIDE} of the band, seen whole, whose ink
     * stays in the band's bottom third (a pixel below for its blur) and is at least half as strong
     * as the first glyph's. A number never starts with a point: the line was found without its
     * whole part, and whatever it reads is off tenfold or more. {@link #glyphLeftOut} finds the
     * whole part when it stands clear; a thin {@code 0} joined to a cell does not (fraction seed
     * 1721's bar 33 in FreeMono, {@code 0.1 nm} a sure {@code 1 nm}), but the point still shows.
     */
    boolean pointLeftOut() {
        if (band == null || characters.isEmpty()) {
            return false;
        }
        int h = band[1] - band[0] + 1;
        int firstX = characters.get(0).box.x;
        Rectangle wide = new Rectangle(firstX - 2 * h, area.y, bounds.x + bounds.width - firstX + 2 * h, area.height)
            .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        boolean[][] mask = wide.isEmpty() || wide.x >= firstX ? null : ink(gray, wide, new Rectangle());
        if (mask == null) {
            return false;
        }
        int top = band[0] + area.y - wide.y;
        int bottom = band[1] + area.y - wide.y;
        // Then in the band's bottom third alone: a cell touching the tops of the whole part's
        // glyphs can fill the columns between them and the point (fresh fraction seed 1746's bar
        // 32 in FreeMono: a thin 0.2 µm found as a sure 2 µm, a cell over its 0).
        return pointLeftOut(mask, wide, top, bottom, h, firstX)
            || pointLeftOut(mask, wide, (int) Math.ceil(bottom - h / 3.0), bottom, h, firstX);
    }

    /**
     * The first column of the first glyph read, in {@code mask} of {@code wide}: the first from
     * its box's on whose ink spans half the digits' rows {@code top..bottom}, within the box; the
     * box's first where none does. A box from the reading can start left of its glyph, over the
     * point before it (fresh fraction seed 1747's bar 17 in Liberation Sans: a JPEG
     * {@code 0.1 µm} found from its point on, read as a sure {@code 1µm}).
     */
    private int firstGlyphColumn(boolean[][] mask, Rectangle wide, int top, int bottom) {
        Rectangle box = characters.get(0).box;
        for (int x = Math.max(box.x, wide.x); x < Math.min(box.x + box.width, wide.x + wide.width); x++) {
            int first = -1;
            int last = -1;
            for (int y = top; y <= bottom; y++) {
                if (mask[y][x - wide.x]) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
            if (first >= 0 && last - first + 1 >= (bottom - top + 1) / 2.0) {
                return x;
            }
        }
        return box.x;
    }

    /** {@link #pointLeftOut} with the gap and the point's columns looked for over rows {@code from..bottom} of {@code mask}. */
    private boolean pointLeftOut(boolean[][] mask, Rectangle wide, int from, int bottom, int h, int firstX) {
        int[] gapped = gapBeforeFirstGlyph(mask, wide, firstGlyphColumn(mask, wide, bottom - h + 1, bottom), from,
            bottom, h);
        if (gapped == null) {
            return false;
        }
        int x = gapped[1];
        int end = x;
        while (x >= 0 && inked(mask, x, from, bottom)) {
            x--;
        }
        double wideMost = Math.max(2, POINT_WIDE * h);
        if (x < 0 || end - x > wideMost) {
            return false;
        }
        int[] reach = reach(mask, x + 1, end, from, bottom);
        if (reach[0] < bottom - h / 3.0 || reach[1] > bottom + 1 || reach[1] - reach[0] + 1 > wideMost
            || end - x == 1 && reach[0] == reach[1] && h >= ONE_PIXEL_POINT) {
            return false;
        }
        int[] side = groundAndSide(gray, wide);
        int top = band[0] + area.y;
        return peak(wide.x + x + 1, wide.x + end, wide.y + reach[0], wide.y + reach[1], side)
            >= 0.5 * peak(firstX, firstX + characters.get(0).box.width - 1, top, area.y + band[1], side);
    }

    /**
     * Whether a number read as a lone 1 is joined to the unit's first letter: its ink, eight-connected
     * within the digits' band, reaches past the first quarter of that letter's box. A label found
     * without its number, its unit alone, can be read with a stroke of the unit as a digit, and a
     * stroke reads as a 1 (fresh fraction seed 1746's bar 27 in bold Nimbus Mono PS: {@code 0.2 µm}
     * read as a sure {@code 1µm}, the 1 the micro sign's stem, the 0.2 a monospaced space to the
     * left). ImageJ sets a space between the number and the unit; only a lone 1 is judged, as a
     * cell or JPEG's blur can join a real label's digits to its unit (on development bars, such a
     * rule over every number doubted 16 right labels).
     */
    boolean numberJoinsUnit() {
        List<int[]> glyphs = band == null || letter != 1 || !characters.get(0).label.equals("1") ? List.of()
            : glyphs(ink, band);
        if (glyphs.isEmpty()) {
            return false;
        }
        Rectangle unit = characters.get(letter).box;
        int[] last = glyphs.get(glyphs.size() - 1);
        int past = unit.x + unit.width / 4 - area.x;
        boolean[][] seen = new boolean[ink.length][ink[0].length];
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        for (int y = band[0]; y <= band[1]; y++) {
            for (int x = last[0] - area.x; x <= last[1] - area.x; x++) {
                if (ink[y][x]) {
                    seen[y][x] = true;
                    todo.add(new int[] {x, y});
                }
            }
        }
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            if (p[0] >= past) {
                return true;
            }
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (y >= band[0] && y <= band[1] && x >= 0 && x < ink[0].length && ink[y][x] && !seen[y][x]) {
                        seen[y][x] = true;
                        todo.add(new int[] {x, y});
                    }
                }
            }
        }
        return false;
    }

    /** The strongest ink ({@link #strength}) in columns {@code x0..x1}, rows {@code y0..y1} of the image. */
    private int peak(int x0, int x1, int y0, int y1, int[] side) {
        int most = 0;
        for (int y = Math.max(0, y0); y <= Math.min(gray.getHeight() - 1, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(gray.getWidth() - 1, x1); x++) {
                most = Math.max(most, strength(gray.get(x, y), side));
            }
        }
        return most;
    }

    /**
     * The rows, in image y, that the number's own strokes fill, when ink joined to its glyphs runs
     * on above or below them; null when none does. A cell touching a digit from below joins it at
     * any threshold and turns a 0 into a sure 9 (fresh seed 1041's bar 3, {@code 59µm} for
     * {@code 50 µm}), but burned-in text is drawn at the ground's far extreme and a cell is not:
     * the number's rows are those where its strokes reach {@value #STROKE} of the way there.
     */
    int[] digitsTouched() {
        return touched(strokeRows());
    }

    /**
     * As {@link #digitsTouched} for the unit's letters: their strokes' rows when ink joined to them
     * runs on past those; null when none does (or there is no unit). A bright cell under a bold
     * {@code nm} made it a sure {@code mm} (fresh seed 1315's bar 35 in Liberation Sans).
     */
    int[] unitTouched() {
        if (ink == null || letter >= characters.size()) {
            return null;
        }
        Rectangle last = characters.get(characters.size() - 1).box;
        return touched(strokeRows(characters.get(letter).box.x, last.x + last.width));
    }

    /** The height of the digits' band, the rows the unit's strokes are counted against; 0 when there is none. */
    int bandHeight() {
        return band == null ? 0 : band[1] - band[0] + 1;
    }

    /** How many rows the number's strokes reach ({@link #digitsTouched}); 0 when none. */
    int digitsHeight() {
        int[] rows = strokeRows();
        return rows == null ? 0 : rows[1] - rows[0] + 1;
    }

    /** The stroke rows {@code rows} (of strokeRows) in the image when ink joined to them runs past them; else null. */
    private int[] touched(int[] rows) {
        if (rows == null) {
            return null;
        }
        // The digits' ink at the usual threshold, eight-connected: its antialiased edges may reach
        // a row past the strokes' rows, what touches them further.
        int[] reach = reach(ink, rows[2] - area.x, rows[3] - area.x, rows[0], rows[1]);
        return reach[0] < rows[0] - 1 || reach[1] > rows[1] + 1 ? new int[] {area.y + rows[0], area.y + rows[1]} : null;
    }

    /**
     * How many glyphs the number's strokes alone show where no character was read (runs of
     * columns as in {@link #digitsShown}, counted on the pixels {@value #STROKE} of the way from
     * the ground to the text's extreme, in the rows where the strokes reach that, the bar's pixels
     * left out); -1 when the digits are under
     * {@link UnitLetters#MIN_STEM_HEIGHT} pixels. A cell under a digit joins it to its neighbour at the
     * usual threshold, and the reading can lose the digit to the cell, the count in
     * {@link #digitsShown} with it (seed 1311's bar 9 in Liberation Sans: a 0 inside a cell,
     * {@code 5 µm} for {@code 50 µm}); the cell is not drawn at the text's extreme. Only glyphs
     * a digit wide, under no character's box for half their width: at that level a thin 0 read
     * right can fall apart into its two sides, one past its box.
     */
    int unreadGlyphsInStrokes() {
        int[] rows = strokeRows();
        List<int[]> glyphs = strokeGlyphs(rows);
        if (glyphs == null) {
            return -1;
        }
        int height = rows[1] - rows[0] + 1;
        int unread = 0;
        for (int[] glyph : glyphs) {
            int width = glyph[1] - glyph[0] + 1;
            boolean read = false;
            for (CharacterReading c : characters.subList(0, letter)) {
                int shared = Math.min(glyph[1] + 1, c.box.x + c.box.width) - Math.max(glyph[0], c.box.x);
                read |= 2 * shared >= width;
            }
            // A digit's width, not a stem's: a thin curve short of the level leaves a 0's side
            // apart, and a character's box from the reading may not reach over it.
            unread += read || width < DIGIT_WIDTH * height ? 0 : 1;
        }
        return unread;
    }

    /**
     * How many glyphs the number's strokes alone show (as in {@link #unreadGlyphsInStrokes}, a 1's
     * stem counted too); -1 when the digits are under {@link UnitLetters#MIN_STEM_HEIGHT} pixels. Fewer than
     * the digits read can be a cell beside the number read as a digit (a bright cell touching a
     * white 1 from the left read as another 1: seed 1387's bar 38 in Liberation Sans,
     * {@code 1100 µm} for {@code 100 µm}); the cell is not drawn at the text's extreme. It can also
     * be two digits touching. More can be a digit the reading dropped over a cell (seed 1307's bar
     * 15 in DejaVu Sans: {@code 10 mm} for {@code 100 mm}), or a thin 0 fallen apart at that level.
     */
    int glyphsInStrokes() {
        List<int[]> glyphs = strokeGlyphs(strokeRows());
        return glyphs == null ? -1 : glyphs.size();
    }

    /**
     * The glyphs of the number in its strokes alone, as {first, last} columns in the image, where
     * the digits are at least {@code minHeight} pixels (null otherwise, or when there are none).
     */
    List<int[]> glyphColumnsInStrokes(int minHeight) {
        int[] rows = strokeRows();
        return rows == null || rows[1] - rows[0] + 1 < minHeight ? null : strokeGlyphsAnyHeight(rows);
    }

    /**
     * The glyphs of {@link #glyphsInStrokes()} in the number's stroke {@code rows}; null when there
     * are none or the digits are under {@link UnitLetters#MIN_STEM_HEIGHT} pixels.
     */
    private List<int[]> strokeGlyphs(int[] rows) {
        return rows == null || rows[1] - rows[0] + 1 < UnitLetters.MIN_STEM_HEIGHT ? null : strokeGlyphsAnyHeight(rows);
    }

    /** As {@link #strokeGlyphs}, at any height. */
    private List<int[]> strokeGlyphsAnyHeight(int[] rows) {
        if (letter >= characters.size()) {
            return null;
        }
        return glyphs(strokes(area, rows[4]), new int[] {rows[0], rows[1]});
    }

    /** The pixels of {@code r}, row by row, at the strokes' {@code level} or over it; the bar's are none. */
    private boolean[][] strokes(Rectangle r, int level) {
        int[] side = groundAndSide();
        boolean[][] strokes = new boolean[r.height][r.width];
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                strokes[y][x] = !notText.contains(r.x + x, r.y + y)
                    && strength(gray.get(r.x + x, r.y + y), side) >= level;
            }
        }
        return strokes;
    }

    /**
     * Whether ink at the usual threshold lies in the number's rows and columns (from its first
     * character's box to the unit's) that nowhere reaches the strokes' level and touches no stroke:
     * a faint cell or blob beside a digit, which the reading can join to it (seen seed 887's bar
     * 29 in Liberation Sans: a grey blob left of a black 1, read with it as a 4). Burned-in text is
     * drawn at the ground's far extreme, and its antialiased edges touch its strokes. False when
     * the digits are under {@link UnitLetters#MIN_STEM_HEIGHT} pixels; only parts a quarter of the digits'
     * height or taller count.
     */
    boolean faintInkAmongDigits() {
        int[] rows = strokeRows();
        if (rows == null || rows[1] - rows[0] + 1 < UnitLetters.MIN_STEM_HEIGHT || letter >= characters.size()) {
            return false;
        }
        int[] side = groundAndSide();
        int from = Math.max(0, characters.get(0).box.x - area.x);
        int to = Math.min(area.width, characters.get(letter).box.x - area.x);
        boolean[][] seen = new boolean[area.height][area.width];
        for (int y = rows[0]; y <= rows[1]; y++) {
            for (int x = from; x < to; x++) {
                if (!ink[y][x] || seen[y][x]) {
                    continue;
                }
                // The part's rows, and whether it reaches the strokes' level (a bar's pixels count as such).
                int top = y;
                int bottom = y;
                boolean strong = false;
                java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
                todo.add(new int[] {x, y});
                seen[y][x] = true;
                while (!todo.isEmpty()) {
                    int[] p = todo.poll();
                    top = Math.min(top, p[1]);
                    bottom = Math.max(bottom, p[1]);
                    strong |= notText.contains(area.x + p[0], area.y + p[1])
                        || strength(gray.get(area.x + p[0], area.y + p[1]), side) >= rows[4];
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = p[0] + dx;
                            int ny = p[1] + dy;
                            if (nx >= 0 && ny >= 0 && nx < area.width && ny < area.height && ink[ny][nx]
                                && !seen[ny][nx]) {
                                seen[ny][nx] = true;
                                todo.add(new int[] {nx, ny});
                            }
                        }
                    }
                }
                if (!strong && 4 * (bottom - top + 1) >= rows[1] - rows[0] + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The number's stroke rows: {top, bottom} in area rows where its strongest pixel reaches
     * {@value #STROKE} of the way to the text's extreme, then its columns {x0, x1} in the image
     * and that level; null when there is no number or under 5 such rows.
     */
    private int[] strokeRows() {
        if (ink == null || letter == 0) {
            return null;
        }
        int end = letter < characters.size() ? characters.get(letter).box.x : bounds.x + bounds.width;
        return strokeRows(characters.get(0).box.x, end);
    }

    /** As {@link #strokeRows()} for the ink in columns {@code from} to {@code end} (exclusive) of the image. */
    private int[] strokeRows(int from, int end) {
        int x0 = Math.max(area.x, from);
        int x1 = Math.min(area.x + area.width, end) - 1;
        if (x1 - x0 < 2) {
            return null;
        }
        int[] side = groundAndSide();
        int[] strongest = new int[area.height];
        for (int y = 0; y < area.height; y++) {
            for (int x = x0; x <= x1 && !barRow(ink, y); x++) {
                // The bar's rows end the number's, as in band(): a bar just above is no stroke.
                if (!notText.contains(x, area.y + y)) {
                    strongest[y] = Math.max(strongest[y], strength(gray.get(x, area.y + y), side));
                }
            }
        }
        int lineTop = Math.max(0, bounds.y - area.y);
        int lineEnd = Math.min(area.height, bounds.y + bounds.height - area.y);
        int middle = lineTop;
        for (int y = lineTop; y < lineEnd; y++) {
            middle = strongest[y] > strongest[middle] ? y : middle;
        }
        // Grown over a row whose strokes all fall between pixels (a thin 0's sides), not two.
        double level = STROKE * strongest[middle];
        int top = middle;
        while (top > 0 && (strongest[top - 1] >= level || top > 1 && strongest[top - 2] >= level)) {
            top -= strongest[top - 1] >= level ? 1 : 2;
        }
        int bottom = middle;
        while (bottom + 1 < area.height && (strongest[bottom + 1] >= level
            || bottom + 2 < area.height && strongest[bottom + 2] >= level)) {
            bottom += strongest[bottom + 1] >= level ? 1 : 2;
        }
        return bottom - top + 1 < 5 ? null : new int[] {top, bottom, x0, x1, (int) Math.ceil(level)};
    }

    /** A glyph in the strokes at least this share of the digits' height wide is a digit's, not a stem (a 1 is not seen). */
    private static final double DIGIT_WIDTH = 0.3;

    /** How far from the ground to the text's extreme a row's strongest pixel must be to be a row of the number's strokes. */
    static final double STROKE = 0.75;

    /** {top, bottom} rows of the ink eight-connected to the band's ink in columns {@code x0..x1}, within them. */
    private static int[] reach(boolean[][] mask, int x0, int x1, int top, int bottom) {
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        boolean[][] seen = new boolean[mask.length][x1 - x0 + 1];
        for (int y = top; y <= bottom; y++) {
            for (int x = x0; x <= x1; x++) {
                if (mask[y][x]) {
                    seen[y][x - x0] = true;
                    todo.add(new int[] {x, y});
                }
            }
        }
        int[] rows = {bottom, top};
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            rows[0] = Math.min(rows[0], p[1]);
            rows[1] = Math.max(rows[1], p[1]);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (y >= 0 && y < mask.length && x >= x0 && x <= x1 && mask[y][x] && !seen[y][x - x0]) {
                        seen[y][x - x0] = true;
                        todo.add(new int[] {x, y});
                    }
                }
            }
        }
        return rows;
    }

    private static boolean inked(boolean[][] mask, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (mask[y][x]) {
                return true;
            }
        }
        return false;
    }

    /** The number's glyphs in {@code mask} over {@code band}'s rows as {first, last} columns, in image x: see {@link #digitsShown}. */
    List<int[]> glyphs(boolean[][] mask, int[] band) {
        int height = band[1] - band[0] + 1;
        Rectangle own = characters.get(letter).box;
        int x0 = Math.max(area.x, characters.get(0).box.x - height);
        int x1 = Math.min(area.x + area.width, own.x);
        List<int[]> out = new java.util.ArrayList<>();
        int runStart = -1;
        int runTop = Integer.MAX_VALUE;
        int runBottom = -1;
        boolean stem = false;
        for (int x = x0; x <= x1; x++) {
            int top = -1;
            int bottom = -1;
            int stroke = 0;
            int longest = 0;
            for (int y = band[0]; x < x1 && y <= band[1]; y++) {
                if (mask[y][x - area.x]) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    longest = Math.max(longest, ++stroke);
                } else {
                    stroke = 0;
                }
            }
            // A column inked over less than half the band is a gap: touching digits meet there.
            if (top >= 0 && bottom - top + 1 >= height / 2.0) {
                runStart = runBottom < 0 ? x : runStart;
                runTop = Math.min(runTop, top);
                runBottom = Math.max(runBottom, bottom);
                stem |= longest >= DIGIT_FILL * height;
            } else if (runBottom >= 0) {
                // One column with no stroke down it is the tip of a 2's hook above its foot, cut
                // off by the column under the hook's gap; a one-column 1 is all stem. A run inked
                // from the first column on is not seen whole: a cell beside the label, not a digit.
                if (runBottom - runTop + 1 >= DIGIT_FILL * height && (x - runStart > 1 || stem)
                    && (runStart > x0 || runStart >= characters.get(0).box.x)) {
                    out.add(new int[] {runStart, x - 1});
                }
                runTop = Integer.MAX_VALUE;
                runBottom = -1;
                stem = false;
            }
        }
        return out;
    }


    /**
     * {top, bottom} of the digits' band, in area rows ({@link #bandAtThreshold}); where that runs
     * into something (a cell under the digits on to the image's edge: seed 1373's bar 11), the
     * number's stroke rows, at the text's extreme that a cell does not reach: without rows, every
     * check of the label's shape is off. Null when there are neither.
     */
    private int[] band(Rectangle last, int unit) {
        int[] strokes = strokeRows();
        int[] found = bandAtThreshold(last, unit, strokes);
        return found != null || strokes == null ? found : new int[] {strokes[0], strokes[1]};
    }

    /**
     * The rows with ink over the number's last digit (not left of it: what stands left of the
     * number, a cell, may reach any height), grown up and down from the line's most inked row (a
     * line's box may clip its text, or reach past it); null when they run into something or are
     * few. Counted from the last digit's approximate box on to the unit's ({@code unit}, its x)
     * where that stays in the number's stroke rows and takes in the rows over the box alone: the
     * box can lie a few pixels left of the digit's ink (seed 1325's bar 29 in Liberation Sans, a
     * 5 cut to its top half), but a cell between the number and the unit can run on past the
     * digits (fresh seed 1335's bar 14). {@code strokes}: {@link #strokeRows()}.
     */
    private int[] bandAtThreshold(Rectangle last, int unit, int[] strokes) {
        int[] own = band(ink, area, bounds, last.x, last.x + last.width);
        int[] on = unit > last.x + last.width ? band(ink, area, bounds, last.x, unit) : null;
        if (on == null || on[1] - on[0] + 1 > bounds.height || own != null && (on[0] > own[0] || on[1] < own[1])) {
            return own;
        }
        return strokes == null || on[0] >= strokes[0] - 1 && on[1] <= strokes[1] + 1 ? on : own;
    }

    private static int[] band(boolean[][] ink, Rectangle area, Rectangle bounds, int from, int to) {
        int x0 = Math.max(area.x, from);
        int x1 = Math.min(area.x + area.width, to);
        int[] rowInk = new int[area.height];
        for (int y = 0; y < area.height; y++) {
            for (int x = x0; x < x1; x++) {
                rowInk[y] += ink[y][x - area.x] ? 1 : 0;
            }
        }
        // A row inked nearly all across the label is the bar, never a row of text, which has gaps:
        // it ends the band like an empty row.
        for (int y = 0; y < area.height; y++) {
            if (barRow(ink, y)) {
                rowInk[y] = 0;
            }
        }
        // Start from the line's most inked row: its box may reach well past its text.
        int middle = -1;
        for (int y = Math.max(0, bounds.y - area.y); y < Math.min(area.height, bounds.y + bounds.height - area.y); y++) {
            if (middle < 0 || rowInk[y] > rowInk[middle]) {
                middle = y;
            }
        }
        if (middle < 0 || rowInk[middle] == 0) {
            return null;
        }
        int top = middle;
        while (top > 0 && rowInk[top - 1] > 0) {
            top--;
        }
        int end = middle;
        while (end + 1 < area.height && rowInk[end + 1] > 0) {
            end++;
        }
        return end - top + 1 < 5 || top == 0 || end == area.height - 1 ? null : new int[] {top, end};
    }

    /** Whether area row {@code y} is inked nearly all across: the scale bar, not text. */
    private static boolean barRow(boolean[][] ink, int y) {
        int across = 0;
        for (boolean b : ink[y]) {
            across += b ? 1 : 0;
        }
        return across >= 0.9 * ink[y].length;
    }

    /**
     * Ink of the area, by Otsu's threshold over its pixels outside {@code exclude}, the side away
     * from the area's median being ink; null: flat. The median, not the border's: the area is mostly ground, but the bar may run along
     * its top or bottom edge and fill that whole border row.
     */
    private static boolean[][] ink(ByteProcessor gray, Rectangle area, Rectangle exclude) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (!exclude.contains(x, y)) {
                    hist[gray.get(x, y)]++;
                    n++;
                }
            }
        }
        int cut = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, hist);
        int seen = 0;
        int ground = 0;
        while (ground < 255 && (seen += hist[ground]) * 2 < n) {
            ground++;
        }
        if (Arrays.stream(hist, 0, cut + 1).sum() == 0 || Arrays.stream(hist, cut + 1, 256).sum() == 0) {
            return null;
        }
        boolean light = ground <= cut;
        boolean[][] out = new boolean[area.height][area.width];
        for (int y = 0; y < area.height; y++) {
            for (int x = 0; x < area.width; x++) {
                int v = gray.get(area.x + x, area.y + y);
                out[y][x] = light ? v > cut : v <= cut;
            }
        }
        return out;
    }

}
