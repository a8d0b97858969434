package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** A digit unsure only against its look-alike letter, among digits ({@link DigitRuns}). */
public class DigitRunsTest {
    private static final double THRESHOLD = 0.7;

    /** A clock's first 0, read at 0.67 with O at 0.32 (generated micrograph 27298, Nimbus Sans). */
    @Test
    public void aClocksFirstZeroUnsureAgainstOIsAZero() {
        Recognizer.ReadLine read = settled(line("?0:15:33", 0, "0", 0.67, "O", 0.32));
        assertEquals("00:15:33", read.text);
        assertFalse(read.characters.get(0).rejected);
        assertEquals(0.99, read.characters.get(0).confidence, 1e-9);
    }

    /** A number's last 0 before a word gap and its unit: {@code 10? µm}. */
    @Test
    public void aNumbersLastZeroBeforeItsUnitIsAZero() {
        assertEquals("100 µm", settled(line("10? µm", 2, "0", 0.59, "O", 0.30)).text);
    }

    @Test
    public void aLetterBesideItOrAnotherRunnerUpOrTooLittleOddsLeaveItUnread() {
        Recognizer.ReadLine inAWord = line("C?2", 1, "0", 0.6, "O", 0.35);
        assertSame(inAWord, settled(inAWord));
        Recognizer.ReadLine anotherDigit = line("1?5", 1, "0", 0.6, "6", 0.35);
        assertSame(anotherDigit, settled(anotherDigit));
        Recognizer.ReadLine unsureShape = line("1?5", 1, "0", 0.45, "O", 0.2);
        assertSame(unsureShape, settled(unsureShape));
        Recognizer.ReadLine twoUnsure = line("1??5", 1, "0", 0.6, "O", 0.35);
        assertSame(twoUnsure, settled(twoUnsure));
    }

    /** The model's first choice a letter between digits ({@code 5O0}) is left as read: only a digit is taken. */
    @Test
    public void aLetterReadFirstIsNeverMadeADigit() {
        Recognizer.ReadLine read = line("5?0", 1, "O", 0.6, "0", 0.35);
        assertSame(read, settled(read));
    }

    /**
     * Two zeros read as one unsure 0 ({@code 100 um} read {@code 1? um}): the word's ink shows
     * three glyphs for the two read, and the 0 is left unread.
     */
    @Test
    public void aZeroWhereTheInkShowsAGlyphMoreIsLeftUnread() {
        Recognizer.ReadLine read = line("1? um", 1, "0", 0.56, "O", 0.38);
        ByteProcessor gray = ink(read);
        gray.setColor(0);
        gray.fillRect(23, 2, 4, 12); // the lost 0, between the read one's box and the unit
        assertSame(read, DigitRuns.settled(read, gray, THRESHOLD));
        assertEquals("10 um", settled(read).text); // with the ink of the glyphs read only
    }

    /** {@code line} settled in an image with ink at its characters' boxes alone. */
    private static Recognizer.ReadLine settled(Recognizer.ReadLine line) {
        return DigitRuns.settled(line, ink(line), THRESHOLD);
    }

    /** White ground with each character's box filled black. */
    private static ByteProcessor ink(Recognizer.ReadLine line) {
        ByteProcessor gray = new ByteProcessor(line.bounds.width + 20, 30);
        gray.setColor(255);
        gray.fill();
        gray.setColor(0);
        for (CharacterReading c : line.characters) {
            gray.fillRect(c.box.x, c.box.y, c.box.width - 4, c.box.height);
        }
        return gray;
    }

    /**
     * {@code text} as read, one 10-pixel cell a code point (a space too), each character sure but
     * the one at {@code at} (its index among the characters), read {@code label} first and
     * {@code second} next; a {@code ?} in {@code text} is a rejected character, read as
     * {@code label} at {@code at} and as 0 elsewhere.
     */
    private static Recognizer.ReadLine line(String text, int at, String label, double p, String second, double q) {
        List<CharacterReading> chars = new ArrayList<>();
        int cell = 0; // each code point, a space too, in a 10-pixel cell
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            Rectangle box = new Rectangle(10 * cell++, 2, 8, 12);
            if (cp == ' ') {
                continue;
            }
            chars.add(chars.size() == at ? new CharacterReading(label, p, second, q, box, THRESHOLD)
                : s.equals("?") ? new CharacterReading("0", 0.5, "O", 0.3, box, THRESHOLD)
                : new CharacterReading(s, 0.99, "", 0, box, THRESHOLD));
        }
        return new Recognizer.ReadLine(text, chars, new Rectangle(0, 0, 10 * cell + 10, 24));
    }
}
