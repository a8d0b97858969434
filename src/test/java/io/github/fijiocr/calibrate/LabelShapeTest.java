package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** What a scale-bar label's pixels say: µ hangs below the digits' baseline; every digit shows. */
public class LabelShapeTest {
    private static final int BASE_X = 20;
    private static final int BASE_Y = 50;

    /**
     * A label drawn white on a noisy dark ground, read as {@code read}: each character read gets
     * the box of the drawn characters it stands for (by the font's metrics), a dropped one's box
     * going to the character before it, as a CTC box would.
     */
    private static LabelShape shape(String label, String read, int size, boolean bold, boolean touchingBlob) {
        return shape(label, read, size, bold, touchingBlob, false, false);
    }

    /**
     * As above; {@code barAbove}: the scale bar, brighter than the text, across the top of the
     * area measured; {@code cellLeft}: a dimmer cell reaching from outside the line's box to the
     * first digit.
     */
    private static LabelShape shape(String label, String read, int size, boolean bold, boolean touchingBlob,
        boolean barAbove, boolean cellLeft) {
        return shape(label, read, size, bold, touchingBlob, barAbove, cellLeft, 0);
    }

    /** As above, the line found without the label's first {@code leftOut} characters. */
    private static LabelShape shape(String label, String read, int size, boolean bold, boolean touchingBlob,
        boolean barAbove, boolean cellLeft, int leftOut) {
        return shape(label, read, size, bold, touchingBlob, barAbove, cellLeft, leftOut, false);
    }

    /** As above; {@code cellUnder}: a dimmer cell under the number's last digit, touching it. */
    private static LabelShape shape(String label, String read, int size, boolean bold, boolean touchingBlob,
        boolean barAbove, boolean cellLeft, int leftOut, boolean cellUnder) {
        return shape(label, read, size, bold, touchingBlob, barAbove, cellLeft, leftOut, cellUnder, false);
    }

    /**
     * As above; {@code hairlineZeros}: each 0's and 8's arcs, the ink between its sides, made
     * faint, as a face with hairline arcs draws them (FreeSerif).
     */
    private static LabelShape shape(String label, String read, int size, boolean bold, boolean touchingBlob,
        boolean barAbove, boolean cellLeft, int leftOut, boolean cellUnder, boolean hairlineZeros) {
        return shape(Font.SANS_SERIF, label, read, size, bold, touchingBlob, barAbove, cellLeft, leftOut, cellUnder,
            hairlineZeros);
    }

    /** A plain label in {@code face} ({@link PointSpacingBenchmark}), drawn and read as above. */
    static LabelShape shape(String face, String label, String read, int size, boolean bold) {
        return shape(face, label, read, size, bold, false, false, false, 0, false, false);
    }

