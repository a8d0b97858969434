package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;

import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class TextAssemblerTest {
    private static final List<String> ALPHABET = List.of("0", "2", "7", "O", "P", "-");

    private static TextLine line(boolean... wordStarts) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < wordStarts.length; i++) {
            Rectangle box = new Rectangle(i * 20, 0, 15, 20);
            glyphs.add(new Glyph(box, box, wordStarts[i]));
        }
        return new TextLine(glyphs, false);
    }

    private static float[] p(float... values) {
        return values;
    }

    @Test
    public void aLetterAmongDigitsBecomesTheModelsBestDigit() {
        // "2O27": the second glyph looks more like O (0.6) than 0 (0.3).
        float[][] probs = {p(0, 1, 0, 0, 0, 0), p(0.3f, 0, 0, 0.6f, 0.1f, 0), p(0, 1, 0, 0, 0, 0),
            p(0, 0, 1, 0, 0, 0)};
        TextLine line = line(false, false, false, false);
        TextAssembler a = new TextAssembler(ALPHABET, 0.7);
        List<CharacterReading> r = a.readings(line, probs);
        assertEquals("2027", a.text(line, r));
        assertEquals(1.0, r.get(1).confidence, 1e-6);
        assertEquals("O", r.get(1).secondLabel);
    }

    @Test
    public void aDigitAmongLettersBecomesALetterAndPunctuationIsLeftAlone() {
        // "P0P-7": in the word "P0P" the 0 (0.55) loses to O (0.45); "-7" is a digit word.
        float[][] probs = {p(0, 0, 0, 0, 1, 0), p(0.55f, 0, 0, 0.45f, 0, 0), p(0, 0, 0, 0, 1, 0),
            p(0, 0, 0, 0, 0, 1), p(0, 0, 1, 0, 0, 0)};
        TextLine line = line(false, false, false, true, false);
        TextAssembler a = new TextAssembler(ALPHABET, 0.7);
        assertEquals("POP -7", a.text(line, a.readings(line, probs)));
    }

    @Test
    public void anImplausibleSwapIsNotMadeAndLowConfidenceIsRejected() {
        // "22O": O is 0.97 sure and 0 only 0.01: kept as O; O's confidence stays 0.97.
        float[][] probs = {p(0, 1, 0, 0, 0, 0), p(0, 1, 0, 0, 0, 0), p(0.01f, 0, 0, 0.97f, 0.02f, 0)};
        TextLine line = line(false, false, false);
        TextAssembler a = new TextAssembler(ALPHABET, 0.98);
        assertEquals("22?", a.text(line, a.readings(line, probs)));
    }
}
