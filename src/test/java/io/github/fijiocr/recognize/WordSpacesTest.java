package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;

import ij.process.ByteProcessor;
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

    /** A clock's colon in a wide cell, its gaps over the rule's, gets no space (`31 :22` was read). */
    @Test
    public void aClocksColonKeepsItsDigitsWhateverItsCell() {
        assertEquals("31:22", WordSpaces.at(line("31:22", 0, 12, 60, 72, 84), WORD_GAP).text);
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

    @Test
    public void aWordGapIsMeasuredInTheImageWhereTheBoxesAreSlivers() {
        // A dim photo: the reader found a sliver of ink at each glyph's left edge, so every box
        // gap is 12 and the word gap (24 in the ink, letters 4 apart) only 32: three typical
        // gaps hide it.
        ByteProcessor gray = ground(200, 40, 200, 200);
        int[] xs = {10, 24, 38, 52, 86, 100, 114};
        List<Rectangle> boxes = new ArrayList<>();
        for (int x : xs) {
            glyph(gray, x, O);
            boxes.add(new Rectangle(x, 10, 2, 20));
        }
        Recognizer.ReadLine line = line("abcdefg", boxes);
        assertEquals("abcdefg", WordSpaces.at(line, WORD_GAP).text);
        assertEquals("abcd efg", WordSpaces.at(line, WORD_GAP, gray).text);
    }

    @Test
    public void aSliverBoxInsideAWordMakesNoSpace() {
        // Evenly set letters (4 apart in the ink); the reader's boxes are its columns, which
        // touch, but for one letter whose ink it found only at its left edge: a gap of 10 between
        // boxes, over 0.45 of the height, split the word (PL E ASE).
        ByteProcessor gray = ground(200, 40, 200, 200);
        List<Rectangle> boxes = evenly(gray, 6, O, 14);
        boxes.set(3, new Rectangle(boxes.get(3).x + 2, 10, 2, 20));
        Recognizer.ReadLine line = line("abcdef", boxes);
        assertEquals("abcd ef", WordSpaces.at(line, WORD_GAP).text);
        assertEquals("abcdef", WordSpaces.at(line, WORD_GAP, gray).text);
    }

    @Test
    public void stemsAndMarginsPastTheLastGlyphAreNoGap() {
        // Letters that are solid stems (an l, an I) are one grey down their columns, as ground is,
        // but not the ground's grey; and the last box reaches 20 past its glyph, as the reader's
        // columns do: neither is a word gap.
        ByteProcessor gray = ground(200, 40, 200, 200);
        List<Rectangle> boxes = evenly(gray, 5, STEM, 10);
        boxes.set(4, new Rectangle(boxes.get(4).x, 10, 30, 20));
        assertEquals("abcde", WordSpaces.at(line("abcde", boxes), WORD_GAP, gray).text);
    }

    @Test
    public void lightFallingOffAlongTheLineMovesNoGap() {
        // The ground goes from 230 to 110 along the line, the ink 80 under it: letters 4 apart,
        // one word gap of 24.
        ByteProcessor gray = ground(200, 40, 230, 110);
        int[] xs = {10, 24, 38, 52, 86, 100, 114, 128, 142};
        List<Rectangle> boxes = new ArrayList<>();
        for (int x : xs) {
            glyph(gray, x, C);
            boxes.add(new Rectangle(x - 2, 10, 14, 20));
        }
        assertEquals("abcd efghi", WordSpaces.at(line("abcdefghi", boxes), WORD_GAP, gray).text);
    }

    @Test
    public void aBoxTooSmallToMeasureKeepsTheBoxesGaps() {
        // Three rows of image under the line: nothing to measure, so the boxes' gaps decide, as
        // without an image (in a flat image of full height the ink measure would see no gap).
        Recognizer.ReadLine wide = line("abcd", 0, 12, 60, 72);
        Recognizer.ReadLine flat = new Recognizer.ReadLine(wide.text, wide.characters, new Rectangle(0, 0, 100, 3));
        assertEquals("ab cd", WordSpaces.at(flat, WORD_GAP, ground(100, 3, 200, 200)).text);
        assertEquals("abcd", WordSpaces.at(wide, WORD_GAP, ground(100, 30, 200, 200)).text);
    }

    /** Which pixels of a 10 x 20 glyph cell are ink. */
    private interface Shape {
        boolean ink(int dx, int dy);
    }

    /** Strokes 3 thick: an O, a C (no right stroke), a solid stem. */
    private static final Shape O = (dx, dy) -> dx < 3 || dx >= 7 || dy < 3 || dy >= 17;
    private static final Shape C = (dx, dy) -> dx < 3 || dy < 3 || dy >= 17;
    private static final Shape STEM = (dx, dy) -> true;

    /** A w x h image whose ground goes from {@code left} to {@code right} grey. */
    private static ByteProcessor ground(int w, int h, int left, int right) {
        ByteProcessor gray = new ByteProcessor(w, h);
        for (int x = 0; x < w; x++) {
            int v = left + (right - left) * x / (w - 1);
            for (int y = 0; y < h; y++) {
                gray.set(x, y, v);
            }
        }
        return gray;
    }

    /** A glyph 10 wide and 20 high at {@code x}, rows 10 to 29, 80 darker than the ground above it. */
    private static void glyph(ByteProcessor gray, int x, Shape shape) {
        for (int dy = 0; dy < 20; dy++) {
            for (int dx = 0; dx < 10; dx++) {
                if (shape.ink(dx, dy)) {
                    gray.set(x + dx, 10 + dy, gray.get(x + dx, 0) - 80);
                }
            }
        }
    }

    /** {@code count} glyphs 4 apart from x = 10, each box {@code boxWidth} wide and centred on its glyph. */
    private static List<Rectangle> evenly(ByteProcessor gray, int count, Shape shape, int boxWidth) {
        List<Rectangle> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int x = 10 + 14 * i;
            glyph(gray, x, shape);
            boxes.add(new Rectangle(x + 5 - boxWidth / 2, 10, boxWidth, 20));
        }
        return boxes;
    }

    /** Characters of {@code text}, one per box. */
    private static Recognizer.ReadLine line(String text, List<Rectangle> boxes) {
        List<CharacterReading> chars = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            chars.add(new CharacterReading(String.valueOf(text.charAt(i)), 0.9, "", 0, boxes.get(i), 0.5));
        }
        return new Recognizer.ReadLine(text, chars, new Rectangle(0, 0, 200, 40));
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
