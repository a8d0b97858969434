package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.awt.Rectangle;
import org.junit.Test;

/** Edge sharpness: print drawn on the pixel grid against the same print blurred as optics blur it. */
public class SharpnessTest {
    @Test
    public void aStepIsAboutOneHalfAndABlurredEdgeLess() {
        ByteProcessor step = new ByteProcessor(60, 40);
        step.setColor(40);
        step.fill();
        step.setColor(220);
        step.fill(new ij.gui.Roi(30, 0, 30, 40));
        Rectangle box = new Rectangle(10, 5, 40, 30);
        assertEquals(0.5, Sharpness.of(step, box), 0.05);
        step.blurGaussian(2);
        double blurred = Sharpness.of(step, box);
        assertEquals("0.4 / sigma", 0.2, blurred, 0.04);
    }

    @Test
    public void printIsSharperThanThePrintBlurred() {
        ByteProcessor ip = new ByteProcessor(300, 60);
        ip.setColor(30);
        ip.fill();
        ip.setColor(230);
        ip.setAntialiasedText(true);
        ip.setFont(new Font("DejaVu Sans", Font.PLAIN, 24));
        ip.drawString("12:30:05 s", 10, 45);
        Rectangle box = new Rectangle(5, 10, 200, 45);
        double sharp = Sharpness.of(ip, box);
        ip.blurGaussian(2);
        double blurred = Sharpness.of(ip, box);
        assertTrue(sharp + " against " + blurred, sharp > 0.4 && blurred < 0.6 * sharp);
    }

    @Test
    public void flatGroundHasNoSharpness() {
        ByteProcessor flat = new ByteProcessor(20, 20);
        assertTrue(Double.isNaN(Sharpness.of(flat, new Rectangle(0, 0, 20, 20))));
        assertTrue("outside the image", Double.isNaN(Sharpness.of(flat, new Rectangle(30, 30, 5, 5))));
    }
}