    private static LabelShape shape(String face, String label, String read, int size, boolean bold,
        boolean touchingBlob, boolean barAbove, boolean cellLeft, int leftOut, boolean cellUnder, boolean hairlineZeros) {
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setFont(new Font(face, bold ? Font.BOLD : Font.PLAIN, size));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics metrics = g.getFontMetrics();
        if (cellUnder) {
            String number = label.replaceAll("[^0-9.].*$", "");
            int w = metrics.charWidth(number.charAt(number.length() - 1));
            g.setColor(new Color(170, 170, 170));
            g.fillOval(BASE_X + metrics.stringWidth(number) - w, BASE_Y - 2, w + 4, size);
        }
        g.setColor(new Color(240, 240, 240));
        g.drawString(label, BASE_X, BASE_Y);
        if (touchingBlob) {
            int w = metrics.stringWidth(label);
            g.setColor(new Color(200, 200, 200));
            g.fillOval(BASE_X + w - 2 * metrics.charWidth('m'), BASE_Y - 1, 2 * metrics.charWidth('m'), size);
        }
        if (cellLeft) {
            // A big cell whose right side, cut off a pixel before the first digit, stands tall.
            g.setColor(new Color(170, 170, 170));
            g.fillOval(BASE_X - 4 * size, BASE_Y - 3 * size / 2, 5 * size, 2 * size);
            g.setColor(Color.BLACK);
            g.fillRect(BASE_X - 1, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(240, 240, 240));
            g.drawString(label, BASE_X, BASE_Y);
        }
        g.dispose();
        ByteProcessor ip = new ByteProcessor(image);
        for (int i = 0, at = BASE_X; hairlineZeros && i < label.length(); at += metrics.charWidth(label.charAt(i++))) {
            int w = metrics.charWidth(label.charAt(i));
            for (int y = 0; (label.charAt(i) == '0' || label.charAt(i) == '8') && y < ip.getHeight(); y++) {
                for (int x = at + (int) Math.round(0.4 * w); x <= at + (int) Math.round(0.55 * w); x++) {
                    ip.set(x, y, Math.min(ip.get(x, y), 75));
                }
            }
        }
        Random r = new Random(size);
        for (int i = 0; i < ip.getPixelCount(); i++) {
            ip.set(i, Math.max(ip.get(i), 20 + r.nextInt(20)));
        }
        // The line as a scene reader bounds it: the digits' ink, clipped a little at the bottom.
        int inkTop = Integer.MAX_VALUE;
        int inkBottom = 0;
        for (int y = 0; y < ip.getHeight(); y++) {
            for (int x = BASE_X; x < BASE_X + metrics.charWidth('0'); x++) {
                if (ip.get(x, y) > 128) {
                    inkTop = Math.min(inkTop, y);
                    inkBottom = y;
                }
            }
        }
        List<CharacterReading> characters = new ArrayList<>();
        int x = BASE_X;
        for (char c : label.substring(0, leftOut).toCharArray()) {
            x += metrics.charWidth(c);
        }
        int lineX = x;
        int k = 0;
        for (char c : label.substring(leftOut).toCharArray()) {
            int w = metrics.charWidth(c);
            if (k < read.length() && read.charAt(k) == c) {
                if (c != ' ') {
                    characters.add(new CharacterReading(String.valueOf(c), 0.9, "", 0,
                        new Rectangle(x, inkTop, w, inkBottom - inkTop - 1), 0.5));
                }
                k++;
            } else if (!characters.isEmpty()) {
                CharacterReading before = characters.remove(characters.size() - 1);
                Rectangle b = before.box;
                characters.add(before.movedTo(new Rectangle(b.x, b.y, b.width + w, b.height)));
            }
            x += w;
        }
        Rectangle bounds = new Rectangle(lineX - 2, inkTop, x - lineX + 4, inkBottom - inkTop - 1);
        if (barAbove) {
            ip.setColor(255);
            ip.fillRect(0, bounds.y - bounds.height / 2 - 2, ip.getWidth(), 5);
        }
        int letter = 0;
        while (!Character.isLetter(characters.get(letter).label.charAt(0))) {
            letter++;
        }
        return new LabelShape(ip, bounds, characters, letter);
    }

    private static LabelShape.Answer micro(String label, int size, boolean bold, boolean blob) {
        return shape(label, label, size, bold, blob).microSign();
    }

    @Test
    public void theMicroSignHangsBelowTheDigits() {
        for (int size : new int[] {14, 18, 24, 30}) {
            for (boolean bold : new boolean[] {false, true}) {
                assertEquals(size + (bold ? " bold" : ""), LabelShape.Answer.YES, micro("50 µm", size, bold, false));
            }
        }
    }

    @Test
    public void otherUnitsStandOnTheBaseline() {
        for (String label : new String[] {"50 mm", "20 nm", "40 um"}) {
            for (int size : new int[] {14, 18, 24, 30}) {
                assertEquals(label + " " + size, LabelShape.Answer.NO, micro(label, size, false, false));
            }
        }
        // A round letter may overshoot the baseline as much as round digits do not: never a µ.
        for (int size : new int[] {14, 18, 24, 30}) {
            assertNotEquals("80 cm " + size, LabelShape.Answer.YES, micro("80 cm", size, false, false));
        }
    }

