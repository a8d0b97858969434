package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.Blitter;
import ij.process.ByteProcessor;
import io.github.fijiocr.locate.CellShapes;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Short readings of blurred cells beside sharp print are dropped; blurred print and displays are not. */
public class BlurredLinesTest {
    private static final Rectangle TIME = new Rectangle(5, 5, 220, 40);
    private static final Rectangle CELLS = new Rectangle(40, 100, 200, 90);
    private static final Font TIME_FONT = new Font("DejaVu Sans", Font.PLAIN, 28);

    @Test
    public void aShortReadingOfBlurredRingsBesideSharpPrintIsDropped() {
        assertEquals(List.of("12:30:05"), texts(BlurredLines.dropped(rings(2.5), lines("QO"))));
    }

    @Test
    public void sharpRingsOrALongReadingStay() {
        assertEquals("rings as sharp as the print", List.of("12:30:05", "QO"),
            texts(BlurredLines.dropped(rings(0), lines("QO"))));
        assertEquals("five letters", List.of("12:30:05", "QOQOO"),
            texts(BlurredLines.dropped(rings(2.5), lines("QOQOO"))));
    }

    /** A line is blurred beside others when it is under half as sharp as the sharpest of them. */
    @Test
    public void aLineIsBlurredBesideSharperOnes() {
        List<Recognizer.ReadLine> time = List.of(line("12:30:05", TIME));
        assertTrue(BlurredLines.blurredBeside(rings(2.5), line("QO", CELLS), time));
        assertFalse(BlurredLines.blurredBeside(rings(0), line("QO", CELLS), time));
        assertFalse("nothing beside", BlurredLines.blurredBeside(rings(2.5), line("QO", CELLS), List.of()));
    }

    /** A display's digits, blurred (glow, a diffusing window), are no ellipses: they stay. */
    @Test
    public void aBlurredDisplayStays() {
        ByteProcessor digits = drawn("25", new Font("DejaVu Sans", Font.BOLD, 80), 60, 180);
        digits.blurGaussian(2.5);
        ByteProcessor ip = drawn("12:30:05", TIME_FONT, 12, 38);
        ip.copyBits(digits, 0, 0, Blitter.MAX);
        assertEquals(List.of("12:30:05", "25"), texts(BlurredLines.dropped(ip, lines("25"))));
    }

    /**
     * Rings that touch, blurred, more than twice the print's height: no single ellipse among them
     * for the first rule, but as a tall line under 0.7 of the print's sharpness they are dropped,
     * unless they read as a sure number (a display's digits glow). Sharp, they stay, and so they
     * do beside a line over half their height, or beside print read with a character rejected.
     */
    @Test
    public void aShortTallLineBlurredAgainstTheOthersIsDropped() {
        ByteProcessor blurred = touchingRings(2.5);
        assertFalse("no single ellipse", CellShapes.cellAmong(blurred, CELLS));
        assertEquals(List.of("12:30:05"), texts(BlurredLines.dropped(blurred, lines("g P8"))));
        assertEquals("read as a sure number", List.of("12:30:05", "808"),
            texts(BlurredLines.dropped(blurred, lines("808"))));
        assertEquals("sharp", List.of("12:30:05", "g P8"), texts(BlurredLines.dropped(touchingRings(0), lines("g P8"))));
        Rectangle tall = new Rectangle(TIME.x, TIME.y, TIME.width, CELLS.height / 2 + 1);
        assertEquals("beside a line over half as tall", List.of("12:30:05", "g P8"),
            texts(BlurredLines.dropped(blurred, List.of(line("12:30:05", tall), line("g P8", CELLS)))));
        // A sharp line read with a character rejected (a sign's patterned border) is no measure.
        Recognizer.ReadLine unsure = line("12:30:05", TIME);
        List<CharacterReading> chars = new ArrayList<>(unsure.characters);
        chars.set(0, new CharacterReading("?", 0.2, "", 0, TIME, 0.5));
        assertEquals("beside no sure line", List.of("12:30:05", "g P8"), texts(BlurredLines.dropped(blurred,
            List.of(new Recognizer.ReadLine(unsure.text, chars, TIME), line("g P8", CELLS)))));
    }

    /** Sharp print at the top and three rings under it that touch, blurred by {@code sigma}. */
    private static ByteProcessor touchingRings(double sigma) {
        return withRings(sigma, new int[][] {{50, 120, 60, 56}, {104, 108, 58, 62}, {156, 128, 64, 52}});
    }

    /** Sharp print at the top and two rings under it, side by side in one line, blurred by {@code sigma}. */
    private static ByteProcessor rings(double sigma) {
        return withRings(sigma, new int[][] {{60, 125, 56, 48}, {130, 108, 64, 74}});
    }

    /** Sharp print at the top and rings (x, y, width, height) drawn 5 pixels wide, blurred by {@code sigma}. */
    private static ByteProcessor withRings(double sigma, int[][] ovals) {
        ByteProcessor cells = new ByteProcessor(320, 220);
        cells.setColor(20);
        cells.fill();
        cells.setColor(220);
        cells.setLineWidth(5);
        for (int[] o : ovals) {
            cells.drawOval(o[0], o[1], o[2], o[3]);
        }
        if (sigma > 0) {
            cells.blurGaussian(sigma);
        }
        ByteProcessor ip = drawn("12:30:05", TIME_FONT, 12, 38);
        ip.copyBits(cells, 0, 0, Blitter.MAX);
        return ip;
    }

    /** {@code text} in light grey on a dark 320x220 ground, antialiased, its baseline at {@code x, y}. */
    private static ByteProcessor drawn(String text, Font font, int x, int y) {
        BufferedImage img = new BufferedImage(320, 220, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 20));
        g.fillRect(0, 0, 320, 220);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(230, 230, 230));
        g.setFont(font);
        g.drawString(text, x, y);
        g.dispose();
        return new ByteProcessor(img);
    }

    private static List<Recognizer.ReadLine> lines(String cells) {
        return List.of(line("12:30:05", TIME), line(cells, CELLS));
    }

    private static Recognizer.ReadLine line(String text, Rectangle box) {
        List<CharacterReading> chars = new ArrayList<>();
        for (char c : text.toCharArray()) {
            chars.add(new CharacterReading(String.valueOf(c), 0.99, "", 0, box, 0.5));
        }
        return new Recognizer.ReadLine(text, chars, box);
    }

    private static List<String> texts(List<Recognizer.ReadLine> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.text));
        return out;
    }
}
