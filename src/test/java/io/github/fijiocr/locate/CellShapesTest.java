package io.github.fijiocr.locate;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.awt.Rectangle;
import org.junit.Test;

/** A row of cells told from print by its parts' shapes. */
public class CellShapesTest {
    /**
     * Filled cells of several sizes, two of them overlapping, blurred as a microscope blurs them:
     * cells, in either polarity.
     */
    @Test
    public void aRowOfFilledCellsIsCells() {
        ByteProcessor ip = ground(400, 120, 40);
        ip.setColor(200);
        ip.fillOval(20, 30, 60, 44);
        ip.fillOval(110, 22, 48, 64);
        ip.fillOval(145, 35, 50, 40); // overlaps the one before
        ip.fillOval(240, 40, 70, 36);
        ip.blurGaussian(3);
        Rectangle line = new Rectangle(10, 15, 320, 80);
        assertTrue(CellShapes.cells(ip, line));
        ip.invert();
        assertTrue("dark cells on a light ground", CellShapes.cells(ip, line));
    }

    /** Rings (a membrane stain) of several sizes: cells. */
    @Test
    public void aRowOfRingsIsCells() {
        ByteProcessor ip = ground(400, 120, 210);
        ip.setColor(60);
        ip.setLineWidth(4);
        ip.drawOval(20, 30, 60, 44);
        ip.drawOval(110, 20, 50, 66);
        ip.drawOval(240, 38, 76, 40);
        ip.blurGaussian(2);
        assertTrue(CellShapes.cells(ip, new Rectangle(10, 15, 320, 80)));
    }

    /**
     * Two rings, one above and beside the other, strung into a line with two rings crossing each
     * other (no ellipse, and most of the ink): round letters of one line share a row, so these
     * are cells, though ellipses are not most of the ink (seed 20894's `9o°?` on a 640x480
     * micrograph).
     */
    @Test
    public void ringsAboveAndBelowEachOtherAreCells() {
        ByteProcessor ip = ground(420, 160, 30);
        ip.setColor(200);
        ip.setLineWidth(4);
        ip.drawOval(20, 20, 40, 44);
        ip.drawOval(80, 76, 42, 46);
        ip.drawOval(150, 60, 150, 34); // two rings crossing: one part, a cross, not an ellipse
        ip.drawOval(205, 45, 40, 64);
        ip.blurGaussian(2);
        Rectangle line = new Rectangle(10, 20, 310, 110);
        assertTrue(CellShapes.cells(ip, line));
        ip.setColor(30);
        ip.fill(new ij.gui.Roi(75, 70, 55, 60)); // the lower ring gone: one ellipse left
        assertFalse("one ellipse with a crossing pair", CellShapes.cells(ip, line));
    }

    /**
     * Print is not cells, round digits included: a label and a clock of 0s and 8s, whose ellipses
     * are one size on one row, words, and the rings of a {@code %} or a {@code °}, which sit above
     * one another but are small beside a digit.
     */
    @Test
    public void printIsNotCells() {
        for (String text : new String[] {"800 nm", "00:08", "100 µm", "000", "t = 0.0 s", "Good food", "95%",
            "20 °C", "o%O"}) {
            for (int size : new int[] {16, 40}) {
                ByteProcessor ip = ground(12 * size, 3 * size, 30);
                ip.setColor(230);
                ip.setAntialiasedText(true);
                ip.setFont(new Font("DejaVu Sans", Font.PLAIN, size));
                ip.drawString(text, size, 2 * size);
                Rectangle line = new Rectangle(size / 2, size / 2, ip.getStringWidth(text) + size, 2 * size);
                assertFalse(text + " at " + size + " px", CellShapes.cells(ip, line));
            }
        }
    }

    /** One cell is not a row, and a line too small to show shapes is left to the reader. */
    @Test
    public void oneCellOrATinyLineIsNotJudged() {
        ByteProcessor ip = ground(200, 100, 30);
        ip.setColor(220);
        ip.fillOval(60, 25, 50, 40);
        ip.blurGaussian(2);
        assertFalse("one cell", CellShapes.cells(ip, new Rectangle(40, 15, 100, 60)));
        ByteProcessor small = ground(60, 20, 30);
        small.setColor(220);
        small.fillOval(5, 6, 6, 5);
        small.fillOval(20, 5, 8, 7);
        assertFalse("under 12 pixels high", CellShapes.cells(small, new Rectangle(2, 3, 40, 10)));
    }

    private static ByteProcessor ground(int w, int h, int grey) {
        ByteProcessor ip = new ByteProcessor(w, h);
        ip.setColor(grey);
        ip.fill();
        return ip;
    }
}