    @Test
    public void aBlobTouchingTheUnitFromBelowIsNeverAMicroSign() {
        for (int size : new int[] {14, 18, 24, 30}) {
            assertNotEquals(String.valueOf(size), LabelShape.Answer.YES, micro("50 mm", size, false, true));
        }
    }

    @Test
    public void aDroppedDigitShowsAsOneGlyphMoreThanWasRead() {
        for (int size : new int[] {14, 18, 24}) {
            assertEquals("40 mm " + size, 2, shape("40 mm", "40 mm", size, false, false).digitsShown());
            assertEquals("40 mm read 4mm " + size, 2, shape("40 mm", "4 mm", size, false, false).digitsShown());
            assertEquals("100 µm " + size, 3, shape("100 µm", "100 µm", size, true, false).digitsShown());
            // A decimal point is not a glyph of the number's height.
            assertEquals("0.5 mm " + size, 2, shape("0.5 mm", "0.5 mm", size, false, false).digitsShown());
        }
    }

    /**
     * A 0 or an 8 whose arcs are hairlines fainter than the threshold falls into its two sides
     * there; it is one glyph, not two (held-out FreeSerif: 26 of 80 labels, all read right, were flagged
     * for a glyph too many). Two digits apart, or a faint cell behind their gap, stay two.
     */
    @Test
    public void aDigitWithHairlineArcsIsOneGlyph() {
        for (int size : new int[] {14, 18, 24}) {
            assertEquals("20 µm " + size, 2, shape("20 µm", "20 µm", size, false, false, false, false, 0, false, true)
                .digitsShown());
            assertEquals("100 nm " + size, 3, shape("100 nm", "100 nm", size, false, false, false, false, 0, false, true)
                .digitsShown());
            assertEquals("80 mm " + size, 2, shape("80 mm", "80 mm", size, false, false, false, false, 0, false, true)
                .digitsShown());
            assertEquals("100 nm read 10 nm " + size, 3, shape("100 nm", "10 nm", size, false, false, false, false, 0,
                false, true).digitsShown());
            assertEquals("100 nm, a cell under its last 0 " + size, 3, shape("100 nm", "100 nm", size, false, false,
                false, false, 0, true, false).digitsShown());
        }
    }

    @Test
    public void aMissedDecimalPointIsSeenInThePixels() {
        for (int size : new int[] {14, 18, 24}) {
            assertEquals("2.0 s read 20 s " + size, true, shape("2.0 s", "20 s", size, false, false).pointBeforeLastGlyph());
            assertEquals("12.5 s " + size, true, shape("12.5 s", "12.5 s", size, false, false).pointBeforeLastGlyph());
            assertEquals("20 s " + size, false, shape("20 s", "20 s", size, false, false).pointBeforeLastGlyph());
            assertEquals("125 s " + size, false, shape("125 s", "125 s", size, true, false).pointBeforeLastGlyph());
        }
    }

    /**
     * A point lost at the threshold leaves its room: digits set a point's advance apart (drawn
     * here with a space in its place, as wide as a point in this face) are doubted; digits set
     * side by side never are, in any size, plain or bold, nor are a number read with its point;
     * pairs with a 1 (its stem lies off its cell's centre) and numbers ending in 0 (no fraction
     * ImageJ writes does) are not judged.
     */
    @Test
    public void digitsAPointApartAreSeen() {
        for (int size = 12; size <= 28; size += 2) {
            for (boolean bold : new boolean[] {false, true}) {
                String at = size + (bold ? " bold" : "");
                assertTrue("7 5 µm read 75 µm " + at, shape("7 5 µm", "75 µm", size, bold, false).digitsSpacedByPoint());
                assertTrue("2 5 nm read 25 nm " + at, shape("2 5 nm", "25 nm", size, bold, false).digitsSpacedByPoint());
                for (String side : new String[] {"75 µm", "25 nm", "35 µm", "65 mm", "225 nm", "45 µm"}) {
                    assertFalse(side + " " + at, shape(side, side, size, bold, false).digitsSpacedByPoint());
                }
                assertFalse("7.5 µm " + at, shape("7.5 µm", "7.5 µm", size, bold, false).digitsSpacedByPoint());
                assertFalse("1 5 µm read 15 µm " + at, shape("1 5 µm", "15 µm", size, bold, false).digitsSpacedByPoint());
                assertFalse("5 0 µm read 50 µm " + at, shape("5 0 µm", "50 µm", size, bold, false).digitsSpacedByPoint());
            }
        }
    }

