package io.github.fijiocr.recognize.line;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.recognize.ctc.Span;
import java.awt.Rectangle;
import java.util.List;
import org.junit.Test;

/** The line recogniser with the bundled line model: text, and a box per character from the alignment. */
public class LineRecognizerTest {
    @Test
    public void eachCharacterGetsABoxInsideItsLineLeftToRight() throws Exception {
        ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve("expiry.png"));
        TextReader reader = TextReader.of(ModelFile.bundledLine(), new ReadOptions());
        List<LineReading> lines = reader.read(gray, "expiry.png", 1);
        assertEquals(1, lines.size());
        LineReading line = lines.get(0);
        assertEquals("EXP 2027-03-14", line.text);
        assertEquals(line.text.replace(" ", "").length(), line.characters.size());
        Rectangle ink = new Rectangle(45, 30, 305, 29);
        int lastCentre = -1;
        for (CharacterReading c : line.characters) {
            assertTrue(c.box + " outside " + line.bounds, line.bounds.contains(c.box));
            int centre = c.box.x + c.box.width / 2;
            assertTrue(centre > lastCentre);
            lastCentre = centre;
            assertTrue(c.box + " is not over the text", c.box.intersects(ink));
        }
    }

    @Test
    public void boxesReachHalfwayToTheNeighbours() {
        double[] edges = LineRecognizer.edges(List.of(new Span("a", 1, 2, 2), new Span("b", 1, 6, 7),
            new Span("c", 1, 10, 10)));
        assertEquals(4, edges.length);
        // Centres 2.5, 7 and 10.5 columns; pitch 4.
        assertEquals(4.75, edges[1], 1e-9);
        assertEquals(8.75, edges[2], 1e-9);
        assertEquals(0.5, edges[0], 1e-9);
        assertEquals(12.5, edges[3], 1e-9);
    }

    @Test
    public void aMarginStopsShortOfTheLineAboveAndBelow() {
        TextLine above = line(new Rectangle(5, 0, 90, 12));
        TextLine middle = line(new Rectangle(5, 20, 90, 20));
        TextLine below = line(new Rectangle(5, 45, 90, 20));
        Rectangle region = new Rectangle(0, 10, 100, 40);
        assertEquals(new Rectangle(0, 12, 100, 33),
            LineRecognizer.apart(region, middle.bounds(), List.of(above, middle, below)));
        assertEquals(region, LineRecognizer.apart(region, middle.bounds(), List.of(middle)));
    }

    private static TextLine line(Rectangle ink) {
        return new TextLine(List.of(new Glyph(ink, ink, true)), false);
    }
}
