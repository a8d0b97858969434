package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.awt.Rectangle;
import java.util.regex.Matcher;

/**
 * A scale-bar label read in its strokes alone, the ground under them taken away
 * ({@link ScaleBarReader}'s second look, {@link LabelStrokes}), and judged there.
 */
final class StrokesReading {
    /**
     * A letter read at least this surely in the image is not changed by one read in its strokes
     * alone under {@link #UNSURE_LETTER}.
     */
    private static final double SURE_LETTER = 0.9;
    private static final double UNSURE_LETTER = 0.5;

    final Recognizer.ReadLine line;
    final LabelJudge.Verdict verdict;
    /** Whether the strokes show a decimal point among the digits of this reading, a whole number. */
    final boolean pointShown;

    StrokesReading(Recognizer.ReadLine line, LabelJudge.Verdict verdict, boolean pointShown) {
        this.line = line;
        this.verdict = verdict;
        this.pointShown = pointShown;
    }

    /**
     * Whether this reading has no decimal point where the label {@code read} in {@code gray}
     * has one: read there, or shown by its pixels where this reading's number is another.
     * Taking the ground away takes a point of a pixel or two with it, or the blur that made it
     * ink: a small {@code 1.5 µm} over a cell, read with a doubt in the image, reads as a sure
     * {@code 15 µm} in its strokes, ten times off; a JPEG {@code 1.5 µm} read {@code 15 µm} and
     * doubted for its point, as a sure {@code 5µm}. Where this reading's number is the image's,
     * it confirms it: a speck of a cell by a right {@code 25 nm} can pass for a point in the
     * image (fresh seed 1737's bar 5 in FreeSerif), and is gone with the ground.
     */
    boolean losesPoint(ByteProcessor gray, Recognizer.ReadLine read, Rectangle bar) {
        if (LabelJudge.hasFraction(line.text)) {
            return false;
        }
        Object[] theirs = ScaleBarReader.parse(read.text);
        boolean sameNumber = theirs != null && theirs[0].equals(ScaleBarReader.parse(line.text)[0]);
        return LabelJudge.hasFraction(read.text) || !sameNumber && LabelJudge.showsPoint(gray, read, bar);
    }

    /**
     * Whether this reading's unit starts with another letter than the label {@code read} in
     * the image, a letter the image read surely and this reading unsurely. Taking the ground
     * away can change a letter as it can lose a point: a white {@code 80 nm} whose m lies over a
     * bright cell, flagged in the image as nm or mm (its n read at 1.00), read as a sure
     * {@code 80um} in its strokes, the u at 0.34 (fresh seed 1735's bar 20 in Nimbus Roman).
     */
    boolean unsureLetterFor(Recognizer.ReadLine read) {
        CharacterReading mine = firstLetter(line);
        CharacterReading theirs = firstLetter(read);
        return mine != null && theirs != null && !mine.label.equals(theirs.label)
            && theirs.confidence >= SURE_LETTER && mine.confidence < UNSURE_LETTER;
    }

    private static CharacterReading firstLetter(Recognizer.ReadLine line) {
        int letter = LabelShape.firstLetter(line.characters);
        return letter < line.characters.size() ? line.characters.get(letter) : null;
    }

    /**
     * Whether this reading is another number than {@code text}'s with as many glyphs, in the
     * same {@code unit}: the same glyphs, one of them read two ways (a comma for a point is
     * the same number).
     */
    boolean otherNumberAlike(String text, String unit) {
        Matcher mine = ScaleBarReader.PARSED.matcher(line.text);
        Matcher theirs = ScaleBarReader.PARSED.matcher(text);
        Object[] a = ScaleBarReader.parse(line.text);
        Object[] b = ScaleBarReader.parse(text);
        return a != null && b != null && mine.matches() && theirs.matches() && verdict.unit.equals(unit)
            && mine.group(1).length() == theirs.group(1).length() && !a[0].equals(b[0]);
    }

    /**
     * Whether this reading has more digits than the label {@code read} in the image, and a
     * glyph wholly before the first one read there: the image's line was found without its
     * first glyphs. A bright cell under a white {@code 0.0} joins them to it, and the line
     * found from the 2 on read as a sure {@code 2 mm} (fresh fraction seed 1777's bar 5 in
     * Liberation Serif); the strokes show the glyphs apart from the cell. A reading with a
     * doubt of its own counts: what matters is the glyphs it shows, not what it reads them as.
     */
    boolean moreDigitsBefore(Recognizer.ReadLine read) {
        if (line.characters.isEmpty() || read.characters.isEmpty() || digits(line.text) <= digits(read.text)) {
            return false;
        }
        Rectangle mine = line.characters.get(0).box;
        if (mine.x + mine.width > read.characters.get(0).box.x) {
            return false;
        }
        // A glyph of the size of this reading's other digits: a cell the strokes keep reads as
        // a digit too.
        int height = line.characters.stream().skip(1).filter(c -> Character.isDigit(c.label.codePointAt(0)))
            .mapToInt(c -> c.box.height).max().orElse(read.characters.get(0).box.height);
        return mine.height >= height / GLYPH_SIZES && mine.height <= GLYPH_SIZES * height
            && mine.width <= GLYPH_SIZES * height;
    }

    /** {@link #moreDigitsBefore}: a glyph's height within this factor of the other digits'. */
    private static final double GLYPH_SIZES = 1.3;

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    /** Whether this reading is {@code value} in {@code unit}. */
    boolean sameLength(double value, String unit) {
        return (Double) ScaleBarReader.parse(line.text)[0] == value && verdict.unit.equals(unit);
    }
}