    /**
     * A lone 1 set apart from its unit, as ImageJ sets it, is never joined to the unit's first
     * letter, in any size, plain or bold (a stroke of the unit read as a 1 is).
     */
    @Test
    public void aOneBeforeItsUnitStandsApart() {
        for (int size = 11; size <= 28; size++) {
            for (String label : new String[] {"1 µm", "1 nm", "1 mm", "1 cm"}) {
                assertFalse(label + " " + size, shape(label, label, size, false, false).numberJoinsUnit());
                assertFalse(label + " bold " + size, shape(label, label, size, true, false).numberJoinsUnit());
            }
        }
    }

    /**
     * Every glyph of the number is counted once, and nothing else: small digits whose hooks end
     * apart from their strokes (the tip of a 2 over its foot), a bar along the top of the label's
     * area (it fills that border row, and once made the text's ground look like ink), a cell
     * reaching the first digit from outside the line.
     */
    @Test
    public void smallDigitsAndABarAboveCountOneGlyphEach() {
        for (int size : new int[] {12, 13, 14, 15, 16, 18, 20}) {
            for (boolean bold : new boolean[] {false, true}) {
                for (String label : new String[] {"20 µm", "25 mm", "200 nm", "100 mm", "70 µm"}) {
                    int digits = label.indexOf(' ');
                    String what = label + " " + size + (bold ? " bold" : "");
                    assertEquals(what, digits, shape(label, label, size, bold, false).digitsShown());
                    assertEquals(what + ", bar above", digits, shape(label, label, size, bold, false, true, false)
                        .digitsShown());
                    assertEquals(what + ", cell left", digits, shape(label, label, size, bold, false, true, true)
                        .digitsShown());
                }
            }
        }
    }

    /**
     * A leading 1 the line left out stands to the left of it, and is seen there (fresh seed 1009's
     * bar 12: "100 µm" read as a sure "90 µm"); a line read whole, or with a cell reaching its first
     * digit from outside (taller than the digits' band), has none.
     */
    @Test
    public void theUnitsLettersShowTheirStrokes() {
        String[][] cases = {{"100 nm", "5"}, {"100 mm", "6"}, {"50 µm", "5"}, {"10 cm", "4"}, {"20 um", "5"}};
        for (int size : new int[] {18, 23, 27}) {
            for (boolean bold : new boolean[] {false, true}) {
                for (String[] c : cases) {
                    String what = c[0] + " " + size + (bold ? " bold" : "");
                    assertEquals(what, Integer.parseInt(c[1]), shape(c[0], c[0], size, bold, false).unitStems());
                }
            }
        }
        assertEquals("too small to tell", -1, shape("100 mm", "100 mm", 9, false, false).unitStems());
        assertEquals(null, NmOrMm.doubtOfStrokes("mm", 6));
        assertEquals(null, NmOrMm.doubtOfStrokes("nm", 5));
        assertEquals(null, NmOrMm.doubtOfStrokes("µm", 5));
        assertEquals("a µ is judged by its descender", null, NmOrMm.doubtOfStrokes("µm", 6));
        assertEquals("strokes run together: no unit's count", null, NmOrMm.doubtOfStrokes("mm", 3));
        assertEquals("the unit reads as mm, but its letters show 5 strokes, as nm or µm",
            NmOrMm.doubtOfStrokes("mm", 5));
        assertEquals("the unit reads as nm, but its letters show 6 strokes, as mm", NmOrMm.doubtOfStrokes("nm", 6));
        assertEquals("the unit reads as mm, but its letters show 4 strokes, as cm", NmOrMm.doubtOfStrokes("mm", 4));
    }

