package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.Micrographs;
import org.junit.BeforeClass;
import org.junit.Test;

/** Scale bars laid out as ImageJ's Scale Bar... command does, burned in and as overlays. */
public class ScaleBarReaderTest {
    private static OcrModel line;

    @BeforeClass
    public static void patchImageJ() {
        net.imagej.patcher.LegacyInjector.preinit();
        line = ModelFile.bundledLine();
    }

    private static ScaleBarReader reader() {
        return new ScaleBarReader(new LineRecognizer(line.predictor(null), null, ReadOptions.DEFAULT_THRESHOLD, null));
    }


    @Test
    public void aBurnedInBarGivesThePixelSize() {
        ImagePlus imp = Micrographs.still("burned", 5);
        Micrographs.scaleBar(imp, 0.1625, "µm", 20, 6, 20, java.awt.Color.WHITE, true, true, false);
        imp.getCalibration().pixelWidth = 1; // what an exported image has lost
        imp.getCalibration().setUnit("pixel");
        ScaleBar s = reader().read(imp, null);
        assertEquals(ScaleBar.Source.IMAGE, s.source);
        assertEquals(20 / 0.1625, s.length, 20 / 0.1625 * 0.005);
        assertEquals(20, s.value, 0);
        // The bundled line model reads a small bold µ poorly: then the unit must be flagged, never taken wrong.
        if (s.sure) {
            assertEquals("µm", s.unit);
            assertEquals(0.1625, s.pixelSize(), 0.1625 * 0.02);
        } else {
            assertTrue(s.doubt, s.doubt.contains("unit") || s.doubt.contains("confidence"));
        }
        System.out.println("SCALE " + s.label + " " + s.sure + " " + s.doubt);
    }

    /**
     * A bar drawn over a bright cell at one end is still found, with its own ends and length:
     * a cell centred on the bar's rows (the plain threshold joins it to the bar in every row), and
     * one that ends in them (its edge moves from row to row: the plain threshold finds no bar).
     */
    @Test
    public void aBarDrawnOverACellAtOneEndIsFoundWithItsOwnLength() {
        for (ij.gui.Roi cell : new ij.gui.Roi[] {new ij.gui.OvalRoi(44, 60, 24, 24), new ij.gui.OvalRoi(44, 46, 24, 30)}) {
            ij.process.ByteProcessor gray = new ij.process.ByteProcessor(300, 120);
            gray.setColor(40);
            gray.fill();
            gray.setColor(190);
            gray.fill(cell);
            gray.setColor(255);
            gray.fill(new ij.gui.Roi(60, 70, 150, 6));
            java.util.List<java.awt.Rectangle> bars = ScaleBarReader.bars(gray, new java.awt.Rectangle(300, 120));
            assertEquals(cell + ": " + bars, 1, bars.size());
            assertEquals(new java.awt.Rectangle(60, 70, 150, 6), bars.get(0));
            assertEquals(150, ScaleBarReader.length(gray, bars.get(0)), 0.5);
        }
    }

    @Test
    public void anOverlayBarIsReadFromTheOverlayExactly() {
        ImagePlus imp = Micrographs.still("overlay", 6);
        Micrographs.scaleBar(imp, 0.25, "µm", 50, 4, 16, java.awt.Color.WHITE, false, false, true);
        ScaleBar s = reader().read(imp, null);
        assertEquals(ScaleBar.Source.OVERLAY, s.source);
        assertEquals(50, s.value, 0);
        assertEquals("µm", s.unit);
        assertEquals(0.25, s.pixelSize(), 1e-9);
    }

    @Test
    public void anImageWithoutAScaleBarIsRefused() {
        try {
            reader().read(Micrographs.still("plain", 7), null);
            fail("a scale bar was read from an image without one");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("No scale bar found in plain"));
        }
    }

    @Test
    public void theUsersOwnOverlayTextFarFromARectangleIsNoScaleBar() {
        ImagePlus imp = Micrographs.still("notes", 8);
        ij.gui.Overlay o = new ij.gui.Overlay();
        o.add(new ij.gui.Roi(20, 300, 120, 6)); // a rectangle the user drew
        o.add(new ij.gui.TextRoi(300, 40, "50 um")); // a note far away, not named |SB|
        imp.setOverlay(o);
        try {
            reader().read(imp, null);
            fail("unrelated overlay elements were taken for a scale bar");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("No scale bar found in notes"));
        }
    }

    @Test
    public void aCommaBeforeThreeDigitsIsADoubtNotADecimal() {
        assertEquals(1.0, (Double) ScaleBarReader.parse("1,000 nm")[0], 0);
        ImagePlus imp = Micrographs.still("thousand", 9);
        Micrographs.scaleBar(imp, 10, "nm", 1000, 4, 16, java.awt.Color.WHITE, true, false, true);
        ij.gui.Roi text = imp.getOverlay().get(1);
        ((ij.gui.TextRoi) text).setText("1,000 nm");
        ScaleBar s = reader().read(imp, null);
        assertTrue(!s.sure);
        assertTrue(s.doubt, s.doubt.contains("thousands"));
    }

    @Test
    public void aBarWithoutALabelIsRefusedNotGuessed() {
        ImagePlus imp = Micrographs.still("unlabelled", 10);
        imp.getProcessor().setColor(255);
        imp.getProcessor().fillRect(380, 330, 100, 5); // a bar, and no text near it
        try {
            reader().read(imp, null);
            fail("a scale was read from a bar without a label");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("A bar was found in unlabelled")
                && e.getMessage().contains("Nothing was changed"));
        }
    }
}
