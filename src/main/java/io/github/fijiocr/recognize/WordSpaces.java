package io.github.fijiocr.recognize;

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
 */
final class WordSpaces {
    private WordSpaces() {
    }

    /** {@code line} with a space before each character that starts a word by that rule. */
    static Recognizer.ReadLine at(Recognizer.ReadLine line, double wordGap) {
        List<CharacterReading> chars = line.characters;
        int n = chars.size();
        if (n < 2) {
            return line;
        }
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (CharacterReading c : chars) {
            top = Math.min(top, c.box.y);
            bottom = Math.max(bottom, c.box.y + c.box.height);
        }
        double[] gaps = new double[n - 1];
        for (int i = 1; i < n; i++) {
            Rectangle a = chars.get(i - 1).box;
            gaps[i - 1] = chars.get(i).box.x - (a.x + a.width);
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double wide = Math.max(wordGap * (bottom - top), 3 * Math.max(0, sorted[sorted.length / 2]));
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
        // Each character is one code point of the text; a reading where that does not hold is left as it is.
        return k == n ? new Recognizer.ReadLine(text.toString(), chars, line.bounds) : line;
    }
}
