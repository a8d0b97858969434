package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.Micrographs;
import java.awt.Color;
import org.junit.BeforeClass;
import org.junit.Test;

/** Timestamps burned in by ImageJ's Label... command, read on every slice and checked as a sequence. */
public class TimestampReaderTest {
    private static OcrModel line;

    @BeforeClass
    public static void patchImageJ() {
        net.imagej.patcher.LegacyInjector.preinit();
        line = ModelFile.bundledLine();
    }

    /** {@code text(k)} written on slice k (1-based) at (10, 30), white 18-point SansSerif, as acquisition software burns it. */
    private static void write(ImagePlus imp, java.util.function.IntFunction<String> text) {
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            // A Color: with setColor(255), antialiased text on these stacks came out black.
            ip.setColor(Color.WHITE);
            ip.setAntialiasedText(true);
            ip.setFont(new java.awt.Font(io.github.fijiocr.synth.Micrographs.FACE, java.awt.Font.PLAIN, 18));
            ip.drawString(text.apply(k), 10, 30);
        }
    }

    private static TimestampReader reader() {
        return new TimestampReader(new LineRecognizer(line.predictor(null), null, ReadOptions.DEFAULT_THRESHOLD, null),
            Progress.NONE);
    }

    @Test
    public void readsAnImageJClockOnEverySliceAndItsInterval() {
        ImagePlus imp = Micrographs.timeLapse("clock", 40, 320, 240, 1);
        Micrographs.label(imp, "00:00:00", 3595, 5, 10, 30, 18, "", Color.WHITE);
        Timestamps t = reader().read(imp, null, null);
        assertEquals(5.0, t.interval, 1e-9);
        assertEquals(TimeText.Kind.CLOCK, t.kind);
        org.junit.Assert.assertFalse("18-point text is not small", t.smallText());
        assertTrue(new Timestamps(t.readings, new java.awt.Rectangle(6, 6, 46, 11), t.pattern, t.kind, t.interval,
            t.intervalError, null).smallText());
        for (TimestampReading r : t.readings) {
            assertEquals(3595 + 5.0 * (r.slice - 1), r.value, 1e-9);
        }
    }

    @Test
    public void aClockWithoutSecondsIsHoursAndMinutesWhenTheUserSaysSo() {
        ImagePlus imp = Micrographs.timeLapse("hhmm", 20, 320, 240, 11);
        // "12:58", "12:59", ... "13:17": one minute a frame, written as two numbers.
        Micrographs.label(imp, "00:00", 12 * 60 + 58, 1, 10, 30, 18, "", Color.WHITE);
        Timestamps asRead = reader().read(imp, null, null);
        assertEquals(1.0, asRead.interval, 1e-9); // two numbers read as minutes and seconds by default
        Timestamps t = reader().read(imp, null, TimestampReader.HOURS_MINUTES);
        assertEquals(60.0, t.interval, 1e-9);
        for (TimestampReading r : t.readings) {
            assertEquals(r.text, (12 * 60 + 58 + r.slice - 1) * 60.0, r.value, 1e-9);
        }
        assertEquals("13:17", t.readings.get(19).text);
    }

    @Test
    public void textThatNeverChangesIsRefusedNotCalibrated() {
        ImagePlus imp = Micrographs.timeLapse("static", 12, 320, 240, 5);
        Micrographs.label(imp, "0", 30, 0, 10, 30, 18, "sec", Color.WHITE);
        String why = refusal(imp, null);
        assertTrue(why, why.contains("the same time (30 sec) on every slice"));
        // Read again at twice the size before it was refused, and the message says so.
        assertTrue(why, why.endsWith("(Read again at twice the size, it did not read either.)"));
    }

    @Test
    public void secondsWithAUnitInSmallTextAndADroppedFrame() {
        ImagePlus imp = Micrographs.timeLapse("seconds", 30, 320, 240, 2);
        // ImageJ's "0" format, 12-pixel SansSerif: "0 sec", "5 sec", ... (a decimal point this small
        // is under what the bundled line model sees; BENCHMARKS.md has the figures).
        Micrographs.label(imp, "0", 0, 5, 250, 225, 12, "sec", Color.WHITE);
        imp.getStack().deleteSlice(12); // the frame at 55 s is lost
        Timestamps t = reader().read(imp, null, null);
        assertEquals(TimeText.Kind.WITH_UNIT, t.kind);
        assertEquals(5, t.interval, 1e-9);
        // The gap is reported on the slice after it (as its status, or in its note when that slice was corrected).
        TimestampReading gap = t.readings.get(11);
        assertEquals(60, gap.value, 1e-9);
        assertTrue(gap.note, gap.note.contains("1 frame missing before this one"));
        assertEquals(1, t.readings.stream().filter(r -> r.note.contains("missing")).count());
        for (TimestampReading r : t.readings) {
            if (r.status != TimestampReading.Status.FLAGGED) {
                assertEquals(r.slice + " " + r.text, 5 * (r.slice - (r.slice >= 12 ? 0 : 1)), r.value, 1e-9);
            }
        }
        // A bright cell passes just left of the 12-pixel text. In the region found, the line model
        // read it as a leading digit on four slices ("185 sec"), corrected when read again between
        // the columns where the other slices have their text; in the text's rows, on one at most.
        assertEquals(0, t.count(TimestampReading.Status.FLAGGED));
    }

    @Test
    public void aSmudgedSliceIsCorrectedOrFlaggedNeverMisreadSilently() {
        ImagePlus imp = Micrographs.timeLapse("smudge", 30, 320, 240, 3);
        Micrographs.label(imp, "00:00", 100, 1, 10, 30, 20, "", Color.WHITE);
        // A cell drifts over the last digits of slice 15 (01:54).
        ij.process.ImageProcessor ip = imp.getStack().getProcessor(15);
        ip.setColor(200);
        ip.fillOval(44, 10, 26, 24);
        Timestamps t = reader().read(imp, null, null);
        TimestampReading smudged = t.readings.get(14);
        assertTrue(smudged.status + " " + smudged.text + " " + smudged.note,
            smudged.status == TimestampReading.Status.CORRECTED && smudged.text.equals("01:54")
                || smudged.status == TimestampReading.Status.FLAGGED);
        // The other slices: read, or re-read where the model erred (that is its accuracy), right either way.
        for (TimestampReading r : t.readings) {
            if (r.slice != 15) {
                assertTrue(r.note, r.status == TimestampReading.Status.READ
                    || r.status == TimestampReading.Status.CORRECTED);
                assertEquals(99 + r.slice, r.value, 0);
            }
        }
        assertEquals(1.0, t.interval, 1e-9);
    }

    @Test
    public void aSingleImageOrAStackWithoutATimestampIsRefusedWithAMessage() {
        ImagePlus still = Micrographs.timeLapse("still", 5, 200, 150, 4);
        String why = refusal(still, null);
        assertTrue(why, why.contains("No timestamp") && why.contains("still"));
    }

    @Test
    public void imageJsZeroPaddedCounterIsASequenceWithoutTime() {
        ImagePlus imp = Micrographs.timeLapse("counter", 30, 320, 240, 8);
        Micrographs.label(imp, "0000", 1, 1, 250, 225, 14, "", Color.WHITE);
        Timestamps t = reader().read(imp, null, null);
        assertEquals(TimeText.Kind.COUNTER, t.kind);
        assertEquals(1, t.interval, 1e-9);
        assertTrue(!t.hasTimeInterval());
        // Counts are not rounded: no warning that the display's steps bound the interval.
        org.junit.Assert.assertFalse(t.intervalImprecise());
        for (TimestampReading r : t.readings) {
            assertEquals(r.note, r.slice, r.value, 0);
        }
    }

    @Test
    public void aDateAndTimeFromAcquisitionSoftwareCrossesMidnight() {
        ImagePlus imp = Micrographs.timeLapse("dated", 24, 360, 240, 9);
        java.time.LocalDateTime t0 = java.time.LocalDateTime.of(2024, 5, 1, 23, 59, 10);
        write(imp, k -> t0.plusSeconds(5L * (k - 1)).format(java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss")));
        Timestamps t = reader().read(imp, null, null);
        assertEquals(TimeText.Kind.DATE_TIME, t.kind);
        assertEquals(5, t.interval, 1e-9);
        assertEquals("2024-05-02 00:00:00", t.readings.get(10).text);
        for (TimestampReading r : t.readings) {
            assertTrue(r.note, r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.CORRECTED);
        }
    }

    @Test
    public void aCellBesideTheTextIsLeftOutWhenASliceIsReadAgain() {
        ImagePlus imp = Micrographs.timeLapse("beside", 30, 320, 240, 12);
        // A bare counter, "10" to "39": its region keeps room on the right for a unit word.
        Micrographs.label(imp, "0", 10, 1, 10, 30, 18, "", Color.WHITE);
        java.awt.Rectangle text = new java.awt.Rectangle(10, 12, 21, 18);
        // On slices 6 to 12 a bright cell, as tall as a digit, sits a few pixels right of the text:
        // read with the region it is one more digit ("150", "160"...), which breaks the sequence.
        for (int k = 6; k <= 12; k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(220);
            ip.fillOval(text.x + text.width + 4, text.y + 2, 10, 15);
        }
        Timestamps t = reader().read(imp, null, null);
        assertEquals(1, t.interval, 1e-9);
        for (TimestampReading r : t.readings) {
            // Read again between the columns where the other slices have their text, the cell is out of sight.
            assertTrue(r.slice + " " + r.status + " " + r.text + " " + r.note,
                r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.CORRECTED);
            assertEquals(r.slice + " " + r.text + " " + r.note, 9 + r.slice, r.value, 0);
        }
    }

    /**
     * A cell drifts over the hours of a JPEG clock on its first dozen slices (generated seed
     * 1085's stack 0 did so, and read 91 for 01 there). The hours do not change, and the cell is
     * gone on the other slices: read again where the slices showing them share their ink, every
     * slice reads right. (Before, six of these slices were flagged.)
     */
    @Test
    public void aCellOverTheHoursOnSomeSlicesIsLeftOut() throws java.io.IOException {
        ImagePlus imp = Micrographs.timeLapse("hours", 40, 320, 240, 21);
        Micrographs.label(imp, "00:00:00", 3600, 7, 10, 30, 14, "", Color.WHITE);
        for (int k = 1; k <= 12; k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(170);
            ip.fillOval(k / 2 + 1, 16, 14, 18);
        }
        Micrographs.jpeg(imp, 70);
        Timestamps t = reader().read(imp, null, null);
        assertEquals(7, t.interval, 1e-9);
        org.junit.Assert.assertNull(t.doubt);
        for (TimestampReading r : t.readings) {
            assertTrue(r.slice + " " + r.status + " " + r.text + " " + r.note,
                r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.CORRECTED);
            assertEquals(r.slice + " " + r.text + " " + r.note, 3600 + 7 * (r.slice - 1), r.value, 0);
        }
        assertTrue(t.readings.stream().anyMatch(r -> r.note.startsWith(TimestampReader.SHARED)));
    }

    @Test
    public void greyBoldTextBesideASaturatedCellIsNotPaintedOver() {
        // The region's brightest pixels are a saturated cell's, not the text's: the text, bold and
        // grey, never comes near that colour, and must still be read.
        ImagePlus imp = Micrographs.timeLapse("grey text", 24, 320, 240, 15);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(255);
            ip.fillOval(150, 12, 26, 26);
            ip.setColor(new Color(150, 150, 150));
            ip.setAntialiasedText(true);
            ip.setFont(new java.awt.Font(Micrographs.FACE, java.awt.Font.BOLD, 26));
            ip.drawString(String.format(java.util.Locale.ROOT, "%d sec", 10 * k), 10, 36);
        }
        Timestamps t = reader().read(imp, new java.awt.Rectangle(4, 6, 200, 36), null);
        assertEquals(10.0, t.interval, 1e-9);
        for (TimestampReading r : t.readings) {
            assertEquals(r.slice + " " + r.text + " " + r.status + " " + r.note, 10.0 * r.slice, r.value, 0);
        }
    }

    /**
     * A selection whose tallest mark of the text's colour is a white block above the timestamp:
     * narrowed to the block's rows nothing reads as a time, so the selection is read as drawn,
     * and the user is told about the rectangle they drew.
     */
    @Test
    public void aSelectionNarrowedToTheWrongRowsIsReadAsDrawn() {
        ImagePlus imp = Micrographs.timeLapse("block", 12, 320, 240, 16);
        Micrographs.label(imp, "0", 0, 5, 10, 56, 18, "sec", Color.WHITE);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(255);
            ip.fillRect(140, 6, 40, 28);
        }
        java.util.List<String> log = new java.util.ArrayList<>();
        TimestampReader reader = new TimestampReader(new LineRecognizer(line.predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null), new Progress() {
                @Override
                public void log(String message) {
                    log.add(message);
                }
            });
        String why = null;
        try {
            reader.read(imp, new java.awt.Rectangle(4, 2, 200, 60), null);
        } catch (io.github.fijiocr.common.OcrException e) {
            why = e.getMessage();
        }
        // First the narrowed rows, refused: the block's 28 rows (6-33) with 7 more above and below, cut to
        // the selection (rows 2-40); then the rectangle as drawn.
        assertTrue(String.join("\n", log), log.stream().anyMatch(m -> m.startsWith("The text in 4,2 200x39 ")
            && m.contains("reading the selection as drawn")));
        // Read as drawn, the block still spoils it (as it did before selections were narrowed).
        assertTrue(why, why != null && why.contains("4,2 200x60"));
    }

    @Test
    public void textThatChangesWithoutRunningForwardIsRefused() {
        ImagePlus imp = Micrographs.timeLapse("jumbled", 12, 320, 240, 13);
        int[] shown = {40, 7, 93, 21, 65, 12, 88, 3, 57, 30, 76, 15};
        write(imp, k -> shown[k - 1] + " sec");
        // Selected by the user, and found (every place found is refused; the first one's reason is given).
        for (java.awt.Rectangle selection : new java.awt.Rectangle[] {new java.awt.Rectangle(4, 8, 90, 28), null}) {
            String why = refusal(imp, selection);
            assertTrue(why, why.contains("does not read as a running time"));
        }
    }

    @Test
    public void aStackWhoseSlicesMostlyDoNotReadIsRefusedNotHalfCalibrated() {
        ImagePlus imp = Micrographs.timeLapse("hidden", 12, 320, 240, 14);
        Micrographs.label(imp, "0", 0, 5, 10, 30, 18, "sec", Color.WHITE);
        // Seven of twelve slices have their timestamp blotted out: the five left cannot vouch for a clock.
        for (int k = 1; k <= 7; k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(255);
            ip.fillRect(8, 10, 70, 24);
        }
        String why = refusal(imp, new java.awt.Rectangle(4, 8, 90, 28));
        assertTrue(why, why.startsWith("Only 5 of 12 slices of hidden read as a running time"));
    }

    @Test
    public void whenThePlaceFoundFirstIsNoClockTheNextIsRead() {
        ImagePlus imp = Micrographs.timeLapse("decoy", 20, 320, 240, 15);
        // ImageJ's counter at the bottom right: the timestamp.
        Micrographs.label(imp, "0000", 1, 1, 250, 225, 18, "", Color.WHITE);
        // Top left, text that reads as times rising on the slices the finder probes (1, 6, 11, 16,
        // 20) and jumbled on the others: it outranks a bare counter there, and is no clock.
        int[] shown = {10, 83, 27, 61, 5, 30, 77, 14, 95, 42, 50, 3, 66, 21, 88, 70, 9, 58, 35, 90};
        write(imp, k -> shown[k - 1] + " sec");
        java.util.List<String> log = new java.util.ArrayList<>();
        Timestamps t = readLogging(imp, log);
        assertTrue(String.join("\n", log), log.stream().anyMatch(m -> m.contains("Trying the next place")));
        assertEquals(TimeText.Kind.COUNTER, t.kind);
        assertEquals(1, t.interval, 1e-9);
        for (TimestampReading r : t.readings) {
            assertEquals(r.note, r.slice, r.value, 0);
        }
    }

    @Test
    public void aSmallCounterIsFoundBesideLargerTextThatNeverChanges() {
        ImagePlus imp = Micrographs.timeLapse("small", 20, 320, 240, 16);
        // ImageJ's counter at 9 points (12 points in a movie scaled by 0.75), under what the scene
        // search finds at the image's own size.
        Micrographs.label(imp, "0000", 1, 1, 250, 225, 9, "", Color.WHITE);
        // Larger text that reads as a time and never changes: found first, and no clock; the
        // counter is found when the stack is read again at twice the size.
        write(imp, k -> "30 sec");
        Timestamps t = reader().read(imp, null, null);
        assertEquals(TimeText.Kind.COUNTER, t.kind);
        assertEquals(1, t.interval, 1e-9);
        // Digits this small are where the line model misreads most: flagged, never wrong silently.
        int right = 0;
        for (TimestampReading r : t.readings) {
            if (r.status != TimestampReading.Status.FLAGGED) {
                assertEquals(r.note, r.slice, r.value, 0);
                right++;
            }
        }
        assertTrue(right + " of 20 read", right >= 15);
    }

    /** A 16-bit time-lapse with ImageJ's clock at 12 points, scaled to {@code width} pixels wide (from 320). */
    private static ImagePlus tinyClock(int width) {
        ImagePlus movie = Micrographs.sixteenBit(Micrographs.timeLapse("tiny", 30, 320, 240, 6));
        Micrographs.label(movie, "00:00:00", 0, 30, 240, 225, 12, "", Color.WHITE);
        return Micrographs.resized(movie, width, width * 3 / 4);
    }

    /**
     * The clock scaled to 0.75 (a movie made smaller): digits about 7 pixels high and blurred.
     * Read in the finder's box, this stack was refused at both sizes; in the text's rows alone it
     * reads (one slice corrected). Scaled to 0.55 it reads too (measured once, not asserted).
     */
    @Test
    public void aSmallClockScaledDownIsReadInItsRows() {
        Timestamps t = reader().read(tinyClock(240), null, null);
        assertEquals(30, t.interval, 1e-9);
        for (TimestampReading r : t.readings) {
            assertTrue(r.slice + " " + r.status + " " + r.text + " " + r.note,
                r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.CORRECTED);
            assertEquals(r.slice + " " + r.text, 30 * (r.slice - 1), r.value, 1e-9);
        }
    }

    /**
     * Scaled to half (digits 4-5 pixels high) it does not read as a running time: Read
     * Timestamps reads the region again at twice the size before it refuses, and the refusal
     * says so; the user's stack is left as it was.
     */
    @Test
    public void aClockTooSmallToReadIsReadAgainAtTwiceTheSizeThenRefused() {
        ImagePlus imp = tinyClock(160);
        String refused = refusal(imp, null);
        assertTrue(refused, refused.contains("does not read as a running time")
            && refused.contains("Read again at twice the size"));
        assertEquals("the user's stack is left as it was", 160, imp.getStack().getProcessor(1).getWidth());
    }

    /**
     * Final readings that still break the sequence are flagged, not reported as read: seed 457's
     * slices 31 and 32 read the times of 29 and 30 after two dropped frames, and reading them
     * again under the neighbours' prediction "confirmed" the misread (it was one of two predictions).
     */
    @Test
    public void finalReadingsThatCanBePlacedTwoWaysAreFlagged() {
        java.util.List<TimestampReading> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Two frames dropped after slice 28; slices 31 and 32 read as 29 and 30 did.
            double v = i == 30 || i == 31 ? 30.0 * i : 30.0 * (i < 28 ? i : i + 2);
            rows.add(new TimestampReading(i + 1, "", v, 0.95, TimestampReading.Status.READ, "", ""));
        }
        java.util.List<TimestampReading> out = TimestampReader.placeSteps(rows, 1, 0.7, false);
        for (TimestampReading r : out) {
            boolean disputed = r.slice >= 29 && r.slice <= 32;
            assertEquals(r.slice + " " + r.note, disputed, r.status == TimestampReading.Status.FLAGGED);
        }
        assertEquals(TimestampReading.Status.GAP, out.get(32).status);
    }

    /**
     * Generated seed 641, stack 2: a 12-point JPEG clock read with too little confidence to build
     * the first sequence on; the slices after two dropped frames were predicted without the gap,
     * the image did not confirm the predictions, and six slices read right were flagged. The final
     * readings place a run of them after all; a lone misread does not join, nor anything where
     * most slices are flagged.
     */
    @Test
    public void aFlaggedRunTheFinalReadingsPlaceIsReadAfterAll() {
        java.util.List<TimestampReading> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Two frames dropped before slice 31; from there on flagged, as read; slice 12 misread.
            double v = i == 11 ? 19 : i < 30 ? i : i + 2;
            boolean flagged = i >= 30 || i == 11;
            rows.add(new TimestampReading(i + 1, "", v, 0.5, flagged ? TimestampReading.Status.FLAGGED
                : TimestampReading.Status.READ, "", flagged ? "does not fit" : ""));
        }
        java.util.List<TimestampReading> out = TimestampReader.placeSteps(rows, 1, 0.7, false);
        for (TimestampReading r : out) {
            assertEquals(r.slice + " " + r.note, r.slice == 12, r.status == TimestampReading.Status.FLAGGED);
        }
        // A lone slice a second off on a 7 s clock passes by values alone (jitter): not placed.
        java.util.List<TimestampReading> lone = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lone.add(new TimestampReading(i + 1, "", 7.0 * i + (i == 20 ? 1 : 0), 0.5, i == 20
                ? TimestampReading.Status.FLAGGED : TimestampReading.Status.READ, "", i == 20 ? "does not fit" : ""));
        }
        assertEquals(TimestampReading.Status.FLAGGED, TimestampReader.placeSteps(lone, 1, 0.7, false).get(20).status);
        // Most slices flagged: nothing placed (the stack is refused).
        java.util.List<TimestampReading> most = new java.util.ArrayList<>();
        for (TimestampReading r : rows) {
            most.add(r.slice > 15 ? r.flagged("does not fit") : r);
        }
        assertEquals(26, TimestampReader.placeSteps(most, 1, 0.7, false).stream()
            .filter(r -> r.status == TimestampReading.Status.FLAGGED).count());
    }

    /**
     * Fresh seed 1531, stack 38: a JPEG `0 sec` at 5 s a frame read `136 sec` for `135 sec`
     * surely, between `130` and `140`. The first judgement took it for timing jitter, as the
     * slices it then corrected had been off the line too; the final readings keep time exactly,
     * and a sure reading a display step off them is flagged, not left as read. Unsure neighbours
     * that keep time are not doubted again.
     */
    @Test
    public void aSureReadingAStepOffFinalReadingsThatKeepTimeIsFlagged() {
        java.util.List<TimestampReading> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double v = 5.0 * i + (i == 25 ? 1 : 0);
            rows.add(new TimestampReading(i + 1, v + " sec", v, 0.95, TimestampReading.Status.READ, "", ""));
        }
        java.util.List<TimestampReading> out = TimestampReader.placeSteps(rows, 1, 0.7, true);
        for (TimestampReading r : out) {
            assertEquals(r.slice + " " + r.note, r.slice == 26, r.status == TimestampReading.Status.FLAGGED);
        }
        assertTrue(out.get(25).note.contains("a display step off"));
    }

    /**
     * A dark blob over the digits of a 24-point {@code 10 min} on brightfield, drifting a pixel
     * every third slice: the search finds the unit word alone, and in its region the blob reads
     * surely as {@code 1min} on five slices, then {@code 2min}..., which a sequence takes for a
     * one-minute display at 12 s a frame. A place found by its unit word alone must advance at
     * least its display's step a frame, or it is refused, never set.
     */
    @Test
    public void aBlobOverTheNumberOfAUnitFoundAloneIsRefusedNotCountedAsACoarseDisplay() {
        ImagePlus imp = Micrographs.timeLapse("unit", 30, 320, 240, 22);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            imp.getStack().getProcessor(k).invert();
        }
        Micrographs.label(imp, "0", 10, 2, 40, 40, 24, "min", Color.BLACK);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setColor(90);
            ip.fillOval(45 + k / 3, 14, 25, 30);
        }
        String refused = refusal(imp, null);
        assertTrue(refused, refused.contains("no frame interval was set"));
    }

    /** {@code imp}'s timestamps read with the default reader, what it logs added to {@code log}. */
    private static Timestamps readLogging(ImagePlus imp, java.util.List<String> log) {
        return new TimestampReader(new LineRecognizer(line.predictor(null), null, ReadOptions.DEFAULT_THRESHOLD, null),
            new Progress() {
                @Override
                public void log(String message) {
                    log.add(message);
                }
            }).read(imp, null, null);
    }

    /** The one line Read Timestamps refuses {@code imp} with; the test fails, saying what was read, when it reads it. */
    private static String refusal(ImagePlus imp, java.awt.Rectangle selection) {
        Timestamps t;
        try {
            t = reader().read(imp, selection, null);
        } catch (io.github.fijiocr.common.OcrException e) {
            return e.getMessage();
        }
        org.junit.Assert.fail(t.count(TimestampReading.Status.FLAGGED) + " of " + t.readings.size()
            + " flagged, yet an interval of " + t.interval + ": " + t.readings.stream()
            .map(r -> r.slice + " " + r.status + " " + r.text + " " + r.note)
            .collect(java.util.stream.Collectors.joining("; ")));
        return null;
    }
    /**
     * Black text on a white plate (a label box, as much acquisition software draws behind its
     * timestamp) on a dark field: the plate is the text's ground. Judged by the field around it,
     * the plate was the ink, the region grew over the plate and the field, and {@code Time: 5 sec}
     * read as {@code 35sec} on most slices: a steady sequence, wrong and unflagged.
     */
    @Test
    public void blackTextOnAWhitePlateIsReadOnThePlate() {
        for (int size : new int[] {14, 20}) {
            ImagePlus imp = Micrographs.timeLapse("plate", 30, 320, 240, 7000 + size);
            java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, size);
            for (int k = 1; k <= imp.getStackSize(); k++) {
                ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
                ip.setFont(font);
                ip.setAntialiasedText(true);
                ip.setColor(java.awt.Color.WHITE);
                ip.setRoi(4, 232 - size - 4, 12 + ip.getStringWidth("Time: 145 sec"), size + 10);
                ip.fill();
                ip.resetRoi();
                ip.setColor(java.awt.Color.BLACK);
                ip.drawString("Time: " + 5 * (k - 1) + " sec", 8, 232);
            }
            Timestamps t = reader().read(imp, null, null);
            long right = t.readings.stream().filter(r -> r.status != TimestampReading.Status.FLAGGED
                && Math.abs(r.value - 5 * (r.slice - 1)) < 1e-9).count();
            assertEquals(size + " points: " + t.readings.get(1).text + " in " + t.region, 30, right);
            assertEquals(5, t.interval, 1e-9);
        }
    }

    /**
     * A loose selection: a band across the whole frame over a black {@code Time: 5 sec} on a white
     * plate. Read whole, the band took in the plate's edges and the field beside it and was
     * refused (acquisition seed 42: 330 of 810 slices refused with such bands, and a Courier-shaped
     * clock read 6 ms late on every slice); the timestamp the finder finds inside it is read.
     */
    @Test
    public void aLooseSelectionIsReadWhereTheTimestampInsideItIs() {
        ImagePlus imp = Micrographs.timeLapse("plate", 30, 320, 240, 7020);
        java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 20);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setFont(font);
            ip.setAntialiasedText(true);
            ip.setColor(java.awt.Color.WHITE);
            ip.setRoi(4, 208, 12 + ip.getStringWidth("Time: 145 sec"), 30);
            ip.fill();
            ip.resetRoi();
            ip.setColor(java.awt.Color.BLACK);
            ip.drawString("Time: " + 5 * (k - 1) + " sec", 8, 232);
        }
        Timestamps t = reader().read(imp, new java.awt.Rectangle(0, 200, 320, 40), null);
        readsEveryStep(t, 0, 5);
    }

    /**
     * A white 23-point {@code 0.0 s}… on a black plate in a monospaced face, each slice saved as
     * JPEG (acquisition seed 56 in Liberation Mono, and DejaVu Sans Mono, which every machine
     * has): the point and the space take a digit's whole cell, so no two characters stood within
     * a height of each other, the search found no line, and the stack was refused; nothing else
     * reading as a time, characters a cell apart are chained too.
     */
    @Test
    public void aMonospacedTimeWhoseCharactersStandACellApartIsFound() throws Exception {
        java.util.List<String> faces = new java.util.ArrayList<>(java.util.List.of(java.awt.Font.MONOSPACED));
        if (java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames()).contains("Liberation Mono")) {
            faces.add("Liberation Mono"); // with fonts-liberation
        }
        for (String face : faces) {
            ImagePlus imp = Micrographs.timeLapse("acq", 30, 320, 240, 7000 + 56 * 1000 + 3 * 10 + 1);
            java.awt.Font font = new java.awt.Font(face, java.awt.Font.PLAIN, 23);
            for (int k = 1; k <= imp.getStackSize(); k++) {
                ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
                ip.setFont(font);
                ip.setAntialiasedText(true);
                ip.setColor(Color.BLACK);
                ip.setRoi(4, 34 - 23 - 4, ip.getStringWidth("14.5 s") + 8, 23 + 10);
                ip.fill();
                ip.resetRoi();
                ip.setColor(Color.WHITE);
                ip.drawString(String.format(java.util.Locale.ROOT, "%.1f s", 0.5 * (k - 1)), 8, 34);
            }
            Micrographs.jpeg(imp, 60);
            readsEveryStep(face, reader().read(imp, null, null), 0, 0.5);
        }
    }

    /**
     * White 15-point seconds whose last digit and unit lie on a bright cell (acquisition seed 53
     * drew one so): at any threshold the cell and those strokes are one blob, the time was never
     * a line, and the stack was refused. Found and read in its strokes, the ground under them
     * taken away.
     */
    @Test
    public void whiteTextHalfOverABrightCellIsFoundInItsStrokes() {
        ImagePlus imp = Micrographs.timeLapse("acq", 30, 320, 240, 12);
        java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 15);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ij.process.ByteProcessor cell = new ij.process.ByteProcessor(ip.getWidth(), ip.getHeight());
            cell.setColor(190);
            cell.fillOval(19, 204, 28, 40);
            new ij.plugin.filter.GaussianBlur().blurGaussian(cell, 2);
            ip.copyBits(cell, 0, 0, ij.process.Blitter.MAX);
            ip.setFont(font);
            ip.setAntialiasedText(true);
            ip.setColor(Color.WHITE);
            ip.drawString(String.format(java.util.Locale.ROOT, "%.1f s", 0.5 * (k - 1)), 6, 228);
        }
        readsEveryStep(reader().read(imp, null, null), 0, 0.5);
    }

    /**
     * A band across the frame that is not loose around what it holds: a 23-point date and time in
     * black on a white plate nearly as wide as the frame (acquisition seed 46). Read whole, with
     * the plate's edges and the field beside it, every slice read {@code 2024-0-012:34:09}, 9 s
     * late and unflagged; the place the finder finds in it is read with what lies past the plate
     * painted as plate.
     */
    @Test
    public void aSelectionThatTakesInAPlatesEdgesIsReadOnThePlate() {
        ImagePlus imp = onAWhitePlate(7000 + 46 * 1000 + 5 * 10 + 2, 23, "2024-05-01 12:38:50", 2, 202, 33, k -> {
            int t = 45240 + 10 * (k - 1);
            return String.format(java.util.Locale.ROOT, "2024-05-01 %02d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
        });
        Timestamps t = reader().read(imp, new java.awt.Rectangle(0, 200, 320, 40), null);
        readsEveryStep(t, 1714521600 + 45240, 10);
    }

    /**
     * Acquisition seed 33, DejaVu Sans: a 13-point {@code 00:01:05.000} in black on a white plate,
     * a bright cell against the plate's right edge. The cell was taken for more plate, so the
     * region's margin past the edge was read, and its rim as a fourth decimal
     * ({@code 00:01:05.2507}): a steady sequence, 26 slices wrong and none flagged.
     */
    @Test
    public void aBrightCellAgainstAPlatesEdgeIsNotReadAsOneMoreDigit() {
        // The benchmark's stack: its micrograph, and the plate and text where it drew them.
        ImagePlus imp = onAWhitePlate(7000 + 33 * 1000 + 10 + 2, 13, "00:01:12.250", 6, 215, 23, k -> {
            long ms = 65000 + 250 * (k - 1);
            return String.format(java.util.Locale.ROOT, "00:01:%02d.%03d", ms / 1000 % 60, ms % 1000);
        });
        readsEveryStep(reader().read(imp, null, null), 65, 0.25);
    }

    /**
     * A 23-point {@code 0:00:12} in black on a white plate, each slice saved as JPEG at quality
     * 60, as an exported movie is: JPEG rings the plate's white by a few greys around the text, so
     * its median was under its brightest pixels around, the plate was not recognised, and a
     * place in the cells that read as a counter was taken instead (21 slices wrong and unflagged,
     * the interval 0.084 s). Acquisition-style seed 40 of a JPEG variant of the benchmark.
     */
    @Test
    public void blackTextOnAWhitePlateSavedAsJpegIsReadOnThePlate() throws Exception {
        ImagePlus imp = onAWhitePlate(7000 + 40 * 1000 + 4 * 10 + 2, 23, "0:14:42", 7, 205, 33, k -> {
            int t = 12 + 30 * (k - 1);
            return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
        });
        Micrographs.jpeg(imp, 60);
        readsEveryStep(reader().read(imp, null, null), 12, 30);
    }

    /**
     * 30 slices of micrograph {@code seed} with black text on a white plate, as the acquisition
     * benchmark draws it: the plate from ({@code x}, {@code y}), {@code height} high and as wide
     * as {@code widest} and 8 pixels, the text 4 pixels in, its baseline 6 above the plate's bottom.
     */
    private static ImagePlus onAWhitePlate(long seed, int size, String widest, int x, int y, int height,
        java.util.function.IntFunction<String> text) {
        ImagePlus imp = Micrographs.timeLapse("acq", 30, 320, 240, seed);
        java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, size);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setFont(font);
            ip.setAntialiasedText(true);
            ip.setColor(Color.WHITE);
            ip.setRoi(x, y, ip.getStringWidth(widest) + 8, height);
            ip.fill();
            ip.resetRoi();
            ip.setColor(Color.BLACK);
            ip.drawString(text.apply(k), x + 4, y + height - 6);
        }
        return imp;
    }

    /**
     * A white 15-point {@code 0 ms}, {@code 40 ms}… on the field, each slice saved as JPEG at
     * quality 60: two slices in three read without their last 0 ({@code 16 ms} for {@code 160 ms}),
     * a sequence of 4 ms a frame of their own, and the slices read whole were flagged as off it:
     * 20 slices wrong and unflagged, the interval a tenth of the truth (acquisition-style JPEG
     * seed 51). Those slices read ten times what the sequence predicts: no slice is trusted.
     */
    @Test
    public void aLastDigitLostOnMostSlicesDoesNotMakeATenTimesFasterClock() throws Exception {
        ImagePlus imp = Micrographs.timeLapse("acq", 30, 320, 240, 7000 + 51 * 1000 + 7 * 10);
        java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 15);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setFont(font);
            ip.setAntialiasedText(true);
            ip.setColor(Color.WHITE);
            ip.drawString(40 * (k - 1) + " ms", 11, 231);
        }
        Micrographs.jpeg(imp, 60);
        Timestamps t = reader().read(imp, null, null);
        for (TimestampReading r : t.readings) {
            assertTrue(r.slice + ": " + r.text + " " + r.status, r.status == TimestampReading.Status.FLAGGED
                || Math.abs(r.value - 0.04 * (r.slice - 1)) < 1e-9);
        }
        assertTrue("interval " + t.interval, Double.isNaN(t.interval) || Math.abs(t.interval - 0.04) < 1e-9);
    }

    /**
     * A 13-point monospaced {@code T: 3 min} in white on a black plate: the growth over the
     * number stopped at the word space, and the margin before it held the colon without its T,
     * which read as an 8 before every number ({@code 83 min}; the stack was flagged whole).
     * Acquisition-style seed 37, drawn in a monospaced face.
     */
    @Test
    public void aLabelsColonInTheMarginIsNotReadAsADigit() {
        ImagePlus imp = Micrographs.timeLapse("acq", 30, 320, 240, 7000 + 37 * 1000 + 2 * 10 + 1);
        java.awt.Font font = new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 13);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setFont(font);
            ip.setAntialiasedText(true);
            ip.setColor(Color.BLACK);
            ip.setRoi(3, 5, ip.getStringWidth("T: 87 min") + 8, 23);
            ip.fill();
            ip.resetRoi();
            ip.setColor(Color.WHITE);
            ip.drawString("T: " + 3 * (k - 1) + " min", 7, 22);
        }
        readsEveryStep(reader().read(imp, null, null), 0, 180);
    }

    /** Every slice read right and unflagged, {@code start} plus a {@code step} a slice, and the interval set. */
    private static void readsEveryStep(Timestamps t, double start, double step) {
        readsEveryStep("", t, start, step);
    }

    /** Every slice read right, and the step; {@code what} (the face, the size) leads the message. */
    private static void readsEveryStep(String what, Timestamps t, double start, double step) {
        long right = t.readings.stream().filter(r -> r.status != TimestampReading.Status.FLAGGED
            && Math.abs(r.value - start - step * (r.slice - 1)) < 1e-9).count();
        assertEquals(what + " " + t.readings.get(1).text + " in " + t.region, 30, right);
        assertEquals(step, t.interval, 1e-9);
    }

    @Test
    public void aWordAndAColonBeforeTheTimeAreReadAsItsLabel() {
        // Read as digits, the word's last letters made 810 sec of 10 sec on every slice: a
        // steady sequence, 30 slices wrong and none flagged.
        for (int size : new int[] {13, 16, 20}) {
            for (String label : new String[] {"Time: ", "T: "}) {
                ImagePlus imp = Micrographs.timeLapse("label", 30, 320, 240, 7100 + size);
                java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, size);
                for (int k = 1; k <= imp.getStackSize(); k++) {
                    ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
                    ip.setFont(font);
                    ip.setAntialiasedText(true);
                    ip.setColor(Color.WHITE);
                    ip.drawString(label + 5 * (k - 1) + " sec", 8, size + 10);
                }
                Timestamps t = reader().read(imp, null, null);
                long right = t.readings.stream().filter(r -> r.status != TimestampReading.Status.FLAGGED
                    && Math.abs(r.value - 5 * (r.slice - 1)) < 1e-9).count();
                assertEquals(label + size + " points: " + t.readings.get(10).text + " in " + t.region, 30, right);
                assertEquals(5, t.interval, 1e-9);
            }
        }
    }

    @Test
    public void whatLiesPastAPlatesEdgeIsNotReadAsText() {
        // The region's margins reach past the plate: a cell beside it, or the plate's edge, read
        // as one more digit on every slice (00:01:05.2507), a steady sequence with none flagged.
        for (int size : new int[] {13, 23}) {
            ImagePlus imp = Micrographs.timeLapse("plate edge", 30, 320, 240, 7200 + size);
            java.awt.Font font = new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, size);
            for (int k = 1; k <= imp.getStackSize(); k++) {
                ij.process.ImageProcessor ip = imp.getStack().getProcessor(k);
                ip.setFont(font);
                ip.setAntialiasedText(true);
                int width = ip.getStringWidth("00:01:12.250") + 8;
                ip.setColor(Color.WHITE);
                ip.setRoi(6, 226 - size, width, size + 10);
                ip.fill();
                ip.setRoi(new ij.gui.OvalRoi(6 + width + 3, 226 - size, size, size + 6));
                ip.setColor(new Color(190, 190, 190));
                ip.fill(ip.getMask());
                ip.resetRoi();
                ip.setColor(Color.BLACK);
                double t = 65 + 0.25 * (k - 1);
                ip.drawString(String.format(java.util.Locale.ROOT, "00:%02d:%06.3f", (int) t / 60, t % 60), 10, 230);
            }
            Timestamps t = reader().read(imp, null, null);
            long right = t.readings.stream().filter(r -> r.status != TimestampReading.Status.FLAGGED
                && Math.abs(r.value - (65 + 0.25 * (r.slice - 1))) < 1e-9).count();
            assertEquals(size + " points: " + t.readings.get(1).text + " in " + t.region, 30, right);
            assertEquals(0.25, t.interval, 1e-9);
        }
    }

    @Test
    public void aColonMissedOnEverySliceIsReadWhereItBelongs() {
        // A 12-point clock in 8-bit, shrunk to three quarters and saved as JPEG: its first colon
        // too dim to read on any probe, the stack read as 0059:50, 0100:04 (100 minutes)..., and
        // 54 of 60 slices were reported 40 minutes late, in step, unflagged.
        ImagePlus imp = Micrographs.timeLapse("s1", 60, 320, 240, 7001);
        new ij.process.StackConverter(imp).convertToGray8();
        Timestamps t = reader().read(smallJpegClock(imp, 251, 229), null, null);
        assertEquals(7.0, t.interval, 1e-6);
        int right = readRightOrFlagged(t);
        assertTrue(right + " of 60 right", right >= 57);
    }

    @Test
    public void aClockFoundFromItsMinutesGrowsOverADimColonToItsHours() {
        // A 12-point clock in 16-bit, shrunk to three quarters and saved as JPEG: the search found
        // 59:50, and the growth over the text's ink stopped at the dim colon before it. Read in
        // that region at both sizes, 01:00:04 was 00:04: 58 of 60 slices an hour early, unflagged.
        ImagePlus imp = Micrographs.sixteenBit(Micrographs.timeLapse("s102", 60, 320, 240, 7102));
        int right = readRightOrFlagged(reader().read(smallJpegClock(imp, 236, 228), null, null));
        assertTrue(right + " of 60 read right", right >= 10);
    }

    /**
     * A 12-point ImageJ clock from 00:59:50 at 7 s a frame, at x, y, the stack then shrunk to
     * three quarters and saved as JPEG.
     */
    private static ImagePlus smallJpegClock(ImagePlus imp, int x, int y) {
        Micrographs.label(imp, "00:00:00", 3590, 7, x, y, 12, "", Color.WHITE);
        ImagePlus small = Micrographs.resized(imp, 240, 180);
        try {
            Micrographs.jpeg(small, 70);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return small;
    }

    /** Asserts every slice of {@link #smallJpegClock} right or flagged; how many are right and not flagged. */
    private static int readRightOrFlagged(Timestamps t) {
        int right = 0;
        for (TimestampReading r : t.readings) {
            boolean isRight = Math.abs(r.value - (3590 + 7.0 * (r.slice - 1))) < 1e-9;
            assertTrue(r.slice + " " + r.text, isRight || r.status == TimestampReading.Status.FLAGGED);
            right += isRight && r.status != TimestampReading.Status.FLAGGED ? 1 : 0;
        }
        return right;
    }
}
