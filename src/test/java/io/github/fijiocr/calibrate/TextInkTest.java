package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.synth.Micrographs;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** Blobs of a timestamp crop that never come near the text's colour are painted with the ground. */
public class TextInkTest {
    /** A 200x40 crop: ground with noise, {@code text} in 24-pixel SansSerif at x=80, in {@code ink}. */
    private static ByteProcessor crop(String text, int ground, int ink, long seed) {
        ByteProcessor bp = new ByteProcessor(200, 40);
        bp.setColor(ground);
        bp.fill();
        bp.setColor(new java.awt.Color(ink, ink, ink));
        bp.setAntialiasedText(true);
        bp.setFont(new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 24));
        bp.drawString(text, 80, 32);
        Random r = new Random(seed);
        for (int i = 0; i < bp.getPixelCount(); i++) {
            bp.set(i, Math.max(0, Math.min(255, bp.get(i) + (int) Math.round(r.nextGaussian() * 4))));
        }
        return bp;
    }

    /** A blurred disc {@code add} grey levels from the ground (negative: darker), centred at (x, y). */
    private static void cell(ByteProcessor bp, int x, int y, int r, int add) {
        for (int yy = Math.max(0, y - 2 * r); yy < Math.min(bp.getHeight(), y + 2 * r); yy++) {
            for (int xx = Math.max(0, x - 2 * r); xx < Math.min(bp.getWidth(), x + 2 * r); xx++) {
                double v = add / (1 + Math.exp((Math.hypot(xx - x, yy - y) - r) / 1.5));
                bp.set(xx, yy, Math.max(0, Math.min(255, bp.get(xx, yy) + (int) Math.round(v))));
            }
        }
    }

    @Test
    public void aCellHalfAsBrightAsTheTextIsPaintedWithTheGround() {
        ByteProcessor clean = crop("00:59:50", 40, 230, 1);
        ByteProcessor withCell = crop("00:59:50", 40, 230, 1);
        cell(withCell, 50, 20, 10, 100);
        ByteProcessor out = TextInk.of(List.of(withCell)).clean(withCell);
        assertTrue("the cell's centre is ground: " + out.get(50, 20), Math.abs(out.get(50, 20) - 40) <= 12);
        for (int x = 75; x < 200; x++) {
            for (int y = 0; y < 40; y++) {
                assertEquals("the text is untouched at " + x + "," + y, clean.get(x, y), out.get(x, y));
            }
        }
    }

    @Test
    public void aGreyCellBesideBlackTextOnBrightfieldToo() {
        ByteProcessor withCell = crop("12 min", 200, 20, 2);
        cell(withCell, 50, 20, 10, -90);
        ByteProcessor out = TextInk.of(List.of(withCell)).clean(withCell);
        assertTrue("the cell's centre is ground: " + out.get(50, 20), Math.abs(out.get(50, 20) - 200) <= 12);
    }

    @Test
    public void smallDownscaledTextWhoseThinStrokesAreDimStaysWhole() {
        // Halved, the colons and thin strokes of 24-pixel text lose much of their colour.
        ByteProcessor small = (ByteProcessor) crop("00:59:50", 30, 200, 3).resize(100, 20, true);
        assertArrayEquals((byte[]) small.getPixels(), (byte[]) TextInk.of(List.of(small)).clean(small).getPixels());
    }

    @Test
    public void aCellAsBrightAsTheTextStays() {
        ByteProcessor withCell = crop("00:59:50", 40, 230, 4);
        cell(withCell, 50, 20, 10, 190);
        ByteProcessor out = TextInk.of(List.of(withCell)).clean(withCell);
        assertArrayEquals((byte[]) withCell.getPixels(), (byte[]) out.getPixels());
    }

    /** The text's rows of a crop twice its height, a dim cell above it not counted. */
    @Test
    public void theTextsRowsAreFoundInALooseCrop() {
        ByteProcessor bp = new ByteProcessor(200, 60);
        bp.setColor(40);
        bp.fill();
        bp.setColor(new java.awt.Color(230, 230, 230));
        bp.setAntialiasedText(true);
        bp.setFont(new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 24));
        bp.drawString("00:59:50", 80, 45);
        int top = 60;
        int bottom = -1;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 200; x++) {
                if (bp.get(x, y) > 200) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        cell(bp, 40, 10, 8, 90);
        int[] rows = TextInk.of(List.of(bp)).textRows(bp, false);
        assertTrue(java.util.Arrays.toString(rows) + " against " + top + "-" + bottom,
            rows != null && Math.abs(rows[0] - top) <= 1 && Math.abs(rows[1] - bottom) <= 1);
    }
    @Test
    public void inADrawnRectangleRowsOfThinGreyStrokesBetweenTheTextsDarkRowsAreTextRows() {
        // Black bars in rows 10-13 and 17-20 on white, rows 14-16 crossed only by a grey stem at
        // 80 (two thirds of the way to the ink, short of the reach): one text, rows 10-20, as a
        // thin 4's stem between its bar and its foot. A lighter mark (a quarter of the way) in
        // rows 23-24 below is not joined.
        ByteProcessor bp = new ByteProcessor(60, 30);
        bp.setColor(255);
        bp.fill();
        bp.setColor(0);
        bp.setRoi(10, 10, 30, 4);
        bp.fill();
        bp.setRoi(10, 17, 30, 4);
        bp.fill();
        bp.setColor(80);
        bp.setRoi(20, 14, 1, 3);
        bp.fill();
        bp.setColor(200);
        bp.setRoi(20, 21, 1, 4);
        bp.fill();
        bp.resetRoi();
        int[] drawn = TextInk.of(List.of(bp)).textRows(bp, true);
        assertTrue(java.util.Arrays.toString(drawn), java.util.Arrays.equals(new int[] {10, 20}, drawn));
        // Not in a found region, where a cell's rim would join it the same way: the bars' rows alone.
        int[] found = TextInk.of(List.of(bp)).textRows(bp, false);
        assertTrue(java.util.Arrays.toString(found), java.util.Arrays.equals(new int[] {10, 13}, found));
    }
}
