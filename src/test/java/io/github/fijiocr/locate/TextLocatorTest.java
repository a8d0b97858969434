package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TextLocatorTest {
    private final TextLocator locator = new TextLocator(new LocateOptions());

    @Test
    public void cutsEachTestImageIntoItsCharactersAndWords() throws Exception {
        for (Map.Entry<String, String> e : TestData.testImageLabels().entrySet()) {
            ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve(e.getKey()));
            List<TextLine> lines = locator.locate(gray);
            assertEquals(e.getKey() + " lines", 1, lines.size());
            String label = e.getValue();
            StringBuilder shape = new StringBuilder();
            for (Glyph g : lines.get(0).glyphs()) {
                shape.append(g.wordStart() ? " x" : "x");
            }
            assertEquals(e.getKey() + " glyphs and word breaks", label.replaceAll("\\S", "x"), shape.toString());
        }
    }

    @Test
    public void lightOnDarkGivesTheSameBoxesAsDarkOnLight() throws Exception {
        ByteProcessor dark = ImageFiles.readGray(TestData.testImages().resolve("expiry.png"));
        ByteProcessor light = (ByteProcessor) dark.duplicate();
        light.invert();
        TextLine a = locator.locate(dark).get(0);
        TextLine b = locator.locate(light).get(0);
        assertTrue(!a.lightText() && b.lightText());
        assertEquals(TestData.inkBoxes(List.of(a)), TestData.inkBoxes(List.of(b)));
    }

    @Test
    public void twoLinesComeOutTopToBottom() throws Exception {
        ByteProcessor top = ImageFiles.readGray(TestData.testImages().resolve("digits.png"));
        ByteProcessor bottom = ImageFiles.readGray(TestData.testImages().resolve("timestamp.png"));
        int w = Math.max(top.getWidth(), bottom.getWidth());
        ByteProcessor both = new ByteProcessor(w, top.getHeight() + bottom.getHeight());
        both.setValue(255);
        both.fill();
        both.insert(top, 0, 0);
        both.insert(bottom, 0, top.getHeight());
        List<TextLine> lines = locator.locate(both);
        assertEquals(2, lines.size());
        assertEquals(10, lines.get(0).glyphs().size());
        assertEquals(12, lines.get(1).glyphs().size());
    }

    @Test
    public void blankImageHasNoText() {
        ByteProcessor blank = new ByteProcessor(200, 80);
        blank.setValue(255);
        blank.fill();
        assertTrue(locator.locate(blank).isEmpty());
    }

    @Test
    public void stackedSegmentsMergeButNeighboursDoNot() {
        // A seven-segment "4": upper-left, middle bar (bevelled, barely overlapping), right verticals.
        assertTrue(LineGlyphs.sameGlyph(new Rectangle(0, 0, 5, 24), new Rectangle(3, 23, 24, 5)));
        assertTrue(LineGlyphs.sameGlyph(new Rectangle(25, 0, 5, 24), new Rectangle(25, 27, 5, 24)));
        // Two digits side by side that touch: they share rows, so they stay two glyphs.
        assertTrue(!LineGlyphs.sameGlyph(new Rectangle(0, 0, 20, 30), new Rectangle(19, 0, 20, 30)));
    }
}
