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
 */
final class BlurredLines {
    /**
     * A line whose sharpness is under this share of the sharpest line's is blurred: a step over
     * one pixel against an edge blurred by a Gaussian of about 1.6 pixels.
     */
    static final double BLURRED = 0.5;
    /** Readings of at most this many letters and digits are judged. */
    static final int SHORT = 4;

    private BlurredLines() {
    }

    /** {@code lines} without the short ones that are {@link #BLURRED} against the sharpest. */
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
            if (!(letters(line) <= SHORT && sharpness[i] < BLURRED * sharpest
                && CellShapes.cellAmong(gray, line.bounds))) {
                out.add(line);
            }
        }
        return out;
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
