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
}
