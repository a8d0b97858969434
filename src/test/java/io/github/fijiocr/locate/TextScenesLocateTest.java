package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.synth.TextScenes;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** The locator on generated scenes whose true character boxes are known. */
public class TextScenesLocateTest {

    private static double iou(Rectangle a, Rectangle b) {
        Rectangle i = a.intersection(b);
        if (i.isEmpty()) {
            return 0;
        }
        double inter = (double) i.width * i.height;
        return inter / ((double) a.width * a.height + (double) b.width * b.height - inter);
    }

    /** Every true box has its own found box at IoU 0.5 or more, and nothing else is found. */
    private static void assertFindsExactly(String what, List<Rectangle> truth, List<Rectangle> found) {
        assertEquals(what + ": characters found " + found, truth.size(), found.size());
        for (Rectangle t : truth) {
            assertTrue(what + ": no box for " + t + " in " + found, found.stream().anyMatch(f -> iou(t, f) >= 0.5));
        }
    }

    @Test
    public void findsEveryCharacterOfEveryKindOfScene() {
        for (TextScenes.Scene s : TextScenes.generate(3, 11)) {
            List<TextLine> lines = new TextLocator(new LocateOptions()).locate(new ByteProcessor(s.image));
            assertFindsExactly(s.kind + " " + s.lines, s.boxes, TestData.inkBoxes(lines));
            assertEquals(s.kind + " lines", s.lines.size(), lines.size());
        }
    }

    @Test
    public void rotatedLineIsOneLineWithItsAngleMeasured() {
        TextScenes.Scene s = TextScenes.scene("rotated-3", new Random(5));
        List<TextLine> lines = new TextLocator(new LocateOptions()).locate(new ByteProcessor(s.image));
        assertEquals(1, lines.size());
        assertEquals(3.0, Math.abs(lines.get(0).angle()), 1.0);
    }

    @Test
    public void dotMatrixCharactersComeOutWholeAndOnlyWithMerging() {
        TextScenes.Scene s = TextScenes.scene("dot-matrix", new Random(8));
        ByteProcessor gray = new ByteProcessor(s.image);
        assertFindsExactly("dot-matrix", s.boxes, TestData.inkBoxes(new TextLocator(new LocateOptions()).locate(gray)));
        LocateOptions apart = new LocateOptions();
        apart.mergeDots = false;
        assertTrue("without merging the dots stay apart",
            TestData.inkBoxes(new TextLocator(apart).locate(gray)).size() > 2 * s.boxes.size());
    }

    @Test
    public void lightOnDarkGivesTheSameBoxesAsDarkOnLight() {
        for (String kind : List.of("dot-matrix", "seven-segment", "printed")) {
            ByteProcessor dark = new ByteProcessor(TextScenes.scene(kind, new Random(21)).image);
            ByteProcessor light = (ByteProcessor) dark.duplicate();
            light.invert();
            TextLocator locator = new TextLocator(new LocateOptions());
            List<TextLine> a = locator.locate(dark);
            List<TextLine> b = locator.locate(light);
            assertEquals(kind, TestData.inkBoxes(a), TestData.inkBoxes(b));
            assertTrue(kind, a.get(0).lightText() != b.get(0).lightText());
        }
    }

    @Test
    public void roiLimitsTheSearchAndBoxesStayInImageCoordinates() {
        TextScenes.Scene s = TextScenes.scene("two-lines", new Random(4));
        ByteProcessor gray = new ByteProcessor(s.image);
        int firstLine = s.lines.get(0).replace(" ", "").length();
        List<Rectangle> second = s.boxes.subList(firstLine, s.boxes.size());
        Rectangle around = second.get(0);
        for (Rectangle r : second) {
            around = around.union(r);
        }
        around.grow(6, 6);
        List<TextLine> lines = new TextLocator(new LocateOptions()).locate(gray, new Roi(around));
        assertEquals(1, lines.size());
        assertFindsExactly("second line", second, TestData.inkBoxes(lines));
    }

    @Test
    public void shapeFiltersDropCharactersOutsideTheirLimits() {
        TextScenes.Scene s = TextScenes.scene("printed", new Random(2));
        ByteProcessor gray = new ByteProcessor(s.image);
        int tallest = s.boxes.stream().mapToInt(r -> r.height).max().getAsInt();
        LocateOptions small = new LocateOptions();
        small.maxHeight = tallest / 2;
        assertTrue(new TextLocator(small).locate(gray).isEmpty());
        LocateOptions solid = new LocateOptions();
        solid.minSolidity = 0.99;
        assertTrue(new TextLocator(solid).locate(gray).isEmpty());
    }

