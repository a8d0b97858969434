package io.github.fijiocr.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of ring-shaped cells read as a few round glyphs of mixed kinds ({@code Oo9}, {@code Cc},
 * {@code qo0}, {@code 9OO}, {@code o °}): the reader takes each ring for whichever round glyph its
 * size and stroke suggest, so a row of them mixes digits with letters, or capitals with small
 * letters of the same shape, which a line of print does not; and the rings stand far taller than
 * the text burned into the same picture. Such a reading is dropped where every line of text read
 * beside it is under half its height. A display's digits ({@code 60}, {@code 900}) are of one
 * kind, a word of mixed case holds more than round glyphs, and a line as tall as the text beside
 * it stays.
 */
final class RoundRows {
    /** Glyphs a ring is read as: round letters and digits, and the degree sign. */
    static final String ROUND = "0OoQCcDdeq69°";
    /** A reading of at most this many letters and digits. */
    static final int MOST = 3;
    /** Every other line of text is at most this share of its height. */
    static final double TEXT_SHARE = 0.5;

    private RoundRows() {
    }

    /** {@code read} without the readings of rows of rings; unchanged when nothing else reads as text. */
    static List<Recognizer.ReadLine> dropped(List<Recognizer.ReadLine> read) {
        List<Recognizer.ReadLine> rings = new ArrayList<>();
        List<Recognizer.ReadLine> text = new ArrayList<>();
        for (Recognizer.ReadLine r : read) {
            if (r != null && ringRow(r.characters)) {
                rings.add(r);
            } else if (r != null && SceneReader.textScore(r) > 0) {
                text.add(r);
            }
        }
        if (rings.isEmpty() || text.isEmpty()) {
            return read;
        }
        List<Recognizer.ReadLine> out = new ArrayList<>(read);
        for (Recognizer.ReadLine r : rings) {
            if (text.stream().allMatch(t -> t.bounds.height <= TEXT_SHARE * r.bounds.height)) {
                out.remove(r);
            }
        }
        return out;
    }

    /**
     * Whether a reading is at most {@link #MOST} letters and digits, all of them {@link #ROUND}, with
     * nothing else but degree signs, rejected characters and spaces, of at least two kinds (digit,
     * capital, small letter, degree sign).
     */
    static boolean ringRow(List<CharacterReading> characters) {
        int letters = 0;
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        boolean degree = false;
        for (CharacterReading c : characters) {
            if (c.rejected || c.label.isBlank()) {
                continue;
            }
            if (!ROUND.contains(c.label)) {
                return false;
            }
            int cp = c.label.codePointAt(0);
            digit |= Character.isDigit(cp);
            upper |= Character.isUpperCase(cp);
            lower |= Character.isLowerCase(cp);
            degree |= c.label.equals("°");
            letters += Character.isLetterOrDigit(cp) ? 1 : 0;
        }
        int kinds = (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0) + (degree ? 1 : 0);
        return letters >= 1 && letters <= MOST && kinds >= 2;
    }
}
