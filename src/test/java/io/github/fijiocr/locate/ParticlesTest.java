package io.github.fijiocr.locate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.Random;
import org.junit.Test;

/** Particles of an ink mask, as ImageJ's Analyze Particles finds them on the whole image. */
public class ParticlesTest {
    /**
     * Analyze Particles runs on the ink's bounding box only: on random masks whose ink lies away
     * from the image's corner and edges (and on some that reach them), the labels, boxes, areas,
     * order and solidity are those ImageJ gives on the whole image, with and without size limits.
     */
    @Test
    public void particlesAreThoseOfTheWholeImage() {
        Random random = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            int w = 20 + random.nextInt(120);
            int h = 20 + random.nextInt(90);
            Rectangle inked = trial % 4 == 0 ? new Rectangle(w, h)
                : new Rectangle(random.nextInt(w / 2), random.nextInt(h / 2), 1 + random.nextInt(w / 2),
                    1 + random.nextInt(h / 2));
            byte[] ink = new byte[w * h];
            double density = 0.2 + 0.6 * random.nextDouble();
            for (int y = inked.y; y < inked.y + inked.height; y++) {
                for (int x = inked.x; x < inked.x + inked.width; x++) {
                    ink[y * w + x] = (byte) (random.nextDouble() < density ? 1 : 0);
                }
            }
            InkMask mask = new InkMask(w, h, ink, new Rectangle(w, h), false);
            int minArea = trial % 3 == 0 ? 3 : 1;
            int maxArea = trial % 3 == 0 ? 40 : 0;
            Particles found = Particles.analyze(mask, minArea, maxArea);
            int[] labels = new int[w * h];
            ResultsTable rt = wholeImage(ink, w, h, minArea, maxArea, labels);
            String what = "trial " + trial + ", ink in " + inked;
            assertArrayEquals(what, labels, found.labels);
            assertEquals(what, rt.size(), found.list.size());
            for (int r = 0; r < rt.size(); r++) {
                Particle p = found.list.get(r);
                assertEquals(what, r + 1, p.label);
                assertEquals(what, box(labels, w, h, r + 1), p.box);
                assertEquals(what, count(labels, r + 1), p.area);
                assertEquals(what, rt.getValue("Solidity", r), p.solidity, 0);
            }
        }
    }

    @Test
    public void aMaskWithoutInkHasNoParticles() {
        Particles found = Particles.analyze(new InkMask(30, 20, new byte[600], new Rectangle(30, 20), false), 1, 0);
        assertTrue(found.list.isEmpty());
        assertArrayEquals(new int[600], found.labels);
    }

    /** ImageJ's Analyze Particles on the whole mask: its table, and its count mask in {@code labels}. */
    private static ResultsTable wholeImage(byte[] ink, int w, int h, int minArea, int maxArea, int[] labels) {
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (ink[i] != 0 ? 255 : 0);
        }
        ByteProcessor bp = new ByteProcessor(w, h, px);
        bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        ResultsTable rt = new ResultsTable();
        ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_ROI_MASKS,
            Measurements.AREA | Measurements.SHAPE_DESCRIPTORS, rt, minArea,
            maxArea > 0 ? maxArea : Double.POSITIVE_INFINITY);
        pa.setHideOutputImage(true);
        pa.analyze(new ImagePlus("ink", bp), bp);
        ImageProcessor counts = pa.getOutputImage().getProcessor();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = counts.get(i);
        }
        return rt;
    }

    private static Rectangle box(int[] labels, int w, int h, int label) {
        Rectangle box = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (labels[y * w + x] == label) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return box;
    }

    private static int count(int[] labels, int label) {
        int n = 0;
        for (int l : labels) {
            n += l == label ? 1 : 0;
        }
        return n;
    }
}
