package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Rectangle;
import org.junit.Test;

public class LabelStrokesTest {
    /**
     * Black strokes on light ground, one of them over a dark cell: both show at full strength, the
     * cell not at all, measured against the black bar's contrast; a plain top-hat leaves the stroke
     * over the cell at the cell's share of it. The user's pixels are not touched.
     */
    @Test
    public void aStrokeOverACellOfItsColourShowsAsOnCleanGround() {
        ByteProcessor gray = new ByteProcessor(120, 80);
        gray.setValue(200);
        gray.fill();
        gray.setValue(100);
        gray.fill(new ij.gui.OvalRoi(60, 30, 40, 40)); // a dark cell
        gray.setValue(0);
        Rectangle bar = new Rectangle(10, 10, 60, 4);
        gray.fill(new ij.gui.Roi(bar));
        gray.fill(new ij.gui.Roi(30, 35, 2, 20)); // a stem on clean ground
        gray.fill(new ij.gui.Roi(78, 40, 2, 20)); // a stem over the cell
        byte[] before = ((byte[]) gray.getPixels()).clone();

        ByteProcessor strokes = LabelStrokes.of(gray, bar, new Rectangle(0, 0, 120, 80));
        ByteProcessor plain = TimestampFinder.strokes(gray, true);

        assertArrayEquals("the user's pixels", before, (byte[]) gray.getPixels());
        assertTrue("on clean ground: " + strokes.get(30, 45), strokes.get(30, 45) >= 250);
        assertTrue("over the cell: " + strokes.get(78, 50), strokes.get(78, 50) >= 250);
        assertTrue("the cell: " + strokes.get(70, 60), strokes.get(70, 60) <= 5);
        assertTrue("the plain top-hat over the cell: " + plain.get(78, 50), plain.get(78, 50) <= 110);
    }
}
