package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A digit the line model read first, unsure only against the letter drawn like it, taken where
 * it stands among digits. In sans faces a {@code 0} and an {@code O} are near one shape, and the
 * model splits the odds between them where nothing beside tells: the first {@code 0} of a clock
 * ({@code 00:15:33} read {@code ?0:15:33}, its 0 at 0.52 to 0.69 and its O at 0.30 to 0.48) and
 * the last of {@code 100 µm} (read {@code 10? µm}) on generated micrographs. The shape is sure
 * (the two together pass the threshold); which of the two it is, the digits beside it settle, as a
 * reader's eye does. Only the model's own first choice is taken, never a letter made a digit,
 * and not where the word's ink shows a glyph more than was read ({@link #glyphLost}).
 */
final class DigitRuns {
    private DigitRuns() {
    }

    /** Each digit's letters of the same shape, as the model confuses them. */
    static final Map<String, String> LOOK_ALIKES = Map.of("0", "OoDQ", "1", "lIi|", "2", "Zz", "5", "Ss", "6", "bG",
        "8", "B", "9", "gq");

    /** Marks that stand between the digits of one number: a clock's colon, a decimal point or comma. */
    static final String WITHIN_NUMBERS = ":.,";

    /**
     * {@code line} with each rejected digit taken ({@link #settles}), its confidence that of
     * the shape (the digit's and its look-alike's together); {@code line} itself where none is.
     */
    static Recognizer.ReadLine settled(Recognizer.ReadLine line, ByteProcessor gray, double threshold) {
        List<CharacterReading> chars = line.characters;
        int[] codePoints = line.text.codePoints().toArray();
        int n = 0;
        for (int cp : codePoints) {
            n += cp == ' ' ? 0 : 1;
        }
        if (n != chars.size()) {
            return line; // the text is not one code point a character: left as read
        }
        int[] word = new int[n]; // each character's word, counted from 0
        for (int i = 0, k = 0, words = 0; i < codePoints.length; i++) {
            if (codePoints[i] == ' ') {
                words++;
            } else {
                word[k++] = words;
            }
        }
        List<CharacterReading> out = new ArrayList<>(chars);
        StringBuilder text = new StringBuilder();
        boolean changed = false;
        for (int i = 0, k = 0; i < codePoints.length; i++) {
            if (codePoints[i] == ' ') {
                text.append(' ');
                continue;
            }
            CharacterReading c = chars.get(k);
            String before = i > 0 && codePoints[i - 1] != ' ' ? chars.get(k - 1).text() : null;
            String after = i + 1 < codePoints.length && codePoints[i + 1] != ' ' ? chars.get(k + 1).text() : null;
            if (settles(c, before, after, threshold) && !glyphLost(line, gray, word, k)) {
                out.set(k, new CharacterReading(c.label, c.confidence + c.secondConfidence, c.secondLabel,
                    c.secondConfidence, c.box, threshold));
                text.append(c.label);
                changed = true;
            } else {
                text.appendCodePoint(codePoints[i]);
            }
            k++;
        }
        return changed ? new Recognizer.ReadLine(text.toString(), out, line.bounds) : line;
    }

    /**
     * Whether the ink of character {@code k}'s word shows more glyphs than the word was read
     * with: runs of ink columns in the text's rows ({@link LineInk}), from the word's first box to
     * the next word's (or the line's end). The model can read two zeros as one unsure 0
     * ({@code 100 um} read {@code 1? um}, generated micrograph 28003): taken as a 0, the number
     * would be wrong and look sure. Unmeasured ink is taken as lost.
     */
    static boolean glyphLost(Recognizer.ReadLine line, ByteProcessor gray, int[] word, int k) {
        List<CharacterReading> chars = line.characters;
        LineInk ink = gray == null ? null : LineInk.of(gray, line.bounds);
        if (ink == null) {
            return true;
        }
        int first = k;
        while (first > 0 && word[first - 1] == word[k]) {
            first--;
        }
        int last = k;
        while (last + 1 < chars.size() && word[last + 1] == word[k]) {
            last++;
        }
        int[] band = ink.band(chars);
        int[] columns = ink.columns(band[0], band[1]);
        int from = ink.column(chars.get(first).box.x);
        int to = last + 1 < chars.size() ? ink.column(chars.get(last + 1).box.x) - 1
            : ink.column(line.bounds.x + line.bounds.width - 1);
        int strongest = 0;
        for (int x = from; x <= to; x++) {
            strongest = Math.max(strongest, columns[x]);
        }
        double ground = LineInk.GROUND * strongest;
        int runs = 0;
        boolean inked = false;
        for (int x = from; x <= to; x++) {
            boolean now = columns[x] >= ground && strongest > 0;
            runs += now && !inked ? 1 : 0;
            inked = now;
        }
        return runs > last - first + 1;
    }

    /**
     * Whether rejected {@code c} is a digit among digits: read first as a digit, its runner-up a
     * letter of its shape ({@link #LOOK_ALIKES}), the two together at {@code threshold} or more,
     * and its neighbours in the word ({@code before}, {@code after}: null at a word's edge, as
     * read, {@code ?} where rejected) digits or marks within numbers, a digit among them.
     */
    static boolean settles(CharacterReading c, String before, String after, double threshold) {
        String alike = LOOK_ALIKES.get(c.label);
        if (!c.rejected || alike == null || c.secondLabel == null || c.secondLabel.length() != 1
            || alike.indexOf(c.secondLabel.charAt(0)) < 0 || c.confidence + c.secondConfidence < threshold) {
            return false;
        }
        return numberLike(before) && numberLike(after) && (digit(before) || digit(after));
    }

    private static boolean numberLike(String neighbour) {
        return neighbour == null || digit(neighbour) || neighbour.length() == 1 && WITHIN_NUMBERS.contains(neighbour);
    }

    private static boolean digit(String s) {
        return s != null && s.length() == 1 && Character.isDigit(s.charAt(0));
    }
}
