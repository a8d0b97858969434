package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Measurements;
import ij.plugin.filter.Analyzer;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.progress.Progress;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** Inputs a reviewer found to break the locator: blank frames, user settings, tiny and noisy images. */
public class LocatorRobustnessTest {
    private final TextLocator locator = new TextLocator(new LocateOptions());

    @Test
    public void aBlankNoisyCameraFrameHasNoText() {
        Random r = new Random(2);
        for (double sigma : new double[] {1, 3, 6}) {
            ByteProcessor frame = new ByteProcessor(640, 480);
            for (int i = 0; i < 640 * 480; i++) {
                frame.set(i, (int) Math.round(200 + sigma * r.nextGaussian()));
            }
            assertTrue("noise sigma " + sigma, locator.locate(frame).isEmpty());
        }
    }

    @Test
    public void aFlatImageIsNotThresholdedSoImageJWritesNothing() {
        ByteProcessor flat = new ByteProcessor(64, 32);
        flat.setValue(128);
        flat.fill();
        PrintStream out = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setOut(new PrintStream(seen, true));
        try {
            for (AutoThresholder.Method m : new AutoThresholder.Method[] {AutoThresholder.Method.Intermodes,
                AutoThresholder.Method.Minimum}) {
                LocateOptions o = new LocateOptions();
                o.method = m;
                assertTrue(new TextLocator(o).locate(flat).isEmpty());
            }
        } finally {
            System.setOut(out);
        }
        assertEquals("", seen.toString());
    }

    @Test
    public void invertedYInTheUsersSetMeasurementsDoesNotMoveTheBoxes() throws Exception {
        ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve("expiry.png"));
        List<Rectangle> plain = TestData.inkBoxes(locator.locate(gray));
        int saved = Analyzer.getMeasurements();
        Analyzer.setMeasurements(saved | Measurements.INVERT_Y);
        try {
            assertEquals(plain, TestData.inkBoxes(locator.locate(gray)));
        } finally {
            Analyzer.setMeasurements(saved);
        }
        assertFalse(plain.isEmpty());
    }

    @Test
    public void measurementsRedirectedToAnotherImageAreRefusedWithTheFix() throws Exception {
        ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve("expiry.png"));
        Analyzer.setRedirectImage(new ImagePlus("elsewhere", new ByteProcessor(7, 7)));
        try {
            OcrException e = assertThrows(OcrException.class, () -> locator.locate(gray));
            assertTrue(e.getMessage(), e.getMessage().contains("Redirect to") && e.getMessage().contains("None"));
        } finally {
            Analyzer.setRedirectImage(null);
        }
    }

    @Test
    public void backgroundSubtractionOnTinyImagesIsSkippedNotAnError() {
        LocateOptions o = new LocateOptions();
        o.background = 50;
        for (int[] size : new int[][] {{1, 1}, {3, 3}, {1, 100}, {100, 4}, {16, 16}}) {
            ByteProcessor bp = new ByteProcessor(size[0], size[1]);
            bp.setValue(200);
            bp.fill();
            bp.set(0, 0, 10);
            new TextLocator(o).locate(bp);
        }
    }

    @Test
    public void moreParticlesThanTheCountMaskHoldsAreRefusedByName() {
        OcrException e = assertThrows(NoiseException.class, () -> locator.locate(TestData.grain(2000, 1500)));
        assertTrue(e.getMessage(), e.getMessage().contains("65535") && e.getMessage().contains("min_area"));
    }

    @Test
    public void aStackSkipsAndLogsItsSliceOfNoiseAndLocatesTheOthers() throws Exception {
        ByteProcessor text = new ByteProcessor(2000, 1500);
        text.setValue(255);
        text.fill();
        text.insert(ImageFiles.readGray(TestData.testImages().resolve("expiry.png")), 40, 40);
        ImageStack stack = new ImageStack(2000, 1500);
        stack.addSlice(TestData.grain(2000, 1500));
        stack.addSlice(text);
        List<String> log = new ArrayList<>();
        List<LocatedSlice> found;
        try (org.scijava.Context context = new org.scijava.Context(org.scijava.log.LogService.class)) {
            org.scijava.log.LogService logService = context.service(org.scijava.log.LogService.class);
            logService.addLogListener(m -> log.add(m.text()));
            found = new io.github.fijiocr.engine.Ocr(logService).locate(
                io.github.fijiocr.engine.SliceSource.image(new ImagePlus("two", stack), "two.tif"),
                new LocateOptions(), Progress.NONE);
        }
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).slice);
        assertEquals(1, found.get(0).lines.size());
        assertEquals(1, log.size());
        assertTrue(log.get(0), log.get(0).startsWith("two.tif slice 1: skipped") && log.get(0).contains("particles"));
    }
}
