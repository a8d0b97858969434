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
        for (int trial = 0; trial < 200; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            int r = random.nextInt(7);
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
    public void twoDilationsAreOneBySquaresSummed() {
        // TextLocator grows an opened mask in one dilation by the sum of two radii.
        Random random = new Random(6);
        for (int trial = 0; trial < 100; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            int a = random.nextInt(5);
            int b = random.nextInt(5);
            byte[] ink = new byte[w * h];
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (byte) (random.nextDouble() < 0.05 ? 1 : 0);
            }
            assertArrayEquals(w + "x" + h + " r" + a + "+" + b,
                Morphology.dilate(Morphology.dilate(ink, w, h, a), w, h, b), Morphology.dilate(ink, w, h, a + b));
        }
    }

    @Test
    public void nextFindsTheFirstByteOfTheOtherKind() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            byte[] mask = new byte[1 + random.nextInt(40)];
            double density = random.nextDouble();
            for (int i = 0; i < mask.length; i++) {
                // Any non-zero byte is ink: masks hold 1, images thresholded in place hold 255.
                mask[i] = (byte) (random.nextDouble() < density ? 1 + random.nextInt(255) : 0);
            }
            int from = random.nextInt(mask.length);
            int to = from + random.nextInt(mask.length - from + 1);
            for (boolean ink : new boolean[] {false, true}) {
                int expected = from;
                while (expected < to && (mask[expected] != 0) == ink) {
                    expected++;
                }
                assertEquals(ink + " " + from + ".." + to, expected, Morphology.next(mask, from, to, ink));
            }
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
                counts[shorterRun(ink, w, h, x, y)]++;
            }
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return best;
    }

    /** The definition of an ink pixel's shorter run: walk along its row and its column to the ground. */
    static int shorterRun(byte[] ink, int w, int h, int x, int y) {
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
        return Math.min(x1 - x0 + 1, y1 - y0 + 1);
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
