package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.util.List;
import org.junit.Test;

public class UnitStrokesTest {
    @Test
    public void anInnerStrokeTwiceAsWideIsTwoStems() {
        assertTrue(UnitStrokes.doubled(List.of(new int[] {2, 2, 4, 2, 2}, new int[] {2, 2, 4, 2, 2})));
        assertTrue(UnitStrokes.doubled(List.of(new int[] {2, 1, 4, 1, 2})));
    }

    @Test
    public void aWideFirstOrLastStrokeOrAOnePixelDifferenceIsNot() {
        assertFalse("a cell beside the letters", UnitStrokes.doubled(List.of(new int[] {5, 2, 2, 2, 2})));
        assertFalse("a cell beside the letters", UnitStrokes.doubled(List.of(new int[] {2, 2, 2, 2, 5})));
        assertFalse("antialiasing", UnitStrokes.doubled(List.of(new int[] {1, 1, 2, 1, 1})));
        assertFalse(UnitStrokes.doubled(List.of(new int[] {2, 2, 2, 2, 1})));
        assertFalse("a bold n's stems beside a crowded m's", UnitStrokes.doubled(List.of(new int[] {3, 4, 2, 2, 2})));
    }

    /** Drawn strokes: five of two pixels, the middle one four wide (two stems, no gap), counted six. */
    @Test
    public void drawnStrokesAreCountedWithTheCrowdedPairAsTwo() {
        ByteProcessor ip = new ByteProcessor(40, 10);
        ip.setValue(0);
        ip.fill();
        int[] starts = {4, 9, 14, 21, 26};
        int[] widths = {2, 2, 4, 2, 2};
        for (int k = 0; k < starts.length; k++) {
            for (int x = starts[k]; x < starts[k] + widths[k]; x++) {
                for (int y = 0; y < 10; y++) {
                    ip.set(x, y, 255);
                }
            }
        }
        int[] side = {0, 1};
        assertEquals(6, UnitStrokes.count(ip, new int[] {0, 40, 2, 7, 255}, side));
        // Without the crowded pair: five.
        for (int y = 0; y < 10; y++) {
            ip.set(16, y, 0);
            ip.set(17, y, 0);
        }
        assertEquals(5, UnitStrokes.count(ip, new int[] {0, 40, 2, 7, 255}, side));
    }
}
