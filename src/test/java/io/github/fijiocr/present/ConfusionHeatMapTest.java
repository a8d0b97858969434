package io.github.fijiocr.present;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ImageProcessor;
import io.github.fijiocr.evaluate.ModelEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ConfusionHeatMapTest {
    @Test
    public void eachCellHoldsItsRowShareAndTheClassesAreNamed() {
        // Rows: A [3 1], B [0 2], C (read only, no samples) [0 0].
        ModelEvaluation e = new ModelEvaluation(List.of("A", "B", "C"), List.of("A", "A", "A", "A", "B", "B"),
            List.of("A", "A", "A", "B", "B", "B"), new double[6]);
        ImagePlus imp = ConfusionHeatMap.of(e, "heat");
        int cell = ConfusionHeatMap.cellSize(3);
        int m = ConfusionHeatMap.margin(e);
        ImageProcessor ip = imp.getProcessor();
        assertEquals(m + 3 * cell, imp.getWidth());
        assertEquals(m + 3 * cell, imp.getHeight());
        double[][] share = {{0.75, 0.25, 0}, {0, 1, 0}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(share[r][c], ip.getPixelValue(m + c * cell + cell / 2, m + r * cell + cell / 2), 1e-6);
                assertEquals(share[r][c], ip.getPixelValue(m + c * cell, m + r * cell + cell - 1), 1e-6);
            }
        }
        assertTrue("no samples: no share", Double.isNaN(ip.getPixelValue(m + cell / 2, m + 2 * cell + cell / 2)));
        assertTrue("margin", Double.isNaN(ip.getPixelValue(0, m + 1)));
        assertEquals(0, ip.getMin(), 0);
        assertEquals(1, ip.getMax(), 0);
        assertTrue("Fire LUT, not gray", ip.getColorModel() instanceof java.awt.image.IndexColorModel
            && ((java.awt.image.IndexColorModel) ip.getColorModel()).getRed(128)
            != ((java.awt.image.IndexColorModel) ip.getColorModel()).getBlue(128));
        assertNotNull(imp.getOverlay());
        List<String> texts = new ArrayList<>();
        for (Roi roi : imp.getOverlay().toArray()) {
            texts.add(((TextRoi) roi).getText().trim());
        }
        for (String name : List.of("A", "B", "C")) {
            assertEquals(name + " on both axes in " + texts, 2, texts.stream().filter(name::equals).count());
        }
        assertTrue(texts.toString(), texts.containsAll(List.of("3", "1", "2")));
    }
}
