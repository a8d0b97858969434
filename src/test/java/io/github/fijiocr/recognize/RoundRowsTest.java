package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** A few round glyphs of mixed kinds, far taller than the text beside them, are a row of rings. */
public class RoundRowsTest {
    @Test
    public void aFewRoundGlyphsOfMixedKindsAreARowOfRings() {
        for (String rings : new String[] {"Oo9", "Cc", "qo0", "9OO", "o °", "°oC", "dO"}) {
            assertTrue(rings, RoundRows.ringRow(chars(rings)));
        }
        // One kind (a display's digits, capitals), more than round glyphs, or more than three.
        for (String text : new String[] {"60", "900", "000", "OO", "Go", "00:08", "100", "0OoQD", "5O 9"}) {
            assertFalse(text, RoundRows.ringRow(chars(text)));
        }
    }

    @Test
    public void aRowOfRingsIsDroppedOnlyWhereTheTextBesideIsUnderHalfItsHeight() {
        Recognizer.ReadLine rings = line("Oo9", 70);
        Recognizer.ReadLine stamp = line("12:05", 21);
        assertEquals(List.of(stamp), RoundRows.dropped(List.of(rings, stamp)));
        Recognizer.ReadLine tall = line("50 um", 40);
        assertEquals("text as tall as half of it", 3, RoundRows.dropped(List.of(rings, stamp, tall)).size());
        assertEquals("nothing else read as text", 1, RoundRows.dropped(List.of(rings)).size());
        Recognizer.ReadLine display = line("60", 100);
        assertEquals("a display's digits", 2, RoundRows.dropped(List.of(display, line("km", 20))).size());
    }

    private static Recognizer.ReadLine line(String text, int height) {
        return new Recognizer.ReadLine(text, chars(text), new Rectangle(0, 0, 10 * text.length(), height));
    }

    private static List<CharacterReading> chars(String text) {
        List<CharacterReading> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new CharacterReading(text.substring(i, i + 1), 0.99, "", 0, new Rectangle(10 * i, 0, 10, 20), 0.5));
        }
        return out;
    }
}