    /**
     * The unit's strokes are counted from where the last digit's ink ends, not where the
     * reading's box for it does (seed 1453's bar 5 in Liberation Sans: a bold 12-point black
     * {@code 80 nm} over a dark cell, the 0's box ending three pixels inside its ink, counted
     * six strokes, an mm's, and the label read as mm was set a million times off). Drawn here:
     * the cell hides the digits from the usual threshold, so only the box tells where they end.
     */
    @Test
    public void theUnitsStrokesAreCountedPastTheLastDigitsInk() {
        for (int cut : new int[] {0, 3}) {
            BufferedImage image = new BufferedImage(160, 60, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = overADarkCell(image, 12);
            FontMetrics metrics = g.getFontMetrics();
            g.setColor(new Color(10, 10, 10));
            g.drawString("80 nm", BASE_X, 40);
            g.dispose();
            List<CharacterReading> characters = new ArrayList<>();
            int x = BASE_X;
            for (char c : "80 nm".toCharArray()) {
                int w = metrics.charWidth(c);
                if (c != ' ') {
                    characters.add(new CharacterReading(String.valueOf(c), 0.9, "", 0,
                        new Rectangle(x, 32, w - (c == '0' ? cut : 0), 8), 0.5));
                }
                x += w;
            }
            LabelShape shape = new LabelShape(new ByteProcessor(image), new Rectangle(BASE_X - 2, 31, x - BASE_X + 4, 11),
                characters, 2);
            assertEquals("the cell hides the digits from the threshold", 0, shape.digitsShown());
            assertEquals("the 0's box " + cut + " pixels short of its ink", 5,
                shape.unitStems(UnitLetters.MIN_SETTLING_HEIGHT));
        }
    }

    /**
     * A bold 80mm with no space, a cell joining the 0 to the m's first stem across the middle of
     * the x-height, the m's box starting where the 0's ends (seen seed 1419's bar 34 in DejaVu
     * Sans): the ink past the 0 runs on into the m, whose first stem must still be counted.
     * Followed past the m's box, the count was five (an nm's) and the right label flagged.
     */
    @Test
    public void aUnitJoinedToTheLastDigitKeepsItsFirstStem() {
        BufferedImage image = new BufferedImage(160, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = overADarkCell(image, 14);
        FontMetrics metrics = g.getFontMetrics();
        int w8 = metrics.charWidth('8');
        int w0 = metrics.charWidth('0');
        int wm = metrics.charWidth('m');
        int zeroEnd = BASE_X + w8 + w0;
        g.setColor(new Color(80, 80, 80));
        g.fillRect(zeroEnd - 3, 33, 6, 5);
        g.setColor(new Color(10, 10, 10));
        g.drawString("80mm", BASE_X, 40);
        g.dispose();
        List<CharacterReading> characters = List.of(
            new CharacterReading("8", 0.9, "", 0, new Rectangle(BASE_X, 30, w8, 10), 0.5),
            new CharacterReading("0", 0.9, "", 0, new Rectangle(BASE_X + w8, 30, w0, 10), 0.5),
            new CharacterReading("m", 0.9, "", 0, new Rectangle(zeroEnd, 32, wm, 8), 0.5),
            new CharacterReading("m", 0.9, "", 0, new Rectangle(zeroEnd + wm, 32, wm, 8), 0.5));
        LabelShape shape = new LabelShape(new ByteProcessor(image), new Rectangle(BASE_X - 2, 29, w8 + w0 + 2 * wm + 4,
            13), characters, 2);
        assertEquals("the cell hides the digits from the threshold", 0, shape.digitsShown());
        assertEquals("an mm's six strokes", 6, shape.unitStems(UnitLetters.MIN_SETTLING_HEIGHT));
    }

    /** A light 160x60 ground with a dark cell under the digits' place, and a bold sans-serif of {@code size} to draw with. */
    private static Graphics2D overADarkCell(BufferedImage image, int size) {
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(190, 190, 190));
        g.fillRect(0, 0, 160, 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(70, 70, 70));
        g.fillOval(BASE_X - 12, 28, 24, 16);
        return g;
    }

    @Test
    public void onlyTheStrokesOfTheUnitReadSettleNmAgainstMm() {
        assertTrue(NmOrMm.strokesSettle("nm", List.of("mm"), 5));
        assertTrue(NmOrMm.strokesSettle("mm", List.of("nm"), 6));
        assertFalse("the strokes show the other unit", NmOrMm.strokesSettle("nm", List.of("mm"), 6));
        assertFalse("the strokes show the other unit", NmOrMm.strokesSettle("mm", List.of("nm"), 5));
        assertFalse("too small to count", NmOrMm.strokesSettle("nm", List.of("mm"), -1));
        assertFalse("µm has an nm's five strokes", NmOrMm.strokesSettle("nm", List.of("µm"), 5));
        assertFalse("a third unit close too", NmOrMm.strokesSettle("nm", List.of("mm", "cm"), 5));
        assertFalse("not a pair of nm and mm", NmOrMm.strokesSettle("cm", List.of("mm"), 4));
    }

    @Test
    public void aCellTouchingADigitFromBelowIsSeenAndTheDigitsRowsKept() {
        for (int size : new int[] {13, 16, 20, 27}) {
            for (boolean bold : new boolean[] {false, true}) {
                String what = size + (bold ? " bold" : "");
                LabelShape clean = shape("50 µm", "50 µm", size, bold, false);
                assertEquals(what, null, clean.digitsTouched());
                int[] barred = shape("50 µm", "50 µm", size, bold, false, true, false).digitsTouched();
                if (size > 13) {
                    assertEquals(what + ", bar above", null, barred);
                } else if (barred != null) {
                    // At 13 points this bar touches the digits' tops: joined, but not their rows.
                    org.junit.Assert.assertTrue(what + ": " + barred[0], BASE_Y - barred[0] <= 0.72 * size + 2);
                }
                int[] rows = shape("50 µm", "50 µm", size, bold, false, false, false, 0, true).digitsTouched();
                org.junit.Assert.assertNotNull(what + ", cell under the 0", rows);
                // The digits' rows: from their tops, about a cap height above the baseline, to it.
                org.junit.Assert.assertTrue(what + ": " + rows[1], Math.abs(rows[1] - (BASE_Y - 1)) <= 1);
                org.junit.Assert.assertTrue(what + ": " + rows[0], Math.abs(BASE_Y - rows[0] - 0.72 * size) <= 2);
            }
        }
    }

    @Test
    public void aLeadingGlyphTheLineLeftOutIsSeen() {
        for (int size : new int[] {13, 16, 20, 27}) {
            for (boolean bold : new boolean[] {false, true}) {
                String what = size + (bold ? " bold" : "");
                assertNotEquals(what, 0, shape("100 µm", "00 µm", size, bold, false, false, false, 1).glyphLeftOut());
                if (size > 13) { // at 13 points this bar touches the digits' tops: the 1 is joined to it
                    assertNotEquals(what + ", bar above", 0,
                        shape("100 µm", "00 µm", size, bold, false, true, false, 1).glyphLeftOut());
                }
                assertEquals(what, 0, shape("100 µm", "100 µm", size, bold, false).glyphLeftOut());
                assertEquals(what + ", cell left", 0,
                    shape("100 µm", "100 µm", size, bold, false, true, true).glyphLeftOut());
            }
        }
    }
}
