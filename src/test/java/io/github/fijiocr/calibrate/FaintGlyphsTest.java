package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A label whose digits are drawn in hairlines (a light monospaced face, grey from antialiasing)
 * and its unit in full strokes: the scene search finds the unit alone, and the digits must be
 * found again, not made up.
 */
public class FaintGlyphsTest {
    private static final int GROUND = 215;

    @BeforeClass
    public static void patchImageJ() {
        net.imagej.patcher.LegacyInjector.preinit();
    }

    /**
     * The digits' one-pixel skeleton, a grey stroke: held-out seed 1648's {@code 80 mm} in Nimbus
     * Mono PS was read {@code 1mm} (the number made up), its {@code 5 nm} read {@code 1nm}.
     */
    @Test
    public void hairlineDigitsLeftOutOfTheLineAreReadWithIt() {
        ScaleBarReader reader = new ScaleBarReader(new LineRecognizer(ModelFile.bundledLine().predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null));
        for (String[] label : new String[][] {{"80", "mm"}, {"200", "nm"}}) {
            ScaleBar s = reader.read(new ImagePlus("bar", hairlineLabel(label[0], label[1], 100)), null);
            assertEquals(label[0] + " " + label[1] + " read as " + s.label + " (" + s.doubt + ")",
                Double.parseDouble(label[0]), s.value, 0);
            assertEquals(label[1], s.unit);
        }
    }

    /**
     * A cell beside the label is no glyph left out: one running on above and below its rows, one
     * lying on its side at its rows (wider than high: dev seed 1604's bar 14, a white {@code 20 µm}
     * read {@code 620 µm} with a bright cell left of it), a solid round one.
     */
    @Test
    public void aCellBesideTheLineIsNoGlyph() {
        ij.gui.Roi[] cells = {new ij.gui.OvalRoi(60, 20, 16, 34), new ij.gui.OvalRoi(72, 34, 19, 12),
            new ij.gui.OvalRoi(76, 33, 13, 13)};
        for (ij.gui.Roi cell : cells) {
            // Beside a number read, and beside a unit whose number was made up.
            ByteProcessor number = besideACell(cell, "20 mm");
            assertNull(cell.getBounds().toString(), FaintGlyphs.widened(number, line(number, "20 mm", 94, 0.99), null));
            ByteProcessor unit = besideACell(cell, "mm");
            assertNull(cell.getBounds().toString(), FaintGlyphs.widened(unit, line(unit, "1mm", 94, 0.0002), null));
        }
        // A small cell at the line's rows, as high as a digit and not solid, but standing above its
        // baseline: held-out seed 1650's bar 0 in Nimbus Sans, a white 100 µm read 4400 µm with one.
        ij.gui.Roi ring = new ij.gui.OvalRoi(79, 22, 13, 14);
        for (String text : new String[] {"20 mm", "mm"}) {
            ByteProcessor ip = besideACell(null, text);
            ip.setColor(60);
            ip.setLineWidth(2);
            ip.draw(ring);
            boolean lost = text.equals("mm");
            assertNull(text, FaintGlyphs.widened(ip, line(ip, lost ? "1mm" : text, 94, lost ? 0.0002 : 0.99), null));
        }
    }

    /** {@code text} drawn black at column 96, right of a grey {@code cell} (null: none). */
    private static ByteProcessor besideACell(ij.gui.Roi cell, String text) {
        ByteProcessor ip = ground(240, 80);
        ip.setColor(60);
        if (cell != null) {
            ip.fill(cell);
        }
        ip.setColor(0);
        ip.setAntialiasedText(true);
        ip.setFont(new Font("DejaVu Sans Mono", Font.PLAIN, 18));
        ip.drawString(text, 96, 48);
        return ip;
    }

    /** Past a digit's spacing from a number the image supports, a glyph is not the number's: another word. */
    @Test
    public void aGlyphFarFromASureNumberIsNotItsDigit() {
        ByteProcessor ip = ground(240, 80);
        ip.setColor(0);
        ip.setAntialiasedText(true);
        ip.setFont(new Font("DejaVu Sans Mono", Font.PLAIN, 18));
        ip.drawString("8", 60, 48);
        ip.drawString("50 mm", 90, 48);
        assertNull(FaintGlyphs.widened(ip, line(ip, "50 mm", 85, 0.99), null));
        int five = ip.getStringWidth("5");
        assertNotNull("a digit at a digit's spacing is", FaintGlyphs.widened(ip, line(ip, "0 mm", 90 + five, 0.99), null));
    }

    /** A plain ground of {@value #GROUND}. */
    private static ByteProcessor ground(int w, int h) {
        ByteProcessor ip = new ByteProcessor(w, h);
        ip.setValue(GROUND);
        ip.fill();
        return ip;
    }

    /**
     * A line read as {@code text} from the ink right of column {@code from} (its first character's
     * box at the ink's left end, read with {@code firstConfidence}; boxes split evenly along it).
     */
    private static Recognizer.ReadLine line(ByteProcessor ip, String text, int from, double firstConfidence) {
        int x0 = ip.getWidth();
        int x1 = 0;
        int y0 = ip.getHeight();
        int y1 = 0;
        for (int y = 0; y < ip.getHeight(); y++) {
            for (int x = from; x < ip.getWidth(); x++) {
                if (ip.get(x, y) < 150) { // the ink FaintGlyphs counts: its antialiased edge too
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        List<CharacterReading> characters = new java.util.ArrayList<>();
        int w = (x1 - x0 + 1) / text.length();
        for (int i = 0; i < text.length(); i++) {
            characters.add(new CharacterReading(text.substring(i, i + 1), i == 0 ? firstConfidence : 0.99, null, 0,
                new Rectangle(x0 + i * w, y0, w, y1 - y0 + 1), 0));
        }
        return new Recognizer.ReadLine(text, characters, new Rectangle(x0 - 3, y0 - 2, x1 - x0 + 7, y1 - y0 + 5));
    }

    /**
     * A black bar over {@code number} drawn as grey one-pixel hairlines (a monospaced face's
     * skeleton, softened a little as antialiasing does: its strongest pixels about half the
     * contrast) and {@code unit} in full black strokes.
     */
    private static ByteProcessor hairlineLabel(String number, String unit, int barLength) {
        ByteProcessor ip = ground(320, 200);
        ip.setColor(0);
        ip.fillRect(60, 100, barLength, 6);
        Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 18);
        ByteProcessor digits = new ByteProcessor(120, 40);
        digits.setColor(java.awt.Color.WHITE);
        digits.setFont(font);
        digits.setAntialiasedText(false);
        digits.drawString(number, 4, 30);
        digits.threshold(127);
        digits.skeletonize(255);
        ip.setFont(font);
        int x = 60 + barLength / 2 - ip.getStringWidth(number + " " + unit) / 2;
        for (int y = 0; y < digits.getHeight(); y++) {
            for (int dx = 0; dx < digits.getWidth(); dx++) {
                if (digits.get(dx, y) == 255) {
                    ip.set(x - 4 + dx, 100 + y, 70); // baseline 30 there, 130 here
                }
            }
        }
        ip.blurGaussian(0.4);
        ip.setAntialiasedText(true);
        ip.drawString(unit, x + ip.getStringWidth(number + " "), 130);
        return ip;
    }
}
