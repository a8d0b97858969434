package io.github.fijiocr.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.calibrate.TimestampReader;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.util.Random;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Stacks of {@link CalibrationBenchmark}'s generator that Read Timestamps once got wrong, read
 * whole (seen seeds; the benchmark reports fresh ones): clocks over cells, and a stack whose
 * sequence can be explained two ways.
 */
public class GeneratedTimestampStacksTest {
    private static LineRecognizer reader;

    @BeforeClass
    public static void patchImageJ() {
        net.imagej.patcher.LegacyInjector.preinit();
        reader = new LineRecognizer(ModelFile.bundledLine().predictor(null), null, ReadOptions.DEFAULT_THRESHOLD, null);
    }

    /** Stack {@code index} of the benchmark's {@code seed}, read with defaults: every slice exact, none flagged. */
    private static void readsExactly(long seed, int index) throws Exception {
        read(seed, index, false);
    }

    /**
     * Stack {@code index} of {@code seed} read with defaults: the interval right, and every slice
     * right, or flagged where {@code flagsAllowed}.
     */
    private static Timestamps read(long seed, int index, boolean flagsAllowed) throws Exception {
        return read(seed, index, null, flagsAllowed);
    }

    /** As {@link #read(long, int, boolean)}, in the user's {@code selection} (null: found). */
    private static Timestamps read(long seed, int index, java.awt.Rectangle selection, boolean flagsAllowed)
        throws Exception {
        CalibrationBenchmark.Stack s = stack(seed, index);
        Timestamps t = new TimestampReader(reader, Progress.NONE).read(s.imp, selection, null);
        assertEquals(s.describe, s.interval, t.interval, 1e-3 * s.interval);
        for (TimestampReading row : t.readings) {
            boolean flagged = row.status == TimestampReading.Status.FLAGGED;
            if (!flagsAllowed) {
                org.junit.Assert.assertFalse(s.describe + ", slice " + row.slice + " flagged: " + row.note, flagged);
            }
            if (!flagged) {
                assertEquals(s.describe + ", slice " + row.slice + " read " + row.text + " " + row.status,
                    s.truth[row.slice - 1], row.value, 1e-6);
            }
        }
        return t;
    }

    /** Stack {@code index} of the benchmark's {@code seed} (the ones before it drawn too, to keep the stream). */
    private static CalibrationBenchmark.Stack stack(long seed, int index) throws Exception {
        Random r = new Random(20 + 1000 * seed);
        CalibrationBenchmark.Stack s = null;
        for (int i = 0; i <= index; i++) {
            s = CalibrationBenchmark.stack(i, r, seed);
        }
        return s;
    }

    /**
     * Two frames dropped after slice 28, then slices 31 and 32 read as the times of 29 and 30: a
     * gap and two misreads either way round. They were reported as read; now all four are flagged.
     */
    @Test
    public void slicesTheSequencePlacesTwoWaysAreFlagged() throws Exception {
        read(457, 8, true);
    }

    /**
     * A black 12-point clock on brightfield, its first digits over a dark cell: read 1:00:00 for
     * 00:00:00 on every slice, since in the found box the cell outweighed the field, and the
     * field's side of grey was taken for the ink. Drawn in DejaVu Sans (the tests' face),
     * 4 of the 60 slices read too unsurely to confirm and are flagged; none is misread.
     */
    @Test
    public void aBlackClockOverADarkCell() throws Exception {
        Timestamps t = read(401, 1, true);
        assertTrue(t.count(TimestampReading.Status.FLAGGED) + " flagged", t.count(TimestampReading.Status.FLAGGED) <= 5);
    }

    /** A white 12-point clock over a bright cell on a dark field: its region grew into the cells, refused. */
    @Test
    public void aWhiteClockOverABrightCell() throws Exception {
        readsExactly(389, 0);
    }

    /**
     * A 24-point two-digit counter beside a cell the probes read as {@code 00}: the cell's box,
     * twice the counter's height, was joined to the counter's, its {@code 00} broke the counter's
     * run, and the stack was refused.
     */
    @Test
    public void aCounterBesideACellReadAsZeros() throws Exception {
        readsExactly(401, 27);
    }

    /**
     * A dim 12-point clock past the hour whose first colon most probes missed: read as 100
     * minutes on every slice. (Its last slice is misread and flagged.)
     */
    @Test
    public void aClockWhoseFirstColonIsDim() throws Exception {
        read(547, 28, true);
    }

    /**
     * A cell half as bright as the yellow {@code 10 min}, against its first digit on most slices:
     * read {@code 210 min}, {@code 212 min}..., a run that counts right with the wrong number, 44
     * slices wrong and not flagged. Its blob never comes near the text's colour ({@code TextInk}).
     */
    @Test
    public void aDimCellAgainstACounterIsNoDigit() throws Exception {
        readsExactly(733, 26);
    }

    /**
     * A grey cell left of a white 24-point clock, inside the region's margin: read as a 9 in front
     * of the hours ({@code 900:59:50}) on most slices, so every slice was flagged.
     */
    @Test
    public void aDimCellLeftOfAClockIsNoDigit() throws Exception {
        readsExactly(727, 21);
    }

    /**
     * A 12-point clock scaled down to 9 pixels, found without its first digits: read two hours
     * early ({@code 2:00:00}) on every slice, a run no sequence check doubts. Read also at twice
     * the size it reads right, and every slice read as another time at the two sizes is flagged.
     */
    @Test
    public void aSmallClockMisreadAlikeOnEverySliceIsFlagged() throws Exception {
        read(797, 1, true);
    }

