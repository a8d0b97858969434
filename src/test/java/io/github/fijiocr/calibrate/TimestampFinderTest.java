package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.awt.Rectangle;
import org.junit.Test;

/** The found box is grown over the rest of its text, and not into what lies apart from it. */
public class TimestampFinderTest {
    private static ByteProcessor frame() {
        ByteProcessor ip = new ByteProcessor(200, 40);
        ip.setColor(30);
        ip.fill();
        ip.setColor(230);
        ip.setAntialiasedText(false);
        ip.setFont(new Font(io.github.fijiocr.synth.Micrographs.FACE, Font.PLAIN, 12));
        ip.drawString("00:00:00", 40, 25);
        return ip;
    }

    /** The first columns of ink in {@code ip}'s rows 10-27: where the text starts and ends. */
    private static int[] inkSpan(ByteProcessor ip) {
        return inkSpan(ip, 0, ip.getWidth() - 1, 10, 27);
    }

    @Test
    public void aBoxThatCutsTheFirstDigitsIsGrownOverThem() {
        ByteProcessor ip = frame();
        int[] text = inkSpan(ip);
        // The search's box began at the third digit and ended before the last.
        Rectangle cut = new Rectangle(text[0] + 14, 10, text[1] - text[0] - 18, 18);
        Rectangle grown = TimestampFinder.inkColumns(ip, TimestampFinder.inkRows(ip, cut));
        assertEquals(text[0], grown.x);
        assertEquals(text[1], grown.x + grown.width - 1);
    }

