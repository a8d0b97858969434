package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Spaces where characters stand further apart than the word-gap rule allows, and nowhere else. */
public class WordSpacesTest {
    private static final double WORD_GAP = 0.45;

    @Test
    public void aWideGapBecomesASpace() {
        // Letters 20 high, 2 apart; a gap of 38 between the words (0.45 of 20 is 9).
        assertEquals("ab cd", WordSpaces.at(line("abcd", 0, 12, 60, 72), WORD_GAP).text);
    }

    @Test
    public void evenlySpacedLettersStayOneWord() {
        assertEquals("abcd", WordSpaces.at(line("abcd", 0, 12, 24, 36), WORD_GAP).text);
    }

    @Test
    public void aSpaceTheReaderSawIsKeptAndNotDoubled() {
        assertEquals("ab cd", WordSpaces.at(line("ab cd", 0, 12, 60, 72), WORD_GAP).text);
    }

    @Test
    public void wideLetterSpacingIsTheLineHabitNotAWordGap() {
        // Every gap is 10, over the share of the height: three typical gaps is the bar, as in the locator.
        assertEquals("abcd", WordSpaces.at(line("abcd", 0, 20, 40, 60), WORD_GAP).text);
    }

    @Test
    public void aReadingWhoseTextDoesNotMatchItsCharactersIsLeftAsItIs() {
        Recognizer.ReadLine odd = line("abcd", 0, 12, 60, 72);
        Recognizer.ReadLine shorter = new Recognizer.ReadLine("abc", odd.characters, odd.bounds);
        assertEquals("abc", WordSpaces.at(shorter, WORD_GAP).text);
    }

    /** Characters of {@code text} (spaces skipped), 10 wide and 20 high, at the given x. */
    private static Recognizer.ReadLine line(String text, int... xs) {
        List<CharacterReading> chars = new ArrayList<>();
        int k = 0;
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                chars.add(new CharacterReading(String.valueOf(c), 0.9, "", 0, new Rectangle(xs[k++], 5, 10, 20), 0.5));
            }
        }
        return new Recognizer.ReadLine(text, chars, new Rectangle(0, 0, 100, 30));
    }
}
