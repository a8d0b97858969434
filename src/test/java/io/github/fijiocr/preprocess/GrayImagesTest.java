package io.github.fijiocr.preprocess;

import static org.junit.Assert.assertEquals;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import org.junit.Test;

public class GrayImagesTest {
    /** The integer luma gives, for every colour, the grey the double formula gave. */
    @Test
    public void lumaInIntegersIsTheDoubleFormulaForEveryColour() {
        long wrong = 0;
        for (int r = 0; r < 256; r++) {
            for (int g = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++) {
                    if (GrayImages.luma(r, g, b) != Math.round(0.299 * r + 0.587 * g + 0.114 * b)) {
                        wrong++;
                    }
                }
            }
        }
        assertEquals(0, wrong);
    }

    @Test
    public void aColourImageBecomesItsLuma() {
        ColorProcessor cp = new ColorProcessor(3, 1);
        cp.set(0, 0, 0x000000);
        cp.set(1, 0, 0x00240c); // 0.587 * 36 + 0.114 * 12 = 22.5 in exact arithmetic, 22.49999... in doubles
        cp.set(2, 0, 0xffffff);
        ByteProcessor gray = GrayImages.toGray(cp);
        assertEquals(0, gray.get(0, 0));
        assertEquals(22, gray.get(1, 0));
        assertEquals(255, gray.get(2, 0));
    }

    /** Each pixel becomes its 3x3 square's rounded mean; at the edges, the part of it inside the image. */
    @Test
    public void theMeanOfThreeByThreeCutsItsSquareAtTheEdges() {
        byte[] px = new byte[4 * 3];
        px[5] = (byte) 90; // (1, 1)
        px[3] = (byte) 200; // (3, 0), a corner
        byte[] mean = GrayImages.mean3(px, 4, 3);
        assertEquals(23, mean[0] & 0xff); // 90 / 4 (22.5, rounded up): the corner's square is 2x2
        assertEquals(50, mean[3] & 0xff); // 200 / 4 at the other corner
        assertEquals(10, mean[5] & 0xff); // 90 / 9 inside
        assertEquals(48, mean[2] & 0xff); // (90 + 200) / 6 on the top edge
    }

    /** On random images of every small shape, the mean is the square's mean pixel by pixel. */
    @Test
    public void theMeanOfThreeByThreeIsEachSquaresMeanAtEverySize() {
        java.util.Random random = new java.util.Random(5);
        for (int[] size : new int[][] {{1, 1}, {1, 5}, {5, 1}, {2, 2}, {7, 3}, {13, 11}}) {
            int w = size[0];
            int h = size[1];
            byte[] px = new byte[w * h];
            random.nextBytes(px);
            byte[] mean = GrayImages.mean3(px, w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int sum = 0;
                    int n = 0;
                    for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                        for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                            sum += px[yy * w + xx] & 0xff;
                            n++;
                        }
                    }
                    assertEquals(w + "x" + h + " at " + x + "," + y, (sum + n / 2) / n, mean[y * w + x] & 0xff);
                }
            }
        }
    }
}