    @Test
    public void aMonospacedClocksHourBeyondItsColonIsJoined() {
        // A monospaced face sets a colon in a digit's width, a third of a height clear of the
        // digits: growth stopped there, and the margin cut the hour's 0 (read 9 on every slice).
        ByteProcessor ip = new ByteProcessor(200, 40);
        ip.setColor(30);
        ip.fill();
        ip.setColor(new java.awt.Color(230, 230, 230)); // an int would draw the text black
        ip.setAntialiasedText(true);
        ip.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 16));
        ip.drawString("0:00:12", 40, 25);
        int[] text = inkSpan(ip);
        // The search found "00:12", the minutes and seconds.
        int from = 40 + ip.getStringWidth("0:");
        Rectangle found = new Rectangle(from, 10, text[1] - from + 1, 18);
        Rectangle grown = TimestampFinder.inkColumns(ip, TimestampFinder.inkRows(ip, found));
        assertEquals(text[0], grown.x, 1);
    }

    /**
     * Five probes of a 13-point white date and time on a black plate over a micrograph; the
     * search found its clock alone on some faces, the growth over ink stopped inside the date,
     * and the year was cut ({@code 4-05-01 12:34:00}, a day-first date, read on every slice).
     */
    @Test
    public void aDateBeforeAFoundClockIsTakenIn() throws Exception {
        io.github.fijiocr.model.OcrModel line = io.github.fijiocr.model.ModelFile.bundledLine();
        TimestampFinder finder = new TimestampFinder(new io.github.fijiocr.recognize.line.LineRecognizer(
            line.predictor(null), null, TimestampFinder.THRESHOLD, TimestampFinder.PATTERN));
        java.util.List<ByteProcessor> withDate = new java.util.ArrayList<>();
        java.util.List<ByteProcessor> clockAlone = new java.util.ArrayList<>();
        int[] dateAt = new int[1];
        int[] clockAt = new int[2];
        for (int k = 0; k < 5; k++) {
            String clock = String.format(java.util.Locale.ROOT, "12:%02d:%02d", 34 + k, 10 * k);
            for (boolean dated : new boolean[] {true, false}) {
                ij.ImagePlus still = io.github.fijiocr.synth.Micrographs.timeLapse("p", 1, 320, 60, 40 + k);
                ij.process.ImageProcessor ip = still.getProcessor();
                ip.setFont(new Font(io.github.fijiocr.synth.Micrographs.FACE, Font.PLAIN, 13));
                ip.setAntialiasedText(true);
                String text = dated ? "2024-05-01 " + clock : clock;
                ip.setColor(java.awt.Color.BLACK);
                ip.setRoi(5, 30, ip.getStringWidth(text) + 8, 23);
                ip.fill();
                ip.resetRoi();
                ip.setColor(java.awt.Color.WHITE);
                ip.drawString(text, 9, 47);
                ByteProcessor gray = ip.convertToByteProcessor();
                (dated ? withDate : clockAlone).add(gray);
                int[] span = inkSpan(gray, 5, 13 + ip.getStringWidth(text), 36, 48);
                if (dated) {
                    dateAt[0] = span[0];
                    clockAt[0] = 9 + ip.getStringWidth("2024-05-01 ");
                    clockAt[1] = span[1];
                }
            }
        }
        Rectangle clockInk = new Rectangle(clockAt[0], 37, clockAt[1] - clockAt[0] + 1, 10);
        assertEquals(dateAt[0], finder.withDateBefore(withDate, clockInk).x, 2);
        // No date: nothing is taken in.
        Rectangle alone = new Rectangle(9, 37, clockAt[1] - clockAt[0] + 1, 10);
        assertEquals(alone, finder.withDateBefore(clockAlone, alone));
    }

    /** The first and last columns with light ink (over 128) in columns {@code x0}-{@code x1}, rows {@code y0}-{@code y1}. */
    private static int[] inkSpan(ByteProcessor ip, int x0, int x1, int y0, int y1) {
        int first = -1;
        int last = -1;
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                if (ip.get(x, y) > 128) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
        }
        return new int[] {first, last};
    }

    @Test
    public void inkApartFromTheTextIsNotJoined() {
        ByteProcessor ip = frame();
        int[] text = inkSpan(ip);
        // A bright cell a little way left of the text, and another touching the image's right.
        ip.setColor(200);
        ip.fillOval(text[0] - 16, 12, 8, 10);
        ip.fillOval(text[1] + 12, 12, 8, 10);
        Rectangle box = new Rectangle(text[0], 10, text[1] - text[0] + 1, 18);
        Rectangle grown = TimestampFinder.inkColumns(ip, TimestampFinder.inkRows(ip, box));
        assertEquals(text[0], grown.x);
        assertEquals(text[1], grown.x + grown.width - 1);
        assertTrue(grown.width > 20);
    }

    /**
     * Black 18-point {@code 00:00:00} on light ground whose colons are grey, as a thin colon's
     * antialiased dots are; on {@code celled} a grey cell lies under the minutes and seconds.
     */
    private static ByteProcessor clock(boolean celled) {
        ByteProcessor ip = new ByteProcessor(240, 40);
        ip.setColor(200);
        ip.fill();
        Font font = new Font(io.github.fijiocr.synth.Micrographs.FACE, Font.PLAIN, 18);
        ip.setFont(font);
        ip.setAntialiasedText(false);
        if (celled) {
            ip.setColor(90);
            ip.fillOval(76, 6, 46, 30);
        }
        ip.setColor(0);
        ip.drawString("00:00:00", 40, 30);
        for (String before : new String[] {"00", "00:00"}) {
            for (int x = 40 + ip.getStringWidth(before); x < 40 + ip.getStringWidth(before + ":"); x++) {
                for (int y = 0; y < 40; y++) {
                    ip.set(x, y, ip.get(x, y) == 0 ? 60 : ip.get(x, y));
                }
            }
        }
        return ip;
    }

    @Test
    public void aCellUnderTheTextOnOneProbeDoesNotCutItsFirstDigitsOff() {
        ByteProcessor clean = clock(false);
        int start = -1;
        for (int x = 0; x < clean.getWidth() && start < 0; x++) {
            for (int y = 0; y < clean.getHeight(); y++) {
                start = clean.get(x, y) < 100 ? x : start;
            }
        }
        // The search found the seconds and minutes only, on a probe where a cell lay under them.
        Rectangle box = new Rectangle(40 + clean.getStringWidth("00:"), 8, clean.getStringWidth("00:00") + 4, 26);
        ByteProcessor celled = clock(true);
        // On that probe the box's grey is the cell's and the colons are not ink; the hour was lost
        // there until growth crossed gaps as wide as the text's own (which the colons now leave).
        Rectangle found = TimestampFinder.inkBox(java.util.List.of(celled, clean, clean, clean, clean), box);
        assertEquals(start, found.x);
    }

    @Test
    public void aClockRunsForwardOverTheProbesAndACellReadAsTimesDoesNot() {
        double nan = Double.NaN;
        assertTrue(TimestampFinder.grows(new double[] {0, 450, 900, 1350, 1770}));
        assertTrue("one probe misread does not undo a clock", TimestampFinder.grows(new double[] {5, nan, 35, 3, 64}));
        org.junit.Assert.assertFalse(TimestampFinder.grows(new double[] {nan, 0, 8, 4, nan}));
        org.junit.Assert.assertFalse("seen once", TimestampFinder.grows(new double[] {nan, 16, nan, nan, nan}));
        org.junit.Assert.assertFalse("never changes", TimestampFinder.grows(new double[] {30, 30, 30, nan, 30}));
    }

    @Test
    public void onlyBoxesOfTheSameHeightAtTheSamePlaceAreOneTimestamp() {
        // Boxes the search found on the probes of generated seed 401, stack 27: a 24-point counter,
        // and a cell read as "00" beside it, twice its height.
        java.awt.Rectangle counter = new java.awt.Rectangle(181, 148, 34, 20);
        org.junit.Assert.assertTrue(TimestampFinder.samePlace(counter, new java.awt.Rectangle(182, 148, 36, 20)));
        org.junit.Assert.assertFalse(TimestampFinder.samePlace(counter, new java.awt.Rectangle(47, 136, 118, 44)));
        java.awt.Rectangle farther = new java.awt.Rectangle(240, 148, 34, 20);
        org.junit.Assert.assertFalse("too far", TimestampFinder.samePlace(counter, farther));
    }

    private static io.github.fijiocr.recognize.Recognizer.ReadLine line(String text, Rectangle box) {
        return new io.github.fijiocr.recognize.Recognizer.ReadLine(text, java.util.List.of(), box);
    }

    /**
     * A unit word read alone at the same place on two probes is a time whose number the search
     * missed (generated seed 1075, stack 26: a dark cell joined the digits of a 24-point
     * {@code 10 min} on every probe, and the stack was refused): its number is looked for left
     * of it. Seen once, a single letter, or another word: nothing.
     */
    @Test
    public void aUnitWordAloneAtOnePlaceIsLookedAtForItsNumber() {
        Rectangle min = new Rectangle(186, 151, 44, 16);
        java.util.List<java.util.List<io.github.fijiocr.recognize.Recognizer.ReadLine>> probes = java.util.List.of(
            java.util.List.of(), java.util.List.of(line("lin", new Rectangle(203, 151, 27, 16))),
            java.util.List.of(line("min", min)), java.util.List.of(line("min", new Rectangle(187, 151, 43, 16))),
            java.util.List.of(line("s", new Rectangle(20, 30, 8, 16)), line("sec", new Rectangle(20, 80, 30, 16))));
        TimestampFinder.Found unit = TimestampFinder.unitWord(probes, 2, probes.get(2).get(0));
        assertTrue(unit != null && unit.unitOnly && unit.kind == TimeText.Kind.WITH_UNIT);
        assertEquals(186, unit.box.x);
        org.junit.Assert.assertNull("seen on one probe", TimestampFinder.unitWord(probes, 4, probes.get(4).get(1)));
        org.junit.Assert.assertNull("a single letter", TimestampFinder.unitWord(probes, 4, probes.get(4).get(0)));
        org.junit.Assert.assertNull("no unit", TimestampFinder.unitWord(probes, 1, probes.get(1).get(0)));
        ij.ImagePlus imp = new ij.ImagePlus("", new ByteProcessor(320, 240));
        Rectangle region = TimestampFinder.withMargins(imp, unit, unit.box).box;
        assertTrue("room for the number left of the unit: " + region,
            region.x <= min.x - TimestampFinder.UNIT_ROOM * min.height && region.x + region.width >= min.x + min.width);
    }

    /**
     * A white plate (x 22-109, y 11-32) tight around black text on a dark field, as much
     * acquisition software draws it; a bright cell right of it on some.
     */
    private static ByteProcessor plated(boolean cell) {
        ByteProcessor ip = new ByteProcessor(200, 40);
        ip.setColor(40);
        ip.fill();
        ip.setColor(255);
        ip.setRoi(22, 11, 88, 22);
        ip.fill();
        if (cell) {
            ip.setColor(200);
            ip.setRoi(113, 5, 20, 30);
            ip.fill();
        }
        ip.resetRoi();
        ip.setColor(0);
        ip.setFont(new Font(io.github.fijiocr.synth.Micrographs.FACE, Font.PLAIN, 16));
        ip.drawString("00:01:05", 26, 28);
        return ip;
    }

    @Test
    public void aPlatesEdgesAreFoundWhereTheRegionReachesPastThem() {
        java.util.List<ByteProcessor> probes = java.util.List.of(plated(false), plated(true), plated(true));
        Rectangle box = new Rectangle(24, 10, 80, 20);
        Rectangle ink = TimestampFinder.inkBox(probes, box);
        Rectangle region = new Rectangle(ink.x - ink.height, ink.y - 3, ink.width + 2 * ink.height, ink.height + 6);
        PlatedStack.Plate plate = TimestampFinder.plate(probes, box, ink, region);
        assertEquals(new Rectangle(22, 11, 88, 22).intersection(region), plate.edges);
        assertEquals(255, probes.get(1).get(plate.ground.x, plate.ground.y));
        // Inside the plate, nothing is painted: no plate where the region stays on it.
        org.junit.Assert.assertNull(TimestampFinder.plate(probes, box, ink, new Rectangle(23, 12, 86, 20)));
        // Light text on the field has no plate.
        ByteProcessor field = frame();
        Rectangle fieldInk = TimestampFinder.inkBox(java.util.List.of(field), new Rectangle(38, 10, 60, 20));
        org.junit.Assert.assertNull(TimestampFinder.plate(java.util.List.of(field, field, field),
            new Rectangle(38, 10, 60, 20), fieldInk, new Rectangle(20, 5, 120, 30)));
    }

    @Test
    public void aBrightCellAgainstAPlatesEdgeIsNotPlate() {
        // A cell at 190 against the plate's right edge, the field at 40: nearer the plate's grey
        // than the field's, it was taken for more plate, and the region's margin past the edge
        // was left to be read (its rim as one more digit on every slice).
        java.util.List<ByteProcessor> probes = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ByteProcessor ip = plated(false);
            ip.setColor(190);
            ip.setRoi(110, 6 + k, 24, 30);
            ip.fill();
            ip.resetRoi();
            probes.add(ip);
        }
        Rectangle box = new Rectangle(24, 10, 80, 20);
        Rectangle ink = TimestampFinder.inkBox(probes, box);
        Rectangle region = new Rectangle(ink.x - ink.height, ink.y - 3, ink.width + 2 * ink.height, ink.height + 6);
        PlatedStack.Plate plate = TimestampFinder.plate(probes, box, ink, region);
        assertEquals(new Rectangle(22, 11, 88, 22).intersection(region), plate.edges);
    }

    @Test
    public void aPlateAtTheImagesEdgeIsFoundThoughItFillsMostOfWhatIsLeftAroundTheText() {
        // A label box at the bottom edge: the ring around the text is clipped there, and the
        // plate, most of what was left of it, had been taken for the field; the dark field past
        // the plate was then the text's colour, and the region grew across the image.
        ByteProcessor ip = new ByteProcessor(240, 36);
        ip.setColor(40);
        ip.fill();
        ip.setColor(255);
        ip.setRoi(4, 12, 200, 24);
        ip.fill();
        ip.resetRoi();
        ip.setColor(0);
        ip.setFont(new Font(io.github.fijiocr.synth.Micrographs.FACE, Font.PLAIN, 19));
        ip.drawString("2024-05-01 12:34:00", 9, 32);
        java.util.List<ByteProcessor> probes = java.util.List.of(ip, ip, ip);
        Rectangle box = new Rectangle(6, 14, 196, 20);
        Rectangle ink = TimestampFinder.inkBox(probes, box);
        assertTrue(ink.toString(), ink.x >= 4 && ink.x + ink.width <= 204);
        Rectangle region = new Rectangle(ink.x - ink.height, ink.y - 3, ink.width + 2 * ink.height, ink.height + 6)
            .intersection(new Rectangle(240, 36));
        PlatedStack.Plate plate = TimestampFinder.plate(probes, box, ink, region);
        assertEquals(new Rectangle(4, 12, 200, 24).intersection(region), plate.edges);
    }
    /**
     * {@code 00:01:05.250} in hairlines on a white plate (x 4-118, y 12-30) over a dark field, as
     * Courier-shaped faces draw it: each digit a one-pixel grey outline (a side column is grey in
     * every row of the text), the colons and the point darker dots in cells of a digit's width,
     * so their gaps are twice the digits'; the text starts at x 9 and ends at x 113.
     */
    private static ByteProcessor hairlineClock() {
        ByteProcessor ip = new ByteProcessor(240, 40);
        ip.setColor(40);
        ip.fill();
        ip.setColor(255);
        ip.setRoi(4, 12, 115, 19);
        ip.fill();
        ip.resetRoi();
        String text = "00:01:05.250";
        for (int k = 0; k < text.length(); k++) {
            int x = 8 + 9 * k;
            char c = text.charAt(k);
            ip.setColor(40);
            if (c == ':' || c == '.') {
                if (c == ':') {
                    ip.setRoi(x + 4, 18, 2, 2);
                    ip.fill();
                }
                ip.setRoi(x + 4, 24, 2, 2);
                ip.fill();
            } else {
                ip.setColor(120);
                ip.setRoi(x + 1, 16, 6, 10);
                ip.fill();
                ip.setColor(255);
                ip.setRoi(x + 2, 17, 4, 8);
                ip.fill();
            }
            ip.resetRoi();
        }
        return ip;
    }

    @Test
    public void aHairlineClockOnAPlateIsGrownFromItsLastDigitsToThePlatesEnds() {
        // The search found only the milliseconds: grown three heights and stopped at the first
        // gap wider than those digits' own, at a side column that showed no plate in the text's
        // rows, the region held 05.250 and every slice read a minute early, none flagged.
        ByteProcessor ip = hairlineClock();
        Rectangle found = new Rectangle(8 + 9 * 9, 14, 25, 14);
        Rectangle ink = TimestampFinder.inkBox(java.util.List.of(ip, ip, ip), found);
        // Not past the plate's right edge either, though the dark field there is of the text's side.
        assertEquals(new Rectangle(9, 16, 105, 10), ink);
    }
}
