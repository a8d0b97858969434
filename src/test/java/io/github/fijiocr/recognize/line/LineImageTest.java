package io.github.fijiocr.recognize.line;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.LineArchitectures;
import java.awt.Font;
import org.junit.Test;

/** The one preparation of a line for the line network: height, width, contrast and polarity. */
public class LineImageTest {
    private static ByteProcessor line(int ground, int ink) {
        ByteProcessor bp = new ByteProcessor(240, 40);
        bp.setColor(ground);
        bp.fill();
        bp.setColor(ink);
        bp.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        bp.setAntialiasedText(true);
        bp.drawString("12:34 abc", 6, 34);
        return bp;
    }

    @Test
    public void aLineIsScaledToTheNetworksHeightKeepingItsAspect() {
        LineImage image = LineImage.of(line(230, 30));
        assertEquals(LineImage.HEIGHT * image.width, image.pixels.length);
        assertEquals(0, image.width % LineArchitectures.COLUMN_WIDTH);
        assertEquals(240 * LineImage.HEIGHT / 40.0, image.width, LineArchitectures.COLUMN_WIDTH);
        assertEquals(LineImage.HEIGHT / 40.0, image.scale, 0.01);
    }

    @Test
    public void lightTextOnDarkBecomesTheSameDarkOnLightInputAsItsNegative() {
        LineImage dark = LineImage.of(line(230, 30));
        LineImage light = LineImage.of(line(30, 230));
        assertEquals(dark.width, light.width);
        double diff = 0;
        for (int i = 0; i < dark.pixels.length; i++) {
            diff += Math.abs(dark.pixels[i] - light.pixels[i]);
        }
        assertTrue("mean difference " + diff / dark.pixels.length, diff / dark.pixels.length < 0.02);
        assertTrue("ground is light: " + dark.ground, dark.ground > 0.9f);
    }

    @Test
    public void aFlippedLineIsTheNegativeOverTheTextAndPadsWithTheNegativeGround() {
        LineImage image = LineImage.of(line(230, 30));
        LineImage flipped = image.flipped();
        assertEquals(image.width, flipped.width);
        assertEquals(1 - image.ground, flipped.ground, 1e-6);
        for (int i = 0; i < image.pixels.length; i++) {
            assertEquals(1 - image.pixels[i], flipped.pixels[i], 1e-6);
        }
        LineImage back = flipped.flipped();
        for (int i = 0; i < image.pixels.length; i++) {
            assertEquals(image.pixels[i], back.pixels[i], 1e-6);
        }
    }

    @Test
    public void lowContrastIsStretchedToTheFullRange() {
        LineImage faint = LineImage.of(line(140, 120));
        float min = 1;
        float max = 0;
        for (float v : faint.pixels) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min < 0.05f && max > 0.95f);
    }

    @Test
    public void paddingUsesTheGroundAndAVeryWideLineIsSqueezed() {
        LineImage image = LineImage.of(line(230, 30));
        float[] wider = image.padded(image.width + 40);
        assertEquals(image.ground, wider[wider.length - 1], 1e-6);
        LineImage wide = LineImage.of(new ByteProcessor(20000, 20));
        assertEquals(LineImage.MAX_WIDTH, wide.width);
    }

    /** A long label is read whole; training squeezes it to the width the bundled model learned with. */
    @Test
    public void aLongLineIsReadWholeAndSqueezedOnlyForTraining() {
        ByteProcessor label = new ByteProcessor(2000, 32);
        assertEquals(2000, LineImage.of(label).width);
        assertEquals(LineImage.TRAINING_MAX_WIDTH, LineImage.of(label, LineImage.TRAINING_MAX_WIDTH).width);
    }

    /** The second look's input: the same line narrower, as if the crop had been squeezed first. */
    @Test
    public void aSqueezedLineIsTheCropSqueezedFirst() {
        ByteProcessor crop = line(230, 30);
        LineImage image = LineImage.of(crop);
        LineImage squeezed = image.squeezed(0.6);
        assertEquals(0, squeezed.width % LineArchitectures.COLUMN_WIDTH);
        assertEquals(0.6 * 240 * LineImage.HEIGHT / 40.0, squeezed.width, LineArchitectures.COLUMN_WIDTH);
        assertEquals(image.scale * 0.6, squeezed.scale, 0.01);
        assertEquals(image.ground, squeezed.ground, 1e-6);
        crop.setInterpolationMethod(ByteProcessor.BILINEAR);
        LineImage direct = LineImage.of((ByteProcessor) crop.resize(144, 40, true));
        assertEquals(direct.width, squeezed.width);
        double diff = 0;
        for (int i = 0; i < direct.pixels.length; i++) {
            diff += Math.abs(direct.pixels[i] - squeezed.pixels[i]);
        }
        assertTrue("mean difference " + diff / direct.pixels.length, diff / direct.pixels.length < 0.03);
    }
}
