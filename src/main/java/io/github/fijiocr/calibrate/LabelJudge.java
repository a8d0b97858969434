package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;

/**
 * Whether a scale bar's label, as read, is sure enough to set a scale, and which unit it has. A
 * wrong unit is a calibration off by a thousand and a dropped digit one off by ten, so each way
 * the reading can fail is checked on its own: the number against every label one digit away
 * ({@link NumberOdds}, of the length its glyphs show), the unit ({@link UnitJudge}: its first
 * letter against every other letter, the four length units against each other, a µ's descender,
 * an nm's letters against an mm's), and the pixels ({@link LabelShape}) for digits the reading
 * left out or added (glyphs counted also in the strokes alone, for a digit lost in a cell or a
 * cell read as one;
 * faint ink among the digits; a glyph left of the line; a first digit cut by the line, read
 * again with a margin left of it), for a cell touching a digit or the unit's letters, and for
 * the unit's strokes (an n read as m; and, showing the unit read's count, they settle a close
 * call between nm and mm).
 */
final class LabelJudge {
    /**
     * A digit read with less confidence than this is one the label pattern made up: the pattern
     * asks for a number, and where the line was found without its digits (a label left of its
     * bar, its number cut off) the least improbable digit is put in. Against the other digits it
     * can still look sure, so its own confidence is what tells.
     */
    static final double MADE_UP_DIGIT = 0.01;
    /** A glyph this share of the digits' height wide or more is a digit other than 1 ({@link #allWide}). */
    static final double DIGIT_WIDE = 0.4;
    /** A label's unit is taken when its letters' mean confidence reaches this: it is one of a closed set. */
    static final double UNIT_CONFIDENCE = 0.3;
    /**
     * A glyph whose hole runs this share of the digits' height or more is a 0's ring, not a 9's
     * or 6's bowl: a monospaced face's dotted 0 was read as a sure 9 (a DejaVu Sans Mono
     * {@code 50 µm} read {@code 59 µm}, 18% off, on fresh seed 1592). Of 1,170 zeros drawn in six
     * faces, 11 to 28 points, 864 had a hole this tall (at the usual threshold or in the strokes
     * alone, {@link LabelShape#holeHeights}); of 3,553 sixes and nines, 4 did.
     */
    static final double RING = 0.7;

    /**
     * How probable, against the label's reading, the same number with a decimal point put in must
     * be for the reading to be doubted. A lost point is a tenfold error, and the line model still
     * weighs a point it did not choose: on development bars (seeds 1746-1751, twelve faces) the
     * fractions read without their point and left unflagged had the point at 1 in 4 to 1 in 1,800,
     * the right labels that could take a point (numbers not ending in 0) at 1 in 4,200 or less;
     * but a right 15-point {@code 13 nm} (seed 1097's bar 17, kept in the tests) had it at 1 in
     * 837. The bar is set clear of that, at the cost of the least sure misreadings.
     */
    static final double POINT_ODDS = 1.0 / 500;

    /**
     * A glyph at least this share of the digits' height wide is two digits run together: a
     * digit's ink is at most about two thirds as wide as high (a bold one), a pixel of grey either
     * side more at 8 pixels; two digits side by side are about as wide as high.
     */
    static final double TWO_DIGITS_WIDE = 0.9;
    /**
     * Where the pixels show more glyphs before the unit than digits were read, but those glyphs
     * fit the digits read ({@link LabelShape#glyphsFitDigits}), the line is read again in boxes
     * wider by these shares of its height each side ({@link #readsAlikeWider}). A reading that
     * lost a digit to its box's edges reads otherwise in some other box (a 100 µm read as 10 µm in
     * its line's own box read 10 µm a half and a whole height wider, but 100 µm a quarter wider);
     * small serif digits that the count splits at a hairline read the same in all.
     */
    private static final double[] WIDER = {0.25, 0.5, 1};

    /** What the label says and how sure that is; {@link #doubt} null when the scale may be set. */
    static final class Verdict {
        final String unit;
        /** The number's probability against its one-digit neighbours. */
        final double confidence;
        final String doubt;

        Verdict(String unit, double confidence, String doubt) {
            this.unit = unit;
            this.confidence = confidence;
            this.doubt = doubt;
        }
    }

    private final LineRecognizer recognizer;
    private final NumberOdds odds;
    private final UnitJudge units;
    private final double threshold;

    /** {@code recognizer}: the label reader; {@code threshold}: the least probability the number and unit need. */
    LabelJudge(LineRecognizer recognizer, double threshold) {
        this.recognizer = recognizer;
        this.odds = new NumberOdds(recognizer);
        this.units = new UnitJudge(recognizer, odds);
        this.threshold = threshold;
    }

    /** The verdict on {@code label}, read in {@code gray} as a length with {@code unit}. */
    Verdict of(ByteProcessor gray, Recognizer.ReadLine label, String unit) {
        return of(gray, label, unit, null);
    }

    /** Whether {@code text} has a fraction: a digit, a point or comma, a digit. */
    static boolean hasFraction(String text) {
        return text.matches(".*\\d[.,]\\d.*");
    }

