package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;

/**
 * Spaces where a line's characters stand far apart, by the locator's rule for word gaps (wider
 * than {@code word_gap} line heights and than three typical letter gaps, see
 * {@code LineGlyphs}), for lines the locator did not measure: the scene search's, and a line read
 * whole ({@code layout=single_line}). The line model reads a space where it sees a typical word
 * space; on signs and shop fronts, with wide letters and wide gaps, and in tightly set fonts, it
 * often runs words together ({@code PLEASE,DONOT}, {@code LOT4711}). Only for a reader that
 * {@link io.github.fijiocr.recognize.line.LineRecognizer#addsWordSpaces adds word spaces}.
 *
 * <p>On the scene search's lines the gaps are measured in the image's own ink ({@link LineInk}),
 * not between the characters' boxes: a box is the ink the reader found in its columns at a fixed
 * level, and on a dim or unevenly lit photo that is a sliver of the glyph, so boxes stood apart
 * inside words ({@code PL E ASE}) and touched across word gaps ({@code FEEDTHE}). A line read
 * whole keeps the boxes' gaps: the reader's columns follow the glyphs' centres, which see a word
 * gap past an overhanging letter, where the ink does not ({@code LOT 4711}: the T's arm leaves 0.42
 * text heights to the 4, under {@code word_gap}; see BENCHMARKS.md, session 57).
 */
final class WordSpaces {
    private WordSpaces() {
    }

    /** {@code line} with a space before each character that starts a word, gaps measured between its boxes. */
    static Recognizer.ReadLine at(Recognizer.ReadLine line, double wordGap) {
        return at(line, wordGap, null);
    }

    /**
     * {@code line} with a space before each character that starts a word, gaps measured in
     * {@code gray}'s ink (null: between the characters' boxes, as where there is no ink to measure).
     */
    static Recognizer.ReadLine at(Recognizer.ReadLine line, double wordGap, ByteProcessor gray) {
        List<CharacterReading> chars = line.characters;
        int n = chars.size();
        if (n < 2) {
            return line;
        }
        double[] measured = gray == null ? null : inkGaps(chars, line.bounds, gray);
        double[] gaps;
        double height;
        if (measured != null) {
            gaps = Arrays.copyOf(measured, n - 1);
            height = measured[n - 1];
        } else {
            gaps = boxGaps(chars);
            int top = Integer.MAX_VALUE;
            int bottom = Integer.MIN_VALUE;
            for (CharacterReading c : chars) {
                top = Math.min(top, c.box.y);
                bottom = Math.max(bottom, c.box.y + c.box.height);
            }
            height = bottom - top;
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double wide = Math.max(wordGap * height, 3 * Math.max(0, sorted[sorted.length / 2]));
        StringBuilder text = new StringBuilder();
        int k = 0;
        for (int cp : line.text.codePoints().toArray()) {
            if (cp == ' ') {
                text.append(' ');
                continue;
            }
            if (k > 0 && k <= gaps.length && gaps[k - 1] > wide && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.appendCodePoint(cp);
            k++;
        }
        // Each character is one code point of the text; a reading where that does not hold is left
        // as it is. A clock's colon keeps its digits, however wide its cell (`31 :22` otherwise).
        return k == n ? new Recognizer.ReadLine(LineRecognizer.clockColonsJoined(text.toString()), chars, line.bounds)
            : line;
    }

    /** The ground between each character's box and the next one's. */
    private static double[] boxGaps(List<CharacterReading> chars) {
        double[] gaps = new double[chars.size() - 1];
        for (int i = 1; i < chars.size(); i++) {
            Rectangle a = chars.get(i - 1).box;
            gaps[i - 1] = chars.get(i).box.x - (a.x + a.width);
        }
        return gaps;
    }

    /**
     * Between each pair of neighbouring characters, the widest run of ground columns between ink
     * from one box's centre to the next one's, in image pixels; and last the text's height. A
     * column is ground where its ink over the text's rows ({@link LineInk}) is under
     * {@link LineInk#GROUND} of the two characters' strongest. Null where there is nothing to measure.
     */
    private static double[] inkGaps(List<CharacterReading> chars, Rectangle bounds, ByteProcessor gray) {
        LineInk measured = LineInk.of(gray, bounds);
        if (measured == null) {
            return null;
        }
        int[] band = measured.band(chars);
        int[] ink = measured.columns(band[0], band[1]);
        int n = chars.size();
        double[] out = new double[n];
        for (int i = 1; i < n; i++) {
            Rectangle a = chars.get(i - 1).box;
            Rectangle b = chars.get(i).box;
            double ground = LineInk.GROUND * Math.min(measured.strongest(ink, a), measured.strongest(ink, b));
            // Only ground with ink on both sides counts: a box whose centre lies past its glyph
            // (the reader's columns reach halfway to the next mark) would make ground of its margin.
            int widest = 0;
            int run = 0;
            boolean inked = false;
            for (int x = measured.column(a.getCenterX()); x <= measured.column(b.getCenterX()); x++) {
                if (ink[x] < ground) {
                    run++;
                } else {
                    if (inked) {
                        widest = Math.max(widest, run);
                    }
                    inked = true;
                    run = 0;
                }
            }
            out[i - 1] = widest / measured.scale();
        }
        out[n - 1] = band[2] / measured.scale();
        return out;
    }
}
