package io.github.fijiocr.recognize;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Which characters a line read wider adds to it ({@link LineEnds}). */
public class LineEndsTest {
    /** The line {@code 31.38 s}, digits 20 pixels high from y = 10, one 12-pixel cell each from x = 100. */
    private static final Recognizer.ReadLine LINE = line("31.38 s", 100, 0.99);

    @Test
    public void aSureWordBeforeTheLineIsAdded() {
        Recognizer.ReadLine wide = line("t = 31.38 s", 52, 0.99);
        int[] taken = LineEnds.added(LINE, wide);
        assertArrayEquals(new int[] {0, 8}, taken);
        assertEquals("t = 31.38 s", LineEnds.cut(wide, taken[0], taken[1], new Rectangle()).text);
    }

    /** A cell's edge read unsure past the line's end drops that side only. */
    @Test
    public void anUnsureSideIsLeftOutAndTheOtherKept() {
        List<CharacterReading> chars = new ArrayList<>(line("t = 31.38 s", 52, 0.99).characters);
        chars.add(reading("A", 0.27, 200, 6, 30));
        Recognizer.ReadLine wide = new Recognizer.ReadLine("t = 31.38 s A", chars, new Rectangle());
        int[] taken = LineEnds.added(LINE, wide);
        assertArrayEquals(new int[] {0, 8}, taken);
        assertEquals("t = 31.38 s", LineEnds.cut(wide, taken[0], taken[1], new Rectangle()).text);
    }

    /** A sure glyph taller than the line (a ring-shaped cell read as O) is no part of it. */
    @Test
    public void aGlyphTallerThanTheLineIsNotAdded() {
        List<CharacterReading> chars = new ArrayList<>();
        chars.add(reading("O", 0.99, 60, 0, 40));
        chars.addAll(LINE.characters);
        assertNull(LineEnds.added(LINE, new Recognizer.ReadLine("O 31.38 s", chars, new Rectangle())));
    }

    /** A mark alone beside a line (a speck read as a point) is not added. */
    @Test
    public void aMarkAloneIsNotAdded() {
        List<CharacterReading> chars = new ArrayList<>();
        chars.add(reading("-", 0.99, 80, 18, 3));
        chars.addAll(LINE.characters);
        assertNull(LineEnds.added(LINE, new Recognizer.ReadLine("- 31.38 s", chars, new Rectangle())));
    }

    /** Where the line's characters are read twice, which run is the line is not known. */
    @Test
    public void aLineReadTwiceIsLeftAsItWas() {
        Recognizer.ReadLine one = line("12", 100, 0.99);
        assertNull(LineEnds.added(one, line("12 12", 52, 0.99)));
        assertNull(LineEnds.added(one, line("7 14", 52, 0.99)));
    }

    /** A reading of {@code text}, each glyph in a 12-pixel cell from {@code x}, digits 20 high at y = 10, letters 14. */
    private static Recognizer.ReadLine line(String text, int x, double confidence) {
        List<CharacterReading> chars = new ArrayList<>();
        int cell = 0;
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            if (!s.equals(" ")) {
                boolean low = Character.isLowerCase(cp) || s.equals("=");
                chars.add(reading(s, confidence, x + 12 * cell, low ? 16 : 10, low ? 14 : 20));
            }
            cell++;
        }
        return new Recognizer.ReadLine(text, chars, new Rectangle(x - 12, 6, 12 * cell + 24, 30));
    }

    private static CharacterReading reading(String label, double confidence, int x, int y, int height) {
        return new CharacterReading(label, confidence, null, 0, new Rectangle(x, y, 10, height), 0.5);
    }
}
