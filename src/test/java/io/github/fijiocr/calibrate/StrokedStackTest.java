package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import org.junit.Test;

/** A region shown as its strokes alone: thin lines kept, a wide blob's inside taken away, the user's pixels untouched. */
public class StrokedStackTest {
    private static ByteProcessor slice() {
        ByteProcessor ip = new ByteProcessor(80, 60);
        ip.setColor(40);
        ip.fill();
        ip.setColor(190);
        ip.fillOval(30, 10, 30, 40); // a cell
        ip.setColor(255);
        ip.setLineWidth(2);
        ip.drawLine(10, 30, 55, 30); // a stroke, half over the cell
        return ip;
    }

    @Test
    public void aStrokeIsKeptOverACellAndTheCellsInsideIsTakenAway() {
        ImageStack stack = new ImageStack(80, 60);
        stack.addSlice(slice());
        byte[] before = ((byte[]) stack.getPixels(1)).clone();
        Rectangle region = new Rectangle(5, 20, 60, 20);
        ImagePlus view = StrokedStack.of(new ImagePlus("s", stack), region, TimestampFinder.View.LIGHT_STROKES);
        ByteProcessor seen = (ByteProcessor) view.getStack().getProcessor(1);
        // Over the cell and over the ground the stroke stands as high above what is around it.
        assertTrue(seen.get(45, 30) >= 60 && seen.get(15, 30) >= 200);
        assertTrue("the cell's inside: " + seen.get(45, 24), seen.get(45, 24) < 20);
        assertTrue("the ground: " + seen.get(15, 24), seen.get(15, 24) < 20);
        assertEquals("outside the region, as it was", 190, seen.get(45, 12));
        // The oval's sharp, jagged sides, which an opening cannot follow, leave no line that could read as a 1 or a 6.
        for (int y = 20; y < 40; y++) {
            for (int x = 5; x < 65; x++) {
                assertTrue(x + "," + y + ": " + seen.get(x, y), Math.abs(y - 30) <= 2 || seen.get(x, y) < 20);
            }
        }
        assertArrayEquals("the user's slice is not touched", before, (byte[]) stack.getPixels(1));
        assertTrue(StrokedStack.of(view, region, TimestampFinder.View.IMAGE) == view);
    }
}
