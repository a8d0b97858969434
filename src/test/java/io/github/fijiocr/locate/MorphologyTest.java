package io.github.fijiocr.locate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Random;
import org.junit.Test;

/** The fast filters and stroke width against their definitions, on random masks. */
public class MorphologyTest {
    @Test
    public void erodeAndDilateAreTheSquareMinimumAndMaximum() {
        Random random = new Random(4);
        for (int trial = 0; trial < 30; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            int r = random.nextInt(4);
            byte[] ink = new byte[w * h];
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (byte) (random.nextDouble() < 0.6 ? 1 : 0);
            }
            assertArrayEquals("erode " + w + "x" + h + " r" + r, naive(ink, w, h, r, true),
                Morphology.erode(ink, w, h, r));
            assertArrayEquals("dilate " + w + "x" + h + " r" + r, naive(ink, w, h, r, false),
                Morphology.dilate(ink, w, h, r));
        }
    }

    @Test
    public void strokeWidthIsTheCommonestShorterRun() {
        int w = 60;
        int h = 40;
        byte[] ink = new byte[w * h];
        for (int y = 5; y < 35; y++) {
            for (int x = 10; x < 13; x++) {
                ink[y * w + x] = 1; // a vertical stroke 3 wide
            }
            for (int x = 30; x < 33; x++) {
                ink[y * w + x] = 1;
            }
        }
        for (int x = 40; x < 58; x++) {
            for (int y = 20; y < 23; y++) {
                ink[y * w + x] = 1; // a horizontal one, 3 high
            }
        }
        assertEquals(3, Morphology.strokeWidth(ink, w, h));
    }

    @Test
    public void strokeWidthIsTheModeOfTheShorterRunsOnRandomMasks() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int w = 1 + random.nextInt(50);
            int h = 1 + random.nextInt(50);
            double density = random.nextDouble();
            byte[] ink = new byte[w * h];
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (byte) (random.nextDouble() < density ? 1 : 0);
            }
            assertEquals(w + "x" + h, modeOfShorterRuns(ink, w, h), Morphology.strokeWidth(ink, w, h));
        }
    }

    /** The definition, pixel by pixel: each ink pixel's shorter run, the commonest (smallest on a tie). */
    private static int modeOfShorterRuns(byte[] ink, int w, int h) {
        int[] counts = new int[Math.max(w, h) + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y * w + x] == 0) {
                    continue;
                }
                int x0 = x;
                int x1 = x;
                while (x0 > 0 && ink[y * w + x0 - 1] != 0) {
                    x0--;
                }
                while (x1 < w - 1 && ink[y * w + x1 + 1] != 0) {
                    x1++;
                }
                int y0 = y;
                int y1 = y;
                while (y0 > 0 && ink[(y0 - 1) * w + x] != 0) {
                    y0--;
                }
                while (y1 < h - 1 && ink[(y1 + 1) * w + x] != 0) {
                    y1++;
                }
                counts[Math.min(x1 - x0 + 1, y1 - y0 + 1)]++;
            }
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return best;
    }

    /** The definition: outside the image is ground. */
    private static byte[] naive(byte[] ink, int w, int h, int r, boolean min) {
        byte[] out = new byte[ink.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean all = true;
                boolean any = false;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        boolean on = xx >= 0 && yy >= 0 && xx < w && yy < h && ink[yy * w + xx] != 0;
                        all &= on;
                        any |= on;
                    }
                }
                out[y * w + x] = (byte) ((min ? all : any) ? 1 : 0);
            }
        }
        return out;
    }
}
