package io.github.fijiocr.locate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Random;
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

    /**
     * A ring the line's box holds whole, among larger rings the box cuts: most of the box's ink
     * runs out of it, and the one shape seen whole is an ellipse. Cells (seeds 20819, 22000 and
     * 22166's `Q0`, `AY0`, `CO4?` on 640x480 micrographs); the same ring alone in its box, or
     * beside a letter, is left to the reader.
     */
    @Test
    public void anEllipseAmongRingsTheBoxCutsIsCells() {
        ByteProcessor ip = ground(400, 300, 40);
        ip.setColor(200);
        ip.setLineWidth(4);
        ip.drawOval(182, 124, 28, 44); // inside the box
        ip.drawOval(60, 60, 110, 170); // crosses the box's top and bottom
        ip.drawOval(228, 40, 120, 130); // crosses its top
        ip.blurGaussian(2);
        Rectangle line = new Rectangle(100, 120, 200, 52);
        assertTrue(CellShapes.cells(ip, line));
        ByteProcessor alone = ground(400, 300, 40);
        alone.setColor(200);
        alone.setLineWidth(4);
        alone.drawOval(182, 124, 28, 44);
        alone.setAntialiasedText(true);
        alone.setFont(new Font("DejaVu Sans", Font.PLAIN, 60));
        alone.drawString("k", 220, 168);
        alone.blurGaussian(2);
        assertFalse("an O beside a k", CellShapes.cells(alone, new Rectangle(177, 118, 90, 56)));
    }

    /**
     * Print whose box a long thin line crosses (an underline, a sign's edge, a bar drawn through
     * the label's rows): the line runs out of the box, but holds less than half of its ink.
     */
    @Test
    public void printCrossedByALineIsNotCells() {
        for (String text : new String[] {"000", "00:08", "0.5 µm", "Good food"}) {
            for (int size : new int[] {20, 40}) {
                ByteProcessor ip = ground(16 * size, 4 * size, 30);
                ip.setColor(230);
                ip.setAntialiasedText(true);
                ip.setFont(new Font("DejaVu Sans", Font.PLAIN, size));
                ip.drawString(text, 2 * size, 3 * size);
                int w = ip.getStringWidth(text);
                ip.fill(new ij.gui.Roi(0, 3 * size - size / 10, ip.getWidth(), Math.max(2, size / 10)));
                Rectangle line = new Rectangle(2 * size - 2, 3 * size - size, w + 4, size + size / 4);
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

    /**
     * The parts are labelled row by row (runs joined to the runs they touch above): on random
     * masks, 8- and 4-connected, ink and ground, the labels and their numbering are those of a
     * flood from each pixel in turn, as the definition has them (a U joined at its foot, a
     * diagonal step joined only when 8-connected).
     */
    @Test
    public void partsAreLabelledAsAFloodFromEachPixelLabelsThem() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int w = 1 + random.nextInt(30);
            int h = 1 + random.nextInt(30);
            double density = random.nextDouble();
            boolean[] on = new boolean[w * h];
            for (int i = 0; i < on.length; i++) {
                on[i] = random.nextDouble() < density;
            }
            for (boolean value : new boolean[] {true, false}) {
                for (boolean eight : new boolean[] {true, false}) {
                    int[] expected = new int[w * h];
                    int[] labels = new int[w * h];
                    String what = w + "x" + h + " value " + value + " eight " + eight;
                    assertEquals(what, floodEachPixel(on, value, w, h, expected, eight),
                        CellShapes.flood(on, value, w, h, labels, eight));
                    assertArrayEquals(what, expected, labels);
                }
            }
        }
    }

    /** The definition: from each unlabelled pixel in turn, every pixel it reaches gets the next number. */
    private static int floodEachPixel(boolean[] on, boolean value, int w, int h, int[] label, boolean eight) {
        int count = 0;
        int[] stack = new int[on.length];
        for (int start = 0; start < on.length; start++) {
            if (on[start] != value || label[start] != 0) {
                continue;
            }
            label[start] = ++count;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int i = stack[--top];
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = i % w + dx;
                        int y = i / w + dy;
                        boolean neighbour = (dx != 0 || dy != 0) && (eight || dx == 0 || dy == 0);
                        if (neighbour && x >= 0 && y >= 0 && x < w && y < h && on[y * w + x] == value
                            && label[y * w + x] == 0) {
                            label[y * w + x] = count;
                            stack[top++] = y * w + x;
                        }
                    }
                }
            }
        }
        return count;
    }
}
