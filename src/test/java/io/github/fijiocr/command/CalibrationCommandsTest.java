package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.synth.Micrographs;
import java.awt.Color;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Read Timestamps and Read Scale Bar as macros and scripts run them: keys in, tables and calibration out. */
public class CalibrationCommandsTest {
    static {
        net.imagej.patcher.LegacyInjector.preinit(); // before any ImageJ class: Label... runs headless
    }

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Test
    public void readTimestampsSetsTheFrameIntervalAndWritesTheTable() throws Exception {
        ImagePlus imp = Micrographs.timeLapse("movie", 25, 320, 240, 21);
        Micrographs.label(imp, "00:00:00", 30, 2, 10, 30, 18, "", Color.WHITE);
        File csv = tmp.getRoot().toPath().resolve("times.csv").toFile();
        CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "image", imp, "output", csv, "set_labels", true);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(25, rt.size());
        for (int r = 0; r < rt.size(); r++) {
            assertEquals(30 + 2 * r, rt.getValue("seconds", r), 0);
        }
        assertEquals(2.0, imp.getCalibration().frameInterval, 1e-9);
        assertEquals("sec", imp.getCalibration().getTimeUnit());
        assertEquals(25, imp.getNFrames());
        assertEquals("00:00:32", imp.getStack().getSliceLabel(2));
        List<String> lines = Files.readAllLines(csv.toPath());
        assertEquals("slice,text,seconds,confidence,status,read_as,note", lines.get(0));
    }

    @Test
    public void readTimestampsStreamsAVirtualStackFileAndLeavesItUnchanged() throws Exception {
        ImagePlus imp = Micrographs.timeLapse("movie", 12, 256, 200, 22);
        Micrographs.label(imp, "0", 0, 250, 180, 190, 14, "ms", Color.WHITE);
        File tif = tmp.getRoot().toPath().resolve("movie.tif").toFile();
        new ij.io.FileSaver(imp).saveAsTiffStack(tif.getPath());
        long before = tif.lastModified();
        byte[] bytes = Files.readAllBytes(tif.toPath());
        CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "input", tif);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(12, rt.size());
        assertEquals(2.75, rt.getValue("seconds", 11), 1e-9);
        assertEquals(before, tif.lastModified());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(tif.toPath())));
    }

    @Test
    public void oneWorkerAndTwoGiveTheSameTable() throws Exception {
        ImagePlus imp = Micrographs.timeLapse("movie", 150, 256, 160, 27);
        Micrographs.label(imp, "00:00:00", 0, 15, 8, 24, 16, "", Color.WHITE);
        ResultsTable[] tables = new ResultsTable[2];
        for (int threads = 1; threads <= 2; threads++) {
            CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "image", imp, "threads", threads,
                "set_calibration", false, "plot", false);
            assertFalse(m.getCancelReason(), m.isCanceled());
            tables[threads - 1] = (ResultsTable) m.getOutput("results");
        }
        assertEquals(150, tables[0].size());
        assertEquals(tables[0].size(), tables[1].size());
        for (int r = 0; r < tables[0].size(); r++) {
            assertEquals(tables[0].getStringValue("text", r), tables[1].getStringValue("text", r));
            assertEquals(tables[0].getValue("confidence", r), tables[1].getValue("confidence", r), 1e-6);
            assertEquals(tables[0].getStringValue("status", r), tables[1].getStringValue("status", r));
        }
        assertEquals(15 * 149, tables[1].getValue("seconds", 149), 0); // 150 slices: three batches of 64
    }

    @Test
    public void readTimestampsOnOneImageSaysWhatItNeeds() throws Exception {
        CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "image", Micrographs.still("one", 23));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("needs a stack"));
    }

    @Test
    public void readScaleBarSetsTheScaleFromAnOverlayAndRefusesWithoutABar() throws Exception {
        ImagePlus imp = Micrographs.still("bar", 24);
        Micrographs.scaleBar(imp, 0.5, "µm", 100, 5, 18, Color.WHITE, true, true, true);
        imp.getCalibration().pixelWidth = 1;
        imp.getCalibration().pixelHeight = 1;
        imp.getCalibration().setUnit("pixel");
        CommandModule m = CONTEXT.run(ReadScaleBarCommand.class, "image", imp);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(0.5, rt.getValue("pixel_size", 0), 1e-9);
        assertEquals(0.25, rt.getValue("precision", 0), 1e-9); // half a pixel in 200, in percent
        assertEquals("yes", rt.getStringValue("calibrated", 0));
        assertEquals(0.5, imp.getCalibration().pixelWidth, 1e-9);
        assertEquals("µm", imp.getCalibration().getUnit());

        // An overlay bar of 20 pixels gives the pixel size only to 2.5%, and no better by eye: set, and said.
        ImagePlus small = Micrographs.still("small bar", 24);
        Micrographs.scaleBar(small, 1, "µm", 20, 3, 14, Color.WHITE, true, false, true);
        small.getCalibration().pixelWidth = 1.5;
        m = CONTEXT.run(ReadScaleBarCommand.class, "image", small);
        rt = (ResultsTable) m.getOutput("results");
        assertEquals(2.5, rt.getValue("precision", 0), 1e-9);
        assertEquals("yes", rt.getStringValue("calibrated", 0));
        assertEquals(1, small.getCalibration().pixelWidth, 1e-9);

        ImagePlus plain = Micrographs.still("plain", 25);
        m = CONTEXT.run(ReadScaleBarCommand.class, "image", plain);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("No scale bar found in plain"));
        assertEquals(1.0, plain.getCalibration().pixelWidth, 0);
    }

    @Test
    public void nothingGivenNorOpenSaysWhatToGive() throws Exception {
        CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "input", new File(""));
        assertTrue(m.isCanceled());
        assertEquals("Nothing to read: open a stack, or set input= to a stack file.", m.getCancelReason());
        m = CONTEXT.run(ReadScaleBarCommand.class, "input", new File(""));
        assertTrue(m.isCanceled());
        assertEquals("Nothing to read: open an image, or set input= to an image file.", m.getCancelReason());
    }

    @Test
    public void badInputGetsOneLineNamingTheFileOrKey() throws Exception {
        File corrupt = tmp.newFile("broken.tif");
        Files.write(corrupt.toPath(), new byte[] {'I', 'I', 42, 0, 1, 2, 3});
        CommandModule m = CONTEXT.run(ReadTimestampsCommand.class, "input", corrupt);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("broken.tif"));
        assertEquals(7, corrupt.length()); // left as it was

        ImagePlus imp = Micrographs.timeLapse("movie", 5, 200, 150, 26);
        m = CONTEXT.run(ReadTimestampsCommand.class, "image", imp, "format", "\\d{3,1}");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("pattern") || m.getCancelReason().contains("repeat"));
        assertEquals(0, imp.getCalibration().frameInterval, 0);

        m = CONTEXT.run(ReadScaleBarCommand.class, "input", new File(tmp.getRoot(), "missing.png"));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("missing.png"));
    }
}