    /**
     * The same clock (9 pixels high) in a loose selection twice its region's height: read as
     * {@code 880806}, a counter, at both sizes, and refused. The selection is narrowed to the
     * text's rows first, and is then small enough to be read at twice the size as well.
     */
    @Test
    public void aLooseSelectionAroundASmallClockIsNarrowedToItsRows() throws Exception {
        read(797, 1, new java.awt.Rectangle(168, 150, 74, 24), false);
    }

    /**
     * A 14-point 16-bit clock with a cell under its last digits: the finder's box, cut where half
     * the region's brightest 1% is, took in the cell's rows (24 pixels for 10-pixel digits), and
     * the text, small in that crop, read {@code 06:39} for {@code 00:39} and {@code 00:45} for
     * {@code 00:15}: refused. The box is narrowed to the text's rows first.
     */
    @Test
    public void aCellBelowAClockIsLeftOutOfItsRows() throws Exception {
        readsExactly(939, 37);
    }

    /**
     * A 24-point JPEG clock past the hour with cells around it: read an hour early
     * ({@code 0:00:46} for {@code 01:00:46}) on 50 slices alike, wrong and not flagged; in the
     * text's rows it reads right on every slice.
     */
    @Test
    public void aClockInACellsRowsIsNotReadAnHourEarly() throws Exception {
        readsExactly(937, 21);
    }

    /**
     * A black {@code 00:00} clock on brightfield beside a dark cell, read {@code 000:05} on every
     * slice: the cell as a third digit costs confidence, so the 36 slices before two dropped frames
     * scored 0.67 (threshold 0.7), were judged off the sequence by the two frames and flagged, and
     * the stack was refused. They go on at the interval of the confident slices after the gap.
     */
    @Test
    public void anUnsureRunBeforeAGapIsRead() throws Exception {
        readsExactly(949, 23);
    }

    /**
     * A 12-point clock scaled to 0.75 (digits about 7 pixels): fifty slices read right
     * ({@code 00:05}…) but under the threshold, ten read surely with a cell as a {@code 9} in
     * front ({@code 90:33}…). The sure run made the sequence, the fifty were flagged as off it,
     * and more than half flagged refused the stack. Then, flagged whole for the doubt about its
     * first number, with the interval set. Since the found region is the median of the probes'
     * (session 29) it holds the whole {@code 00} and the run is the fifty: the few read with the
     * cell in front are flagged on their own, the interval set.
     */
    @Test
    public void aSmallClockWhoseFirstNumberReadsTwoWaysKeepsItsInterval() throws Exception {
        Timestamps t = read(959, 30, true);
        assertTrue(t.doubt, t.readings.size() - t.count(TimestampReading.Status.FLAGGED) >= 50);
    }

    /**
     * A 24-point {@code 0.5 s} counter at 0.75 with round cells left of it: read {@code 99.5s} for
     * {@code 9.5s} on most slices, a cell as a leading {@code 9}. The first-number doubt flags it
     * whole; its readings show the fraction, so its steps are right whatever the leading digit,
     * and the interval is set (it was not: a whole number so misread may have lost its point).
     * Read in the region the finder gave before its growth stepped over faint marks (ec103a4);
     * the region found now, a pixel wider, reads every slice right.
     */
    @Test
    public void aCounterWithItsFractionShownKeepsItsIntervalWhenItsLeadingDigitIsInDoubt() throws Exception {
        Timestamps t = read(983, 25, new java.awt.Rectangle(137, 149, 100, 22), true);
        assertEquals(t.readings.size(), t.count(TimestampReading.Status.FLAGGED));
        assertTrue(t.doubt, t.doubt.contains("does not depend on it and is set"));
        assertEquals(0, read(983, 25, true).count(TimestampReading.Status.FLAGGED));
    }

    /**
     * Grey 14-point {@code 0.5 s} steps on a noisy 16-bit field, the point over a cell on many
     * slices: in the finder's box, with the cell's rows, read {@code 45 s} for {@code 4.5 s} and
     * counted up by 5 s without a break (55 slices wrong and not flagged, the interval ten times
     * too long), then flagged whole from the reader's lattice. In the text's rows the pixels show
     * the point, and every slice reads right.
     */
    @Test
    public void aPointOverACellIsSeenInTheTextsRows() throws Exception {
        readsExactly(761, 39);
    }

    /**
     * A 14-point {@code 0.5 s} counter scaled to 0.75: read {@code 5 s} for {@code 0.5 s} on every
     * slice, a run that counts right ten times too slowly. Then the reader's lattice kept the
     * point close ({@code HiddenPoint}): every slice flagged, no interval set. Since the found
     * region is the median of the probes' (session 29; a cell on the first probe had cut it to
     * rows without the point's) the point is read: never an interval ten times too long.
     */
    @Test
    public void aPointOnceMissedOnEverySliceNeverGivesATenfoldInterval() throws Exception {
        CalibrationBenchmark.Stack s = stack(881, 11);
        Timestamps t = new TimestampReader(reader, Progress.NONE).read(s.imp, null, null);
        assertTrue(s.describe + ": interval " + t.interval, Double.isNaN(t.interval)
            || Math.abs(t.interval - s.interval) <= 1e-3 * s.interval);
        for (TimestampReading row : t.readings) {
            if (row.status != TimestampReading.Status.FLAGGED) {
                assertEquals(s.describe + ", slice " + row.slice, s.truth[row.slice - 1], row.value, 1e-6);
            }
        }
    }
}