    @Test
    public void touchingCharactersAreSplit() {
        BufferedImage img = new BufferedImage(260, 90, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 260, 90);
        g.setColor(Color.BLACK);
        // Named, not SansSerif: what the logical font maps to depends on the fonts installed.
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 48));
        int w = g.getFontMetrics().charWidth('0');
        // "0000": each zero overlaps the one before by a few pixels, so they touch.
        for (int i = 0; i < 4; i++) {
            g.drawString("0", 20 + i * (w - 6), 65);
        }
        g.dispose();
        ByteProcessor gray = new ByteProcessor(img);
        assertEquals(4, TestData.inkBoxes(new TextLocator(new LocateOptions()).locate(gray)).size());
        LocateOptions whole = new LocateOptions();
        whole.split = false;
        assertEquals(1, TestData.inkBoxes(new TextLocator(whole).locate(gray)).size());
    }

    @Test
    public void characterCutByTheBorderIsDropped() {
        TextScenes.Scene s = TextScenes.scene("seven-segment", new Random(9));
        Rectangle last = s.boxes.get(s.boxes.size() - 1);
        ByteProcessor gray = new ByteProcessor(s.image);
        // Crop through the middle of the last digit.
        gray.setRoi(new Rectangle(0, 0, last.x + last.width / 3, gray.getHeight()));
        ByteProcessor cut = (ByteProcessor) gray.crop();
        assertEquals(s.boxes.size() - 1, TestData.inkBoxes(new TextLocator(new LocateOptions()).locate(cut)).size());
        LocateOptions keep = new LocateOptions();
        keep.dropCut = false;
        assertEquals(s.boxes.size(), TestData.inkBoxes(new TextLocator(keep).locate(cut)).size());
    }

    @Test
    public void unevenLightNeedsTheLocalThresholdOrBackgroundSubtraction() {
        TextScenes.Scene s = TextScenes.scene("printed", new Random(13));
        ByteProcessor gray = new ByteProcessor(s.image);
        // Light falls off from left to right, down to below the ink's grey on the right.
        int w = gray.getWidth();
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                double light = 1.0 - 0.8 * x / w;
                gray.set(x, y, (int) Math.round(gray.get(x, y) * light));
            }
        }
        assertTrue(TestData.inkBoxes(new TextLocator(new LocateOptions()).locate(gray)).size() != s.boxes.size());
        LocateOptions local = new LocateOptions();
        local.localRadius = 25;
        assertFindsExactly("local threshold", s.boxes, TestData.inkBoxes(new TextLocator(local).locate(gray)));
        LocateOptions background = new LocateOptions();
        background.background = 30;
        assertFindsExactly("background subtraction", s.boxes, TestData.inkBoxes(new TextLocator(background).locate(gray)));
    }

    @Test
    public void glareThickerThanAStrokeLetsGoOfTheDigitsItTouches() {
        // Large display digits (strokes of 10 px and more); a blob of glare, twice a stroke thick,
        // touches the bottoms of the second and third digits.
        TextScenes.Scene s = TextScenes.scene("seven-segment", new Random(17));
        ByteProcessor small = new ByteProcessor(s.image);
        small.setInterpolationMethod(ij.process.ImageProcessor.BILINEAR);
        ByteProcessor gray = (ByteProcessor) small.resize(small.getWidth() * 2, small.getHeight() * 2);
        List<Rectangle> truth = new ArrayList<>();
        for (Rectangle r : s.boxes) {
            truth.add(new Rectangle(2 * r.x, 2 * r.y, 2 * r.width, 2 * r.height));
        }
        int stroke = truth.get(0).height / 8;
        Rectangle second = truth.get(1);
        Rectangle third = truth.get(2);
        gray.setValue(gray.get(0, 0) > 128 ? 0 : 255);
        gray.fill(new Roi(second.x, second.y + second.height - 2, third.x + third.width - second.x, 2 * stroke));
        LocateOptions plain = new LocateOptions();
        plain.denoise = 0;
        assertTrue("without denoising the glare joins the digits",
            TestData.inkBoxes(new TextLocator(plain).locate(gray)).stream().anyMatch(r -> r.height > truth.get(1).height + stroke));
        List<Rectangle> found = TestData.inkBoxes(new TextLocator(new LocateOptions()).locate(gray));
        assertFindsExactly("digits on glare", truth, found);
        for (Rectangle r : found) {
            assertTrue("no glare in " + r, r.height <= truth.get(0).height + stroke / 2);
        }
    }

    @Test
    public void decimalPointIsAMarkAndNotACharacter() {
        TextScenes.Scene s = TextScenes.scene("seven-segment", new Random(3));
        ByteProcessor gray = new ByteProcessor(s.image);
        boolean darkInk = gray.get(0, 0) > 128;
        Rectangle second = s.boxes.get(1);
        int d = Math.max(4, second.width / 5);
        gray.setValue(darkInk ? 0 : 255);
        gray.fill(new Roi(second.x - d - 2, second.y + second.height - d, d, d));
        List<Glyph> glyphs = new TextLocator(new LocateOptions()).locate(gray).get(0).glyphs();
        assertEquals(s.boxes.size() + 1, glyphs.size());
        assertEquals(1, glyphs.stream().filter(Glyph::mark).count());
    }
}
