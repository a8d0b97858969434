package io.github.fijiocr.preprocess;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Rectangle;
import org.junit.Test;

public class InkCellTest {
    /** A tight crop of a seven-segment "0": the strokes run along the whole border. */
    private static ByteProcessor tightZero() {
        ByteProcessor ip = new ByteProcessor(24, 44);
        ip.setValue(255);
        ip.fill();
        ip.setValue(0);
        ip.fillRect(0, 0, 24, 4);
        ip.fillRect(0, 40, 24, 4);
        ip.fillRect(0, 0, 4, 44);
        ip.fillRect(20, 0, 4, 44);
        return ip;
    }

    @Test
    public void strokesTouchingTheBorderAreStillInk() {
        InkCell dark = InkCell.find(tightZero(), Preprocessing.Crop.INK);
        assertFalse("black strokes on white", dark.lightInk());
        ByteProcessor inverted = tightZero();
        inverted.invert();
        assertTrue("white strokes on black", InkCell.find(inverted, Preprocessing.Crop.INK).lightInk());
    }

    @Test
    public void inkBoxIgnoresTheMargin() {
        ByteProcessor ip = new ByteProcessor(28, 28);
        ip.setValue(255);
        ip.fill();
        ip.setValue(0);
        ip.fillRect(10, 5, 6, 18);
        InkCell cell = InkCell.find(ip, Preprocessing.Crop.INK);
        assertFalse(cell.lightInk());
        assertEquals(new Rectangle(10, 5, 6, 18), cell.box());
        assertEquals(new Rectangle(0, 0, 28, 28), InkCell.find(ip, Preprocessing.Crop.NONE).box());
    }
}