    /**
     * Whether the pixels of {@code label}, beside {@code bar} (null: none known), show a decimal
     * point among its digits or just before them ({@link LabelShape#pointAmongGlyphs},
     * {@link LabelShape#pointLeftOut}, {@link #pointAmongPieces}).
     */
    static boolean showsPoint(ByteProcessor gray, Recognizer.ReadLine label, Rectangle bar) {
        int letter = LabelShape.firstLetter(label.characters);
        if (letter >= label.characters.size()) {
            return false;
        }
        LabelShape shape = LabelShape.beside(gray, label.bounds, label.characters, letter, bar);
        return shape.pointAmongGlyphs() || shape.pointLeftOut() || pointAmongPieces(gray, label, letter, shape, bar);
    }

    /**
     * Whether the line model finds {@code label}, a whole number, at least {@link #POINT_ODDS} as
     * likely to have a decimal point between its digits: the judge doubts it then.
     */
    boolean pointLikely(ByteProcessor gray, Recognizer.ReadLine label) {
        return !hasFraction(label.text) && odds.pointOdds(gray, label) >= POINT_ODDS;
    }

    /**
     * Whether the pixels of {@code label} show a decimal point among its digits
     * ({@link LabelShape#pointAmongGlyphs}, {@link #pointAmongPieces}): not before them, where a
     * point says a digit was lost rather than a point.
     */
    static boolean pointAmongDigits(ByteProcessor gray, Recognizer.ReadLine label, Rectangle bar) {
        int letter = LabelShape.firstLetter(label.characters);
        if (letter >= label.characters.size()) {
            return false;
        }
        LabelShape shape = LabelShape.beside(gray, label.bounds, label.characters, letter, bar);
        return shape.pointAmongGlyphs() || pointAmongPieces(gray, label, letter, shape, bar)
            || !hasFraction(label.text) && shape.digitsSpacedByPoint();
    }

    /**
     * {@link LabelShape#pointAmongPieces} in {@code shape}, or with the bar's pixels left out of
     * the ink's threshold ({@link LabelShape#offBar}).
     */
    private static boolean pointAmongPieces(ByteProcessor gray, Recognizer.ReadLine label, int letter, LabelShape shape,
        Rectangle bar) {
        if (shape.pointAmongPieces()) {
            return true;
        }
        LabelShape offBar = LabelShape.offBar(gray, label.bounds, label.characters, letter, bar);
        return offBar != null && offBar.pointAmongPieces();
    }

    /**
     * The same for the label of {@code bar} (null: none known), whose pixels are never the
     * label's: a line found right under a thin bar can reach over it.
     */
    Verdict of(ByteProcessor gray, Recognizer.ReadLine label, String unit, Rectangle bar) {
        return of(gray, label, unit, bar, null);
    }

