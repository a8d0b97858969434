package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertNull;

import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class TextWidthsTest {
    /** A reading of {@code text} whose character boxes tile {@code [from, to)} of an 80x20 crop. */
    private static Recognizer.ReadLine line(String text, int from, int to) {
        List<CharacterReading> chars = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int x0 = from + (to - from) * i / n;
            int x1 = from + (to - from) * (i + 1) / n;
            chars.add(new CharacterReading(text.substring(i, i + 1), 0.99, "", 0, new Rectangle(x0, 0, x1 - x0, 20), 0.5));
        }
        return new Recognizer.ReadLine(text, chars, new Rectangle(80, 20));
    }

    @Test
    public void theColumnsOfTrustedReadingsOfTheSameLengthAPitchFractionWider() {
        List<Recognizer.ReadLine> lines = List.of(line("10", 20, 40), line("11", 21, 40), line("120", 20, 60),
            line("12", 19, 41), line("13", 20, 40));
        TextWidths w = new TextWidths(lines, i -> i != 2);
        // Median edges 20 and 40, pitch 10: 1.5 pixels of room each side.
        assertArrayEquals(new int[] {18, 42}, w.columns("14", 80));
        assertArrayEquals("spaces are not characters", new int[] {18, 42}, w.columns("1 4", 80));
        assertNull("no trusted reading of three characters", w.columns("140", 80));
        assertNull("one reading is not enough", new TextWidths(lines, i -> i == 0).columns("14", 80));
        assertNull("nothing to narrow", new TextWidths(List.of(line("10", 0, 40), line("11", 0, 40)), i -> true)
            .columns("12", 40));
    }
}
