package io.github.fijiocr.augment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.junit.Test;

/** Each operation on synthetic inputs, determinism, the seed preset's output, threads. */
public class AugmenterTest {
    private static final int N = 32;

    /** CRC of {@link #seedFixture} through the geometry-only Augmenter as it was before photometric ops. */
    private static final long SEED_CRC_BEFORE = 0x7c8d1de0L;

    @Test
    public void seedPresetGivesTheChecksumOfTheGeometryOnlyAugmenter() {
        assertEquals(Long.toHexString(SEED_CRC_BEFORE), Long.toHexString(seedFixture(Augmenter.seed()::apply)));
        // The copy of the old code below is the old code: it gives the same checksum.
        assertEquals(Long.toHexString(SEED_CRC_BEFORE), Long.toHexString(seedFixture(OldAugmenter::applySeed)));
    }

    @Test
    public void seedPresetMatchesTheOldCodeOnRandomInputs() {
        Random pixels = new Random(1);
        for (long s = 0; s < 50; s++) {
            float[] in = new float[N * N];
            for (int i = 0; i < in.length; i++) {
                in[i] = pixels.nextFloat();
            }
            Random a = new Random(s);
            Random b = new Random(s);
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(OldAugmenter.applySeed(in, N, b), Augmenter.seed().apply(in, N, a), 0f);
            }
            assertEquals("same draws consumed", b.nextLong(), a.nextLong());
        }
    }

    @Test
    public void sameSeedSameOutputAndDifferentSeedsDiffer() {
        float[] in = bar(8, 24, 12, 20, 0f, 1f);
        float[] one = Augmenter.standard().apply(in, N, new Random(5));
        assertArrayEquals(one, Augmenter.standard().apply(in, N, new Random(5)), 0f);
        assertFalse(java.util.Arrays.equals(one, Augmenter.standard().apply(in, N, new Random(6))));
    }

    @Test
    public void brightnessAddsOneOffsetWithinItsRange() {
        float[] in = bar(8, 24, 12, 20, 0.3f, 0.7f);
        Augmenter aug = Augmenter.none().withBrightness(0.2);
        boolean up = false;
        boolean down = false;
        for (long s = 0; s < 40; s++) {
            float[] out = aug.apply(in, N, Augmenter.sampleRandom(7, 0, s));
            double offset = mean(out) - mean(in);
            assertTrue(offset + "", Math.abs(offset) <= 0.2 + 1e-6);
            for (int i = 0; i < in.length; i++) {
                assertEquals(offset, out[i] - in[i], 1e-5);
            }
            up |= offset > 0.05;
            down |= offset < -0.05;
        }
        assertTrue(up && down);
    }

    @Test
    public void contrastScalesTheSpreadAboutTheMean() {
        float[] in = bar(8, 24, 12, 20, 0.25f, 0.75f);
        Augmenter aug = Augmenter.none().withContrast(0.5);
        boolean more = false;
        boolean less = false;
        for (long s = 0; s < 40; s++) {
            float[] out = aug.apply(in, N, Augmenter.sampleRandom(7, 0, s));
            double ratio = stdDev(out) / stdDev(in);
            assertEquals(mean(in), mean(out), 1e-4);
            assertTrue(ratio + "", ratio >= 0.5 - 1e-4 && ratio <= 1.5 + 1e-4);
            more |= ratio > 1.1;
            less |= ratio < 0.9;
        }
        assertTrue(more && less);
    }

    @Test
    public void blurLowersTheSteepestEdgeAndTheVariance() {
        float[] in = bar(8, 24, 12, 20, 0f, 1f);
        Augmenter aug = Augmenter.none().withBlur(2);
        int softened = 0;
        for (long s = 0; s < 100; s++) {
            float[] out = aug.apply(in, N, Augmenter.sampleRandom(7, 0, s));
            assertTrue(variance(out) <= variance(in) + 1e-6);
            assertTrue(maxGradient(out) <= 1 + 1e-6);
            assertEquals(mean(in), mean(out), 0.01);
            if (maxGradient(out) < 0.9 && variance(out) < variance(in) * 0.99) {
                softened++;
            }
        }
        // Sigma is uniform in 0..2; from about 0.5 the steepest step drops below 0.9 (~75 of 100).
        assertTrue(softened + " of 100", softened >= 60);
        float[] fixed = in.clone();
        Photometric.blur(fixed, N, 1);
        assertTrue(maxGradient(fixed) < 0.5);
    }

    @Test
    public void noiseChangesPixelsButNotTheMean() {
        float[] in = new float[N * N];
        java.util.Arrays.fill(in, 0.5f);
        Augmenter aug = Augmenter.none().withNoise(0.1);
        for (long s = 0; s < 10; s++) {
            float[] out = aug.apply(in, N, Augmenter.sampleRandom(7, 0, s));
            int changed = 0;
            for (int i = 0; i < in.length; i++) {
                changed += out[i] != in[i] ? 1 : 0;
            }
            assertTrue(changed + "", changed > in.length * 0.9);
            assertEquals(0.5, mean(out), 0.01);
            assertTrue(stdDev(out) <= 0.1 * 1.2);
        }
    }

    @Test
    public void thickerStrokeAddsInkAndThinnerRemovesIt() {
        float[] in = bar(8, 24, 12, 20, 0f, 1f); // 16 rows x 8 columns of ink
        int ink = Photometric.inkPixels(in);
        assertEquals(16 * 8, ink);
        float[] thick = in.clone();
        Photometric.stroke(thick, N, true);
        assertEquals(18 * 10, Photometric.inkPixels(thick));
        float[] thin = in.clone();
        Photometric.stroke(thin, N, false);
        assertEquals(14 * 6, Photometric.inkPixels(thin));

        Augmenter aug = Augmenter.none().withStroke(1);
        boolean thicker = false;
        boolean thinner = false;
        for (long s = 0; s < 20; s++) {
            int n = Photometric.inkPixels(aug.apply(in, N, Augmenter.sampleRandom(7, 0, s)));
            assertTrue(n + "", n == 18 * 10 || n == 14 * 6);
            thicker |= n > ink;
            thinner |= n < ink;
        }
        assertTrue(thicker && thinner);
    }

    @Test
    public void thinningNeverErasesAOnePixelStroke() {
        float[] line = bar(4, 28, 15, 16, 0f, 1f);
        float[] out = line.clone();
        Photometric.stroke(out, N, false);
        assertArrayEquals(line, out, 0f);
    }

    @Test
    public void borderCropSetsBorderRowsAndColumnsToGroundAndLeavesTheCentre() {
        float[] in = new float[N * N]; // ink everywhere: every cropped pixel shows
        int max = 3;
        Augmenter aug = Augmenter.none().withBorderCrop(max);
        int cropped = 0;
        for (long s = 0; s < 20; s++) {
            float[] out = aug.apply(in, N, Augmenter.sampleRandom(7, 0, s));
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < N; x++) {
                    int border = Math.min(Math.min(x, y), Math.min(N - 1 - x, N - 1 - y));
                    float v = out[y * N + x];
                    if (border >= max) {
                        assertEquals(0f, v, 0f);
                    } else {
                        assertTrue(v == 0f || v == 1f);
                    }
                }
            }
            // What is cropped is whole rows and columns from the edge inwards.
            int top = 0;
            while (top < N && out[top * N + N / 2] == 1f) {
                top++;
            }
            int left = 0;
            while (left < N && out[(N / 2) * N + left] == 1f) {
                left++;
            }
            for (int x = 0; x < N; x++) {
                for (int y = 0; y < top; y++) {
                    assertEquals(1f, out[y * N + x], 0f);
                }
            }
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < left; x++) {
                    assertEquals(1f, out[y * N + x], 0f);
                }
            }
            cropped += top + left;
        }
        assertTrue(cropped > 0);
    }

    @Test
    public void standardStaysWithinZeroAndOneAndKeepsTheInk() {
        float[] in = bar(8, 24, 12, 20, 0f, 1f);
        for (long s = 0; s < 100; s++) {
            float[] out = Augmenter.standard().apply(in, N, Augmenter.sampleRandom(7, 0, s));
            for (float v : out) {
                assertTrue(v >= 0f && v <= 1f);
            }
            assertTrue(Photometric.inkPixels(out) > 40);
        }
    }

    @Test
    public void threadsWithTheirOwnRandomsGiveTheSequentialResults() throws Exception {
        Augmenter aug = Augmenter.standard();
        float[] in = bar(8, 24, 12, 20, 0f, 1f);
        int samples = 400;
        List<float[]> sequential = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            sequential.add(aug.apply(in, N, Augmenter.sampleRandom(42, 3, i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> parallel = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                int sample = i;
                parallel.add(pool.submit(() -> aug.apply(in, N, Augmenter.sampleRandom(42, 3, sample))));
            }
            for (int i = 0; i < samples; i++) {
                assertArrayEquals(sequential.get(i), parallel.get(i).get(), 0f);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void presetsByKey() {
        assertEquals(List.of("none", "seed", "standard"), Augmenter.KEYS);
        for (String key : Augmenter.KEYS) {
            assertEquals(key, Augmenter.fromKey(" " + key.toUpperCase() + " ").key());
        }
        assertTrue(Augmenter.fromKey("none").isIdentity());
        assertFalse(Augmenter.fromKey("seed").isIdentity());
        assertEquals("custom", Augmenter.seed().withNoise(0.1).key());
        float[] in = bar(8, 24, 12, 20, 0f, 1f);
        float[] same = Augmenter.none().apply(in, N, new Random(1));
        assertArrayEquals(in, same, 0f);
        assertNotSame(in, same);
        try {
            Augmenter.fromKey("heavy");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("heavy"));
            assertTrue(e.getMessage(), e.getMessage().contains("none, seed, standard"));
        }
    }

    @Test
    public void sampleRandomsOfNeighbouringSamplesDrawIndependently() {
        double min = 1;
        double max = 0;
        for (int i = 0; i < 100; i++) {
            double first = Augmenter.sampleRandom(42, 1, i).nextDouble();
            min = Math.min(min, first);
            max = Math.max(max, first);
        }
        assertTrue(min + ".." + max, min < 0.05 && max > 0.95);
        assertEquals(Augmenter.sampleRandom(42, 1, 7).nextLong(), Augmenter.sampleRandom(42, 1, 7).nextLong());
        assertFalse(Augmenter.sampleRandom(42, 1, 7).nextLong() == Augmenter.sampleRandom(42, 2, 7).nextLong());
        assertFalse(Augmenter.sampleRandom(42, 1, 7).nextLong() == Augmenter.sampleRandom(43, 1, 7).nextLong());
    }

    @Test(expected = IllegalArgumentException.class)
    public void contrastRangeAboveOneIsRefused() {
        Augmenter.none().withContrast(1.5);
    }

    @Test
    public void withLeavesTheOriginalUnchanged() {
        Augmenter seed = Augmenter.seed();
        seed.withBlur(1).withNoise(0.1);
        assertEquals(Long.toHexString(SEED_CRC_BEFORE), Long.toHexString(seedFixture(seed::apply)));
    }

    // --- helpers ---

    private interface Apply {
        float[] apply(float[] in, int size, Random random);
    }

    /** A ring and a bar through 100 draws over 20 seeds, as the checksum was taken from the old code. */
    private static long seedFixture(Apply aug) {
        float[] in = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double r = Math.hypot(x - 15.5, y - 13.5);
                boolean ink = (r > 7 && r < 10) || (x >= 14 && x <= 17 && y >= 20 && y <= 29);
                in[y * N + x] = ink ? 0f : 1f;
            }
        }
        CRC32 crc = new CRC32();
        for (long s = 0; s < 20; s++) {
            Random r = new Random(s);
            for (int k = 0; k < 5; k++) {
                float[] out = aug.apply(in, N, r);
                ByteBuffer b = ByteBuffer.allocate(out.length * 4);
                for (float f : out) {
                    b.putFloat(f);
                }
                crc.update(b.array());
            }
        }
        return crc.getValue();
    }

    /** Rows y0..y1-1, columns x0..x1-1 at {@code ink}, the rest at {@code ground}. */
    private static float[] bar(int y0, int y1, int x0, int x1, float ink, float ground) {
        float[] img = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                img[y * N + x] = y >= y0 && y < y1 && x >= x0 && x < x1 ? ink : ground;
            }
        }
        return img;
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double variance(float[] a) {
        double m = mean(a);
        double s = 0;
        for (float v : a) {
            s += (v - m) * (v - m);
        }
        return s / a.length;
    }

    private static double stdDev(float[] a) {
        return Math.sqrt(variance(a));
    }

    private static double maxGradient(float[] a) {
        double g = 0;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x + 1 < N; x++) {
                g = Math.max(g, Math.abs(a[y * N + x + 1] - a[y * N + x]));
                g = Math.max(g, Math.abs(a[x * N + y] - a[(x + 1) * N + y]));
            }
        }
        return g;
    }

    /** The geometry-only Augmenter as it was (commit 5bbf5ae), with the seed's ranges, verbatim. */
    private static final class OldAugmenter {
        static float[] applySeed(float[] in, int size, Random random) {
            double shift = 0.1;
            double zoom = 0.2;
            double shearDegrees = 0.1;
            double rotationDegrees = 10;
            double theta = Math.toRadians(uniform(random, rotationDegrees));
            double shear = Math.toRadians(uniform(random, shearDegrees));
            double zx = 1 + uniform(random, zoom);
            double zy = 1 + uniform(random, zoom);
            double tx = uniform(random, shift) * size;
            double ty = uniform(random, shift) * size;
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double a = cos * zx;
            double b = (-sin + cos * Math.tan(shear)) * zy;
            double c = sin * zx;
            double d = (cos + sin * Math.tan(shear)) * zy;
            double centre = (size - 1) / 2.0;
            float[] out = new float[size * size];
            for (int y = 0; y < size; y++) {
                double dy = y - centre;
                for (int x = 0; x < size; x++) {
                    double dx = x - centre;
                    double sx = centre + a * dx + b * dy + tx;
                    double sy = centre + c * dx + d * dy + ty;
                    out[y * size + x] = bilinear(in, size, sx, sy);
                }
            }
            return out;
        }

        private static double uniform(Random random, double range) {
            return range == 0 ? 0 : (random.nextDouble() * 2 - 1) * range;
        }

        private static float bilinear(float[] in, int size, double x, double y) {
            x = Math.max(0, Math.min(size - 1, x));
            y = Math.max(0, Math.min(size - 1, y));
            int x0 = (int) x;
            int y0 = (int) y;
            int x1 = Math.min(size - 1, x0 + 1);
            int y1 = Math.min(size - 1, y0 + 1);
            double fx = x - x0;
            double fy = y - y0;
            double top = in[y0 * size + x0] * (1 - fx) + in[y0 * size + x1] * fx;
            double bottom = in[y1 * size + x0] * (1 - fx) + in[y1 * size + x1] * fx;
            return (float) (top * (1 - fy) + bottom * fy);
        }
    }
}