    /**
     * The same, for a label whose decimal point its pixels show ({@code pointShown}; null: a
     * fraction whose pixels show its point, judged here): its number is then weighed only against
     * neighbours that keep the point ({@link ShownPoint}).
     */
    Verdict of(ByteProcessor gray, Recognizer.ReadLine label, String unit, Rectangle bar, Boolean pointShown) {
        double letters = label.characters.stream().filter(c -> Character.isLetter(c.label.codePointAt(0)))
            .mapToDouble(c -> c.confidence).average().orElse(0);
        String doubt = ScaleBarReader.doubtOfUnit(unit);
        doubt = doubt != null ? doubt : ScaleBarReader.doubtOfComma(label.text);
        int letter = LabelShape.firstLetter(label.characters);
        LabelShape shape = letter < label.characters.size()
            ? LabelShape.beside(gray, label.bounds, label.characters, letter, bar) : null;
        LabelShape.Answer micro = shape == null ? LabelShape.Answer.UNCLEAR : shape.microSign();
        int stems = shape == null ? -1 : shape.unitStems();
        // The unit's first letters that mean one unit here: u and µ always; n and m once the
        // letters' strokes have told which of the two the label has.
        String oneMeaning = "uµ";
        int smallStems = shape == null ? -1 : shape.unitStems(UnitLetters.MIN_SETTLING_HEIGHT);
        int[] widths = shape == null ? null : shape.unitLetterWidths(UnitLetters.MIN_WIDTHS_HEIGHT);
        // Only where the second letter is no wider than an m can be: a cell joined to it (a
        // bright cell against a white mm's second m, dev seed 1681's bar 16 in FreeMono, 11 and
        // 25 pixels wide at 14) passes for an n beside an m, and an mm was set as a sure nm.
        boolean nThenM = shape != null && NmOrMm.nThenM(widths, shape.bandHeight())
            && NmOrMm.oneM(widths[1], shape.bandHeight());
        if (doubt == null) {
            // The digits' height: the smaller of their band and their stroke rows where both are
            // found (a band of 8 rows over strokes of 6: seed 1608's bar 8 in DejaVu Sans Mono,
            // a bold 40 nm read as a sure mm).
            int height = shape == null ? 0 : shape.digitsHeight() > 0
                ? Math.min(shape.bandHeight(), shape.digitsHeight()) : shape.bandHeight();
            boolean small = height < UnitLetters.MIN_SETTLING_HEIGHT;
            String[] settled = units.settled(gray, label, unit, micro, smallStems, small, nThenM);
            unit = settled[0];
            doubt = settled[1];
            oneMeaning = settled[2] == null ? oneMeaning : settled[2];
        }
        if (doubt == null && unit.equals("mm") && shape != null
            && NmOrMm.widthsDoubtMm(widths, shape.bandHeight(), smallStems)) {
            // The model reads a Times-shaped nm as a sure mm; its letters' widths and strokes do
            // not (fresh seeds 1600-1609 in Liberation Serif: ten such nm flagged). Both must say
            // nm for the unit to be taken as nm; the widths alone make it a doubt.
            if (nThenM && smallStems == NmOrMm.STROKES.get("nm")) {
                unit = "nm";
                oneMeaning = "nm";
            } else {
                doubt = "the unit reads as mm, but its first letter is narrower than its second, as an n beside an m";
            }
        }
        if (doubt == null) {
            doubt = NmOrMm.doubtOfStrokes(unit, stems);
        }
        if (doubt == null && shape != null && (unit.equals("nm") || unit.equals("mm")) && shape.digitsShown() < 0) {
            // No rows of digits to measure the letters against (a cell under the digits runs on
            // past the line's box): nothing but the model tells nm from mm, and it reads a
            // Times-shaped nm as a sure mm (fresh seed 1594's bar 25 in Liberation Serif).
            doubt = "the unit reads as " + unit + ", but something touching the label leaves its letters unmeasured,"
                + " and only they tell nm from mm (a millionfold apart)";
        }
        if (doubt == null && stems < 0 && NmOrMm.showsTheOther(unit, smallStems)) {
            // Digits of 8 to 11 pixels: their strokes can run together, but an mm's six seldom
            // into an nm's five (a bold monospaced m's crowded stems), and a serif nm read as a
            // sure mm (seed 1's bar 27 in Liberation Serif) sets a scale a millionfold off: a
            // right mm flagged costs far less.
            doubt = NmOrMm.doubtOfStrokes(unit, smallStems);
        }
        if (doubt == null && stems < 0 && NmOrMm.moreThanMm(unit, smallStems)) {
            // More strokes than an mm has: something besides the small letters' stems counts (a
            // cell among them, a bold serif face's feet), and the count cannot tell nm from mm (a
            // FreeSerif nm over a dark cell counted seven, read as a sure mm: seed 1770's bar 21).
            doubt = String.format(Locale.ROOT, "the unit reads as mm, but its letters show %d strokes, more than an"
                + " mm's six: something besides their stems counts, and hides whether they are nm or mm", smallStems);
        }
        if (doubt == null && micro != LabelShape.Answer.YES) {
            double prefix = units.prefixConfidence(gray, label, oneMeaning);
            if (prefix < threshold && shape != null && shape.digitsHeight() >= UnitLetters.MIN_STEM_HEIGHT) {
                prefix = Math.max(prefix, units.prefixWithStrokesAlone(gray, label, shape, bar, oneMeaning));
            }
            if (prefix < threshold) {
                doubt = String.format(Locale.ROOT, "the unit's first letter is unsure (%.2f): it sets the scale a"
                    + " thousandfold", prefix);
            }
        }
        if (doubt == null && shape != null) {
            doubt = doubtOfEdge(gray, label, shape.groundAndSide());
        }
        if (doubt == null && shape != null && !hasFraction(label.text)
            && (shape.pointAmongGlyphs() || pointAmongPieces(gray, label, letter, shape, bar))) {
            // A short bar's label has a fraction (ImageJ writes 0.5 µm, 2.5 µm), and its point, a
            // few pixels in small text, is what a reader misses most: 7.5 µm read as a sure 75 µm.
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its pixels show a decimal point between"
                + " its digits", label.text);
        }
        if (doubt == null && shape != null && !hasFraction(label.text) && shape.digitsSpacedByPoint()) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but two of its digits stand as far apart as a"
                + " decimal point between them would set them", label.text);
        }
        if (doubt == null && !hasFraction(label.text)) {
            double point = odds.pointOdds(gray, label);
            if (point >= POINT_ODDS) {
                String chance = 1 / point < 1.5 ? "as likely as not"
                    : String.format(Locale.ROOT, "as likely as 1 in %.0f", 1 / point);
                doubt = String.format(Locale.ROOT, "the label reads as %s, but the reader finds it %s to have a decimal"
                    + " point between its digits", label.text, chance);
            }
        }
        long digitsRead = label.characters.subList(0, letter).stream()
            .filter(c -> Character.isDigit(c.label.codePointAt(0))).count();
        int shown = shape == null ? -1 : shape.digitsShown();
        if (doubt == null && shown > digitsRead
            && !(shape.glyphsFitDigits((int) digitsRead, TWO_DIGITS_WIDE) && readsAlikeWider(gray, label))) {
            doubt = String.format(Locale.ROOT, "the label shows %d glyphs before its unit but reads as %s", shown,
                label.text);
        }

        if (doubt == null && shape != null && shape.unreadGlyphsInStrokes() > 0) {
            doubt = doubtOfStrokesAlone(gray, label, shape, bar, "show a glyph where none was read");
        }
        if (doubt == null && shape != null && shape.faintInkAmongDigits()) {
            doubt = doubtOfStrokesAlone(gray, label, shape, bar, "leave out faint ink among its digits");
        }
        // Another count of glyphs than of digits read, at the usual threshold and in the strokes
        // alone. Thin strokes can fall short of the strokes' level, or a thin 0 fall apart there,
        // so the count there alone is not enough (seen seed 887's bar 31: a right, light 40 µm at
        // 14 pixels counted one glyph); the usual threshold's count alone misses a digit touching
        // another or a cell, and is not trusted where a glyph there is wider than a digit.
        int strokeGlyphs = shape == null ? -1 : shape.glyphsInStrokes();
        if (doubt == null && strokeGlyphs >= 0 && strokeGlyphs != digitsRead
            && (shown != digitsRead || shape.glyphsJoined())) {
            doubt = doubtOfStrokesAlone(gray, label, shape, bar, String.format(Locale.ROOT, "show %d glyphs before"
                + " its unit", strokeGlyphs));
        }
        // Digits too small for their strokes to be counted, and one read: a glyph wider than any
        // digit is two run together, one of them dropped, a scale ten times off (a 13-point 80 µm
        // at 0.75, digits 8 pixels high whose 8 and 0 share a column, read a sure 8 µm). Not where
        // two or more are read: a glyph counted then can be a cell's or the unit's edge.
        if (doubt == null && strokeGlyphs < 0 && digitsRead == 1 && shape.widestGlyph() >= TWO_DIGITS_WIDE) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its number's ink is as wide as two"
                + " digits", label.text);
        }
        List<int[]> apart = shape == null ? null : shape.glyphColumnsInStrokes(UnitLetters.MIN_SETTLING_HEIGHT);
        if (doubt == null && apart != null && apart.size() > digitsRead && allWide(apart, shape.digitsHeight())) {
            doubt = doubtOfRepeat(gray, label, shape, bar, apart);
        }
        if (doubt == null && shape != null) {
            doubt = doubtOfCut(gray, label, shape.firstGlyphRunsOn(), "with all of its first glyph: the line was found"
                + " without part of it");
        }
        if (doubt == null && shape != null) {
            doubt = doubtOfCut(gray, label, shape.glyphLeftOut(), "with the glyph left of it: the line was found"
                + " without it");
        }
        if (doubt == null && shape != null) {
            int reach = shape.glyphLeftOutInStrokes();
            doubt = reach == 0 ? null : doubtOfCut(strokesOnly(gray, widened(label.bounds, reach), shape.groundAndSide(),
                bar), label, reach, "with the glyph its strokes show left of it, read with its strokes alone: the line"
                + " was found without it");
        }
        if (doubt == null && shape != null && shape.pointLeftOut()) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its pixels show a decimal point just before"
                + " its first digit: the line was found without its whole part", label.text);
        }
        if (doubt == null && shape != null && bar != null) {
            doubt = doubtOfWholePartOffBar(gray, label, letter, bar);
        }
        if (doubt == null && shape != null && shape.numberJoinsUnit()) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its 1 is joined to its unit's first"
                + " letter: a stroke of the unit may have been read as a digit", label.text);
        }
        if (doubt == null && shape != null && startsInInk(gray, label, shape.groundAndSide())) {
            // Whatever else the shape shows: a line's box can start a pixel inside a faint first
            // digit, too little run-on to measure (seed 1453's bar 34 in Liberation Sans, a grey
            // 80 µm scaled to 0.75: a sure 30 µm).
            doubt = doubtOfCut(gray, label, 1, "with a margin left of it: the line was found starting inside its"
                + " first glyph");
        }
        if (doubt == null && shape != null) {
            doubt = doubtOfTouch(gray, label, shape, unit);
        }
        if (doubt == null && shape != null) {
            doubt = units.doubtOfUnitTouch(gray, label, shape, unit, bar);
        }
        if (doubt == null && shape != null) {
            doubt = doubtOfRing(label, shape);
        }
        if (doubt == null) {
            // Last but one: where a check above names what is wrong, its doubt says more.
            doubt = doubtOfMadeUpDigit(label);
        }
        // The glyphs the pixels show bound the number's length: their count never invents one, so
        // a number with fewer digits is not weighed; where the strokes alone count as many, and no
        // glyph is two joined, neither is one with more.
        int fewest = Math.max(shown, 0);
        boolean counted = shown == digitsRead && strokeGlyphs == digitsRead && !shape.glyphsJoined();
        boolean keepPoint = pointShown != null ? pointShown : hasFraction(label.text) && shape != null
            && (shape.pointAmongGlyphs() || pointAmongPieces(gray, label, letter, shape, bar));
        double digits = odds.of(gray, label, fewest, counted ? (int) digitsRead : Integer.MAX_VALUE, keepPoint);
        if (doubt == null && (digits < threshold || letters < UNIT_CONFIDENCE)) {
            doubt = String.format(Locale.ROOT, "the label reads as %s only with low confidence (digits %.2f, unit %.2f)",
                label.text, digits, letters);
        }
        return new Verdict(unit, digits, doubt);
    }

    /**
     * A doubt when a digit of {@code label} read as 9 or 6 is a ring in the pixels
     * ({@link LabelShape#holeHeights}): a 0, most likely.
     */
    static String doubtOfRing(Recognizer.ReadLine label, LabelShape shape) {
        String digits = number(label.text);
        double[] holes = shape.holeHeights(digits.length());
        for (int d = 0; holes != null && d < holes.length; d++) {
            char c = digits.charAt(d);
            if ((c == '9' || c == '6') && holes[d] >= RING) {
                return String.format(Locale.ROOT, "the label reads as %s, but its %c is a ring, as a 0 is (its hole runs"
                    + " %.0f%% of the digits' height)", label.text, c, 100 * holes[d]);
            }
        }
        return null;
    }

    /**
     * A doubt when the label's ink runs on from the image's left edge into its first character: a
     * glyph cut there reads as another (a cut 4 as a sure 1 or 41). ImageJ's Scale Bar... centres
     * the label on its bar, so a label wider than a bar in a corner runs off the image (fresh
     * seeds 1604 and 1605 in DejaVu Serif, a bold 27-point {@code 40 mm} read {@code 10 mm} and
     * {@code 410 mm}). Ink is half the box's contrast or more in the box's rows; a cell at the
     * edge with ground between it and the label is no cut. The right edge cuts the unit, whose
     * letters cut read as no unit. {@code side}: {@link LabelShape#groundAndSide}.
     */
    static String doubtOfEdge(ByteProcessor gray, Recognizer.ReadLine label, int[] side) {
        Rectangle b = label.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (b.isEmpty() || b.x > 0 || label.characters.isEmpty()) {
            return null;
        }
        int contrast = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                contrast = Math.max(contrast, LabelShape.strength(gray.get(x, y), side));
            }
        }
        int first = label.characters.get(0).box.x;
        for (int x = 0; x <= first && x < b.width; x++) {
            boolean inked = false;
            for (int y = b.y; y < b.y + b.height && !inked; y++) {
                inked = LabelShape.strength(gray.get(x, y), side) >= 0.5 * contrast;
            }
            if (!inked || contrast == 0) {
                return null; // ground between the edge and the first character
            }
        }
        return String.format(Locale.ROOT, "the label reads as %s, but it runs off the image's left edge, where its"
            + " first glyph may be cut", label.text);
    }

    /** A doubt when a digit of {@code label} was read with less than {@link #MADE_UP_DIGIT} confidence. */
    static String doubtOfMadeUpDigit(Recognizer.ReadLine label) {
        return label.characters.stream()
            .filter(c -> Character.isDigit(c.label.codePointAt(0)) && c.confidence < MADE_UP_DIGIT).findFirst()
            .map(c -> String.format(Locale.ROOT, "the label reads as %s, but its digit %s has almost no support in the"
                + " image (%.3f): the line may have been found without its number", label.text, c.label, c.confidence))
            .orElse(null);
    }

    /**
     * A copy of {@code gray} where, in {@code bounds}, only the strokes are left: pixels short of
     * {@link LabelShape#STROKE} of the way from the ground to the box's strongest are painted
     * ground, and so is {@code bar} (null: none), which is no stroke of the label.
     */
    static ByteProcessor strokesOnly(ByteProcessor gray, Rectangle bounds, int[] side, Rectangle bar) {
        Rectangle b = bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        Rectangle notText = bar == null ? new Rectangle() : new Rectangle(bar.x - 1, bar.y - 1, bar.width + 2,
            bar.height + 2);
        int strongest = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                if (!notText.contains(x, y)) {
                    strongest = Math.max(strongest, LabelShape.strength(gray.get(x, y), side));
                }
            }
        }
        ByteProcessor painted = (ByteProcessor) gray.duplicate();
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                if (notText.contains(x, y) || LabelShape.strength(gray.get(x, y), side) < LabelShape.STROKE * strongest) {
                    painted.set(x, y, side[0]);
                }
            }
        }
        return painted;
    }

    /**
     * When the label's strokes alone show a glyph where no character was read (a digit inside a
     * cell can be lost to it: seed 1311's bar 9 in Liberation Sans, {@code 5 µm} for
     * {@code 50 µm}), or other glyph counts than digits read (a cell beside a 1 read as another,
     * a 0 dropped over a cell), or faint ink among the digits (a blob read with a 1 as a 4), the
     * label read again with only its strokes; a doubt, saying what they {@code shown}, when the
     * number then differs. Not the count alone: a stub of something else can reach the strokes'
     * level, and two digits can touch.
     */
    private String doubtOfStrokesAlone(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape, Rectangle bar,
        String shown) {
        ByteProcessor strokes = strokesOnly(gray, label.bounds, shape.groundAndSide(), bar);
        String again = recognizer.readRegions(strokes, List.of(label.bounds)).get(0).text;
        return number(again).equals(number(label.text)) ? null : String.format(Locale.ROOT, "the label reads as %s,"
            + " but its strokes %s, and read alone as %s", label.text, shown, again);
    }

    /**
     * Whether every glyph of {@code columns} is at least {@link #DIGIT_WIDE} of the digits'
     * {@code height} wide: digits, not a thin 0's sides, which its strokes alone can fall into.
     */
    private static boolean allWide(List<int[]> columns, int height) {
        return height > 0 && columns.stream().allMatch(c -> c[1] - c[0] + 1 >= DIGIT_WIDE * height);
    }

    /**
     * When the label's strokes show more glyphs than digits read and the strokes alone read the
     * same: the label read again with its strokes' glyphs set apart; a doubt when the number then
     * differs. The line reader joins two like digits with no ground between them into one (a bold
     * monospaced 200 whose zeros touch, read as 20 in the image and in its strokes alone: fresh
     * seed 1625's bar 18 in Liberation Mono); apart, each is read.
     */
    private String doubtOfRepeat(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape, Rectangle bar,
        List<int[]> columns) {
        ByteProcessor apart = apart(gray, label, shape, bar, columns);
        String again = recognizer.readRegions(apart, List.of(new Rectangle(apart.getWidth(), apart.getHeight())))
            .get(0).text;
        return number(again).equals(number(label.text)) ? null : String.format(Locale.ROOT, "the label reads as %s,"
            + " but its strokes show %d glyphs before its unit, and read set apart as %s", label.text, columns.size(),
            again);
    }

    /**
     * A label that shows more glyphs than it reads digits (a digit dropped: the line reader joins
     * two like digits with no ground between them, {@code 200} read {@code 20}), read again with
     * its strokes' glyphs set apart ({@link #apart}): that reading and its verdict when it has as
     * many digits as glyphs shown and passes every check there; null otherwise.
     */
    Reread readApart(ByteProcessor gray, Recognizer.ReadLine label, Rectangle bar) {
        int letter = LabelShape.firstLetter(label.characters);
        if (letter >= label.characters.size()) {
            return null;
        }
        LabelShape shape = LabelShape.beside(gray, label.bounds, label.characters, letter, bar);
        long digitsRead = label.characters.subList(0, letter).stream()
            .filter(c -> Character.isDigit(c.label.codePointAt(0))).count();
        int shown = shape.digitsShown();
        List<int[]> columns = shape.glyphColumnsInStrokes(UnitLetters.MIN_SETTLING_HEIGHT);
        if (shown <= digitsRead || columns == null || columns.size() != shown
            || !allWide(columns, shape.digitsHeight())) {
            return null;
        }
        ByteProcessor apart = apart(gray, label, shape, bar, columns);
        Recognizer.ReadLine again = recognizer.readRegions(apart,
            List.of(new Rectangle(apart.getWidth(), apart.getHeight()))).get(0);
        Object[] p = ScaleBarReader.parse(again.text);
        if (p == null || number(again.text).length() != shown) {
            return null;
        }
        Verdict verdict = of(apart, again, (String) p[1]);
        return verdict.doubt == null ? new Reread(again, verdict) : null;
    }

    /**
     * {@code label} read again with the glyph its pixels show left of its line
     * ({@link LabelShape#glyphLeftOut}), where that reads as another length and the judge finds no
     * doubt in it; null otherwise. The line search can stop short of a label's first glyphs: a
     * {@code 0.5 µm} found as {@code 5 µm}, its {@code 0.} apart from the rest in a wide face.
     */
    Reread readWithGlyphLeft(ByteProcessor gray, Recognizer.ReadLine label, Rectangle bar) {
        int letter = LabelShape.firstLetter(label.characters);
        if (letter >= label.characters.size()) {
            return null;
        }
        int reach = LabelShape.beside(gray, label.bounds, label.characters, letter, bar).glyphLeftOut();
        if (reach == 0) {
            return null;
        }
        Rectangle whole = widened(label.bounds, reach).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        Recognizer.ReadLine again = recognizer.readRegions(gray, List.of(whole)).get(0);
        Object[] before = ScaleBarReader.parse(label.text);
        Object[] after = ScaleBarReader.parse(again.text);
        if (after == null || before != null && before[0].equals(after[0])
            || ScaleBarReader.doubtOfNumber(again.text) != null) {
            return null;
        }
        Verdict verdict = of(gray, again, (String) after[1], bar);
        return verdict.doubt == null ? new Reread(again, verdict) : null;
    }

    /** A label read again, and its verdict there. */
    static final class Reread {
        final Recognizer.ReadLine reading;
        final Verdict verdict;

        Reread(Recognizer.ReadLine reading, Verdict verdict) {
            this.reading = reading;
            this.verdict = verdict;
        }
    }

    /** The label's strokes alone with a quarter of its height of ground put in between the glyphs of {@code columns}. */
    private static ByteProcessor apart(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape, Rectangle bar,
        List<int[]> columns) {
        Rectangle b = label.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        ByteProcessor strokes = strokesOnly(gray, b, shape.groundAndSide(), bar);
        int gap = Math.max(2, b.height / 4);
        ByteProcessor apart = new ByteProcessor(b.width + gap * (columns.size() - 1), b.height);
        apart.setValue(shape.groundAndSide()[0]);
        apart.fill();
        int to = 0;
        int next = 0;
        for (int x = b.x; x < b.x + b.width; x++) {
            // Ground put in halfway between one glyph's last column and the next's first.
            if (next + 1 < columns.size() && x == (columns.get(next)[1] + columns.get(next + 1)[0] + 1) / 2) {
                to += gap;
                next++;
            }
            for (int y = 0; y < b.height; y++) {
                apart.set(to, y, strokes.get(x, b.y + y));
            }
            to++;
        }
        return apart;
    }

    /**
     * When the label's first glyph runs on {@code reach} pixels to the left of its line, or a glyph
     * stands there, the line read again from there in {@code gray} (the image, or its strokes
     * alone); a doubt ({@code why} it may differ) when the
     * number then reads differently (an 8 cut in half read as 3, a leading 1 left out), none when
     * it reads the same (a cell touching an honest 1).
     */
    private String doubtOfCut(ByteProcessor gray, Recognizer.ReadLine label, int reach, String why) {
        if (reach == 0) {
            return null;
        }
        Rectangle whole = widened(label.bounds, reach).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        String again = recognizer.readRegions(gray, List.of(whole)).get(0).text;
        Object[] before = ScaleBarReader.parse(label.text);
        Object[] after = ScaleBarReader.parse(again);
        if (before != null && after != null && before[0].equals(after[0])) {
            return null;
        }
        return String.format(Locale.ROOT, "the label reads as %s, but %s %s", label.text,
            after == null ? "as no length" : "as " + again, why);
    }

    /**
     * A doubt when, with {@code bar} painted out, a glyph or a decimal point shows just left of
     * the label's line ({@link LabelShape#glyphLeftOut}, {@link LabelShape#pointLeftOut}) where
     * none showed with it. Those checks set their ink's threshold over a region reaching left of
     * the line, and a white bar just above a thin grey label draws it past the label's strokes: a
     * Nimbus Mono PS {@code 7.5 µm} at 0.75 was found from its 5 on and set as a sure {@code 5 µm}
     * (fresh fraction seed 1780's bar 8). Only where the bar lies in the rows those checks
     * look at: it is painted out in a copy of the image.
     */
    private String doubtOfWholePartOffBar(ByteProcessor gray, Recognizer.ReadLine label, int letter, Rectangle bar) {
        Rectangle b = label.bounds;
        Rectangle looked = new Rectangle(b.x - 3 * b.height, b.y - b.height / 2, b.width + 3 * b.height,
            2 * b.height + b.height / 2);
        if (!looked.intersects(bar)) {
            return null;
        }
        ByteProcessor plain = LabelSearch.withoutBar(gray, bar);
        LabelShape shape = LabelShape.beside(plain, label.bounds, label.characters, letter, bar);
        String doubt = doubtOfCut(plain, label, shape.glyphLeftOut(), "with the glyph left of it, the bar painted"
            + " out: the line was found without it");
        if (doubt == null && shape.pointLeftOut()) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but with the bar painted out its pixels show a"
                + " decimal point just before its first digit: the line was found without its whole part", label.text);
        }
        return doubt;
    }

    /**
     * Whether {@code line}'s box starts inside a glyph: its first character starts at the box's
     * first column, and that column and the one left of it both hold ink at half the contrast
     * of that character's box or more. A line found whole starts at the ground before its first
     * glyph, and read again with more room a right label can read otherwise (seen seeds: 80 µm as
     * 8 µm, 100 mm as 10 mm), so only a box that cuts its first glyph is read again; a cell left
     * of a line's first glyph is ink at the box's edge too, but the first character starts after it.
     * {@code side}: {@link LabelShape#groundAndSide}.
     */
    static boolean startsInInk(ByteProcessor gray, Recognizer.ReadLine line, int[] side) {
        Rectangle b = line.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (b.isEmpty() || b.x == 0 || line.characters.isEmpty() || line.characters.get(0).box.x > b.x + 1) {
            return false;
        }
        // The first glyph's own contrast: a unit's letters can be darker than thin digits.
        Rectangle glyph = line.characters.get(0).box.intersection(b);
        int contrast = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = glyph.x; x < glyph.x + glyph.width; x++) {
                contrast = Math.max(contrast, LabelShape.strength(gray.get(x, y), side));
            }
        }
        boolean first = false;
        boolean before = false;
        for (int y = b.y; y < b.y + b.height; y++) {
            first |= LabelShape.strength(gray.get(b.x, y), side) >= 0.5 * contrast;
            before |= LabelShape.strength(gray.get(b.x - 1, y), side) >= 0.5 * contrast;
        }
        return contrast > 0 && first && before;
    }

    /**
     * Whether {@code label} reads as the same length in each box {@link #WIDER} than its own.
     * The count of glyphs in the pixels splits small bold serif digits where a hairline is fainter
     * than its threshold (an 8 at its waist, a 0 at its arcs): on development seeds 1780-1783, 25
     * of the 27 labels it doubted in the usual bars were read right, and 24 of them read the same
     * in all three boxes, while the two misread (a 100 µm read as 10 µm) read 100 µm in one. Not
     * enough alone: a reader that merges a small serif 100's two 0s does so in every box (the test
     * {@code aGreyLabelUnderABlackBarIsMeasuredWithoutTheBar}), and only the glyphs' widths tell.
     */
    private boolean readsAlikeWider(ByteProcessor gray, Recognizer.ReadLine label) {
        Object[] before = ScaleBarReader.parse(label.text);
        if (before == null) {
            return false;
        }
        Rectangle b = label.bounds;
        for (double share : WIDER) {
            int margin = (int) Math.round(share * b.height);
            Rectangle wider = new Rectangle(b.x - margin, b.y, b.width + 2 * margin, b.height)
                .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
            Object[] after = ScaleBarReader.parse(recognizer.readRegions(gray, List.of(wider)).get(0).text);
            if (after == null || !before[0].equals(after[0]) || !before[1].equals(after[1])) {
                return false;
            }
        }
        return true;
    }

    /** A line's {@code bounds} run on {@code reach} pixels to the left, and a quarter of its height more for room. */
    private static Rectangle widened(Rectangle bounds, int reach) {
        int margin = reach + (bounds.height + 3) / 4;
        return new Rectangle(bounds.x - margin, bounds.y, bounds.width + margin, bounds.height);
    }

    /**
     * When something touches the number's digits ({@code shape} says so, and gives the digits'
     * own rows), the line read again twice: with every other row painted as ground (a cell under
     * a 0 makes it a sure 9), and with every pixel short of the text's strokes painted as ground
     * (a bright cell over the left of a white 8 makes it a sure 3; burned-in text is drawn at the
     * ground's far extreme, a cell is not). A doubt when either reading changes a digit or writes
     * one twice, or reads {@code unit} (as the label has it, or as its letters settled it) as
     * another; none when both read the same.
     */
    String doubtOfTouch(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape, String unit) {
        int[] rows = shape.digitsTouched();
        if (rows == null) {
            return null;
        }
        Rectangle b = label.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        int[] side = shape.groundAndSide();
        ByteProcessor rowsOnly = (ByteProcessor) gray.duplicate();
        for (int y = b.y; y < b.y + b.height; y++) {
            // The digits' rows, and two rows on each side for a round digit's antialiased curve
            // (with one, a black 0 at 18 points lost its foot and read as a 2), are kept.
            if (y < rows[0] - 2 || y > rows[1] + 2) {
                for (int x = b.x; x < b.x + b.width; x++) {
                    rowsOnly.set(x, y, side[0]);
                }
            }
        }
        ByteProcessor strokesOnly = strokesOnly(gray, label.bounds, side, null);
        String digits = number(label.text);
        // Strokes alone only where they are several pixels thick: in smaller labels the level
        // thins a glyph into another (seen seeds: 40 read as 10, 100 as 102).
        boolean large = rows[1] - rows[0] + 1 >= UnitLetters.MIN_STEM_HEIGHT;
        Object[] read = ScaleBarReader.parse(label.text);
        for (ByteProcessor painted : large ? List.of(rowsOnly, strokesOnly) : List.of(rowsOnly)) {
            String again = recognizer.readRegions(painted, List.of(label.bounds)).get(0).text;
            String digitsAgain = number(again);
            // A digit changed counts, and a digit put in (digitPutIn): painting can cut a cell
            // beside the number into a stub read as a digit (held-out seed 1639: 10 mm read
            // 410 mm there, 100 µm read 0100 µm), or a glyph short (digits shown and read are
            // counted apart, by digitsShown), but a cell over one of two like digits can hide it
            // from the line reader, which joins them, and from both glyph counts (a 100 µm read
            // 10 µm, and 100 µm with the cell left out: held-out seed 1632's bar 16 in Nimbus
            // Roman; 200 µm in the strokes alone: seed 1631's bar 25 in Nimbus Mono PS).
            if (digits.length() == digitsAgain.length() && !digits.equals(digitsAgain)
                || digitPutIn(digits, digitsAgain)) {
                return String.format(Locale.ROOT, "the label reads as %s, but as %s with what touches its digits"
                    + " left out", label.text, again);
            }
            // And a unit read as another, with the same number, where only the digits' rows are
            // kept: a cell between the number and the unit, touching the last digit, can be taken
            // for an m's first stroke or hide one (a Times-shaped 40 mm read 40 nm, and 40mm with
            // the cell's rows left out: held-out seed 1634's bar 3 in FreeSerif). Not the strokes
            // alone: they thin an n's or m's stems, the very count that tells the two apart (dev
            // seeds 1603 and 1609: right monospaced nm read mm there). Not a µm: painting cuts its
            // descender.
            Object[] p = ScaleBarReader.parse(again);
            if (painted == rowsOnly && p != null && read != null && digits.equals(digitsAgain) && !unit.equals("µm")
                && !p[1].equals(unit) && !p[1].equals(read[1])) {
                return String.format(Locale.ROOT, "the label reads as %s, but as %s with what touches its digits"
                    + " left out: the unit sets the scale a thousandfold", label.text, again);
            }
        }
        return null;
    }

    /**
     * Whether {@code longer} has a digit put in among {@code digits} rather than a stub beside
     * them: one of them written twice ({@code 100} for {@code 10}), or the digits read no longer
     * whole at either end ({@code 200} for {@code 10}); not {@code 410} or {@code 0100}.
     */
    static boolean digitPutIn(String digits, String longer) {
        return longer.length() > digits.length()
            && (doubled(digits, longer) || !longer.startsWith(digits) && !longer.endsWith(digits));
    }

    /** Whether {@code longer} is {@code digits} with one of them written twice: {@code 100} for {@code 10}. */
    static boolean doubled(String digits, String longer) {
        for (int i = 0; i < digits.length(); i++) {
            if (longer.equals(digits.substring(0, i + 1) + digits.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** The digits of a label's first number, its point left out; empty when it has none. */
    private static String number(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?").matcher(text);
        return m.find() ? m.group().replaceAll("[.,]", "") : "";
    }
}
