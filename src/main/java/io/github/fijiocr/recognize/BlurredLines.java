package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.CellShapes;
import io.github.fijiocr.locate.Sharpness;
import java.util.ArrayList;
import java.util.List;

/**
 * Short lines of cells: much blurrier than the sharpest line read in the same picture, with an
 * ellipse among their parts. On a micrograph the timestamp and the scale bar's label are drawn on
 * the pixel grid, and a row of cells that the reader takes for {@code coo} or {@code Q9 e} is
 * imaged through optics: its edges ({@link Sharpness}) are two to three times wider. Blur alone
 * is not enough: in a photo, lines at other depths are blurred more than others, and a display's
 * glowing or diffused digits more than the label printed beside them. So only short readings are
 * judged (a long one is evidence of text by itself), and only where a part is cell-shaped
 * and the round parts are not one size on one row ({@link CellShapes#cellAmong}): a display's
 * segments are not ellipses, and a face's {@code 8}s and {@code 0}s are alike.
 *
 * <p>A short line at least twice as tall as every other line read is judged by its blur and
 * reading alone, at a looser bar ({@link #TALL_BLURRED}): text burned in at a larger size is drawn
 * on the same grid as the small text beside it, so its edges are as steep, while the search strings
 * cells of twice the text's size into lines whose rings, touching or filled, are not single
 * ellipses ({@code g P8:}, {@code ?T 00}, {@code qpo o%}) and whose edges are a pixel or more wide.
 * A reading that is a sure number stays: a display's digits glow or sit behind a diffusing window,
 * blurred against the label printed beside them, and read sure, while cells read as letters mixed
 * in or unsure.
 */
final class BlurredLines {
    /**
     * A line whose sharpness is under this share of the sharpest line's is blurred: a step over
     * one pixel against an edge blurred by a Gaussian of about 1.6 pixels.
     */
    static final double BLURRED = 0.5;
    /** Readings of at most this many letters and digits are judged. */
    static final int SHORT = 4;
    /** Every other line is at most this share of a tall line's height. */
    static final double TALL_SHARE = 0.5;
    /**
     * A tall line under this share of the sharpest other line's sharpness is blurred: an edge
     * blurred by a Gaussian of about a pixel, against print drawn on the grid.
     */
    static final double TALL_BLURRED = 0.7;

    private BlurredLines() {
    }

    /**
     * {@code lines} without the short ones that are {@link #BLURRED} against the sharpest with a
     * cell among their parts, or tall and blurred against the others ({@link #tallAndBlurred}).
     */
    static List<Recognizer.ReadLine> dropped(ByteProcessor gray, List<Recognizer.ReadLine> lines) {
        double[] sharpness = new double[lines.size()];
        double sharpest = 0;
        for (int i = 0; i < sharpness.length; i++) {
            sharpness[i] = Sharpness.of(gray, lines.get(i).bounds);
            if (sharpness[i] > sharpest) {
                sharpest = sharpness[i];
            }
        }
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (int i = 0; i < sharpness.length; i++) {
            Recognizer.ReadLine line = lines.get(i);
            boolean blurredCells = sharpness[i] < BLURRED * sharpest && CellShapes.cellAmong(gray, line.bounds);
            if (!(letters(line) <= SHORT && (blurredCells || tallAndBlurred(i, lines, sharpness)))) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Whether line {@code i} is not a {@link #sureNumber}, at least twice as tall as every other
     * line apart from it, and under {@link #TALL_BLURRED} of the sharpest of those read with no
     * character rejected (there must be one). Print drawn on the grid reads sure; a photo's fine
     * texture (a sign's patterned border read {@code 92?99}) is sharp but not read so, and a
     * sign's large word is no blurrier than the camera makes every edge.
     */
    private static boolean tallAndBlurred(int i, List<Recognizer.ReadLine> lines, double[] sharpness) {
        Recognizer.ReadLine line = lines.get(i);
        if (sureNumber(line)) {
            return false;
        }
        double sharpest = 0;
        for (int j = 0; j < sharpness.length; j++) {
            Recognizer.ReadLine other = lines.get(j);
            if (j == i || other.bounds.intersects(line.bounds)) {
                continue;
            }
            if (other.bounds.height > TALL_SHARE * line.bounds.height) {
                return false;
            }
            boolean sure = other.characters.stream().noneMatch(c -> c.rejected);
            if (sure && sharpness[j] > sharpest) { // a NaN (no edge) counts for none
                sharpest = sharpness[j];
            }
        }
        return sharpness[i] < TALL_BLURRED * sharpest;
    }

    /** Whether every character of a reading is accepted, and a digit, a space or a number's mark. */
    static boolean sureNumber(Recognizer.ReadLine line) {
        return line.characters.stream().allMatch(c -> !c.rejected && c.label.codePoints()
            .allMatch(cp -> Character.isDigit(cp) || Character.isWhitespace(cp) || ".,:-".indexOf(cp) >= 0));
    }

    /** Whether {@code line} is {@link #BLURRED} against the sharpest of {@code others}. */
    static boolean blurredBeside(ByteProcessor gray, Recognizer.ReadLine line, List<Recognizer.ReadLine> others) {
        double sharpest = 0;
        for (Recognizer.ReadLine o : others) {
            double s = Sharpness.of(gray, o.bounds);
            sharpest = s > sharpest ? s : sharpest;
        }
        return Sharpness.of(gray, line.bounds) < BLURRED * sharpest;
    }

    private static int letters(Recognizer.ReadLine line) {
        return (int) line.text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
