package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.calibrate.TimeSequence.Status;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class TimeSequenceTest {
    private static double[] clock(int n, double start, double dt) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = start + i * dt;
        }
        return v;
    }

    @Test
    public void aCleanSequenceIsReadWithItsInterval() {
        TimeSequence s = new TimeSequence(clock(30, 100, 2), 1);
        assertEquals(2, s.interval(), 1e-12);
        for (int i = 0; i < 30; i++) {
            assertEquals(Status.READ, s.status(i));
        }
    }

    @Test
    public void digitsLostOnHalfTheSlicesDoNotSetTheInterval() {
        // A white 18-point "0 sec" counting by 5 s, a bright cell passing under its digits
        // (generated seed 569, read at twice the size): slices 3-18 read right, most later ones
        // lose a digit. The median step lands on the wrong ones (about 2 s); the interval that
        // explains the longest sequence is the step most neighbours show.
        double[] v = {0, 1, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 1, 1, 106, 105, 110, 119,
            120, 120, 130, 130, 140, 14, 150, 15, 16, 16, 17, 17, 19, 19, 20, 20, 20, 20, 20, 2, 2, 2, 2, 2, 2, 25, 20,
            205, 20, 25, 20, 25, 20, 295};
        TimeSequence s = new TimeSequence(v, 1);
        assertEquals(5, s.interval(), 1e-12);
        for (int i = 2; i < 18; i++) {
            assertEquals("slice " + i, Status.READ, s.status(i));
        }
        assertEquals(List.of(255.0), s.expected(51)); // read 205
    }

    @Test
    public void oneMisreadSliceIsSuspectAndItsNeighboursPredictIt() {
        double[] v = clock(30, 100, 2);
        v[12] = 160; // a 2 read as 6
        TimeSequence s = new TimeSequence(v, 1);
        assertEquals(Status.SUSPECT, s.status(12));
        assertEquals(List.of(124.0), s.expected(12));
        assertEquals(2, s.interval(), 1e-12);
        v[12] = 126; // off by one interval: looks like a gap, then a repeat
        s = new TimeSequence(v, 1);
        assertEquals(Status.SUSPECT, s.status(12));
        assertEquals(Status.READ, s.status(13));
    }

    /** Off by one second inside the step tolerance: suspect when unsure, believed when sure. */
    @Test
    public void aReadingOffWhatBothNeighboursPredictIsSuspectUnlessTheTimingJitters() {
        double[] v = clock(40, 3800, 7);
        v[14] = 3899; // 3898 read as 3899: steps of 8 and 6, both within 7 s +- 1.7
        double[] confidence = new double[40];
        Arrays.fill(confidence, 0.95);
        confidence[14] = 0.68;
        TimeSequence unsure = new TimeSequence(v, 1, confidence, 0.7);
        assertEquals(Status.SUSPECT, unsure.status(14));
        assertEquals(List.of(3898.0), unsure.expected(14));
        assertEquals(7, unsure.interval(), 1e-12);
        // Confident, on a clock that otherwise keeps time exactly: a misread all the same.
        confidence[14] = 0.9;
        assertEquals(Status.SUSPECT, new TimeSequence(v, 1, confidence, 0.7).status(14));
        // Where the timing jitters (a second late on every fifth frame), confident readings are believed.
        double[] late = clock(40, 3800, 7);
        for (int i = 2; i < 40; i += 5) {
            late[i] += 1;
        }
        Arrays.fill(confidence, 0.95);
        TimeSequence jitter = new TimeSequence(late, 1, confidence, 0.7);
        for (int i = 0; i < 40; i++) {
            assertEquals("slice " + i, Status.READ, jitter.status(i));
        }
        // A clock of 6.9 s shown in whole seconds: neighbours disagree by rounding, nothing is suspect.
        double[] jittery = new double[40];
        for (int i = 0; i < 40; i++) {
            jittery[i] = Math.round(3800 + 6.9 * i);
        }
        for (int i = 0; i < 40; i++) {
            confidence[i] = i % 2 == 0 ? 0.9 : 0.6; // every other reading unsure
        }
        TimeSequence rounded = new TimeSequence(jittery, 1, confidence, 0.7);
        for (int i = 0; i < 40; i++) {
            assertEquals("slice " + i, Status.READ, rounded.status(i));
        }
    }

    /**
     * Fresh seed 697 in DejaVu Sans: the last slice of a 5 s counter read `296 sec` for 295, with
     * confidence, and it set the interval to 5.017 s (the span of the run's two ends). The ends
     * are now judged by the two readings beside them, and the interval is fitted, not spanned.
     */
    @Test
    public void aLastOrFirstReadingOffTheLineIsSuspectAndLeavesTheIntervalAlone() {
        double[] confidence = new double[60];
        Arrays.fill(confidence, 0.9);
        double[] last = clock(60, 0, 5);
        last[59] = 296;
        TimeSequence end = new TimeSequence(last, 1, confidence, 0.7);
        assertEquals(Status.SUSPECT, end.status(59));
        assertEquals(List.of(295.0), end.expected(59));
        assertEquals(5, end.interval(), 1e-12);
        double[] first = clock(60, 100, 5);
        first[0] = 99;
        TimeSequence start = new TimeSequence(first, 1, confidence, 0.7);
        assertEquals(Status.SUSPECT, start.status(0));
        assertEquals(5, start.interval(), 1e-12);
        // One step off at the end of a clock that jitters (every fifth frame a second late): believed.
        double[] late = clock(60, 0, 5);
        for (int i = 4; i < 60; i += 5) {
            late[i] += 1;
        }
        assertEquals(Status.READ, new TimeSequence(late, 1, confidence, 0.7).status(59));
    }

    /**
     * Seed 457's case: two frames dropped after slice 28 (0-based 27), then slices 31 and 32 read
     * as the times of 29 and 30 (a 6 read as 5). That is a gap and two misreads either way round,
     * and the sequence cannot tell which: all four slices are suspect, none trusted by chance.
     */
    @Test
    public void slicesThatCanBePlacedTwoWaysAreAllSuspect() {
        double[] v = new double[40];
        for (int i = 0; i < 40; i++) {
            v[i] = 30.0 * (i < 28 ? i : i + 2);
        }
        v[30] = v[28];
        v[31] = v[29];
        TimeSequence s = new TimeSequence(v, 1);
        for (int i = 28; i < 32; i++) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
        }
        assertEquals(30, s.interval(), 1e-12);
        assertEquals(Status.READ, s.status(27));
        assertEquals(Status.GAP, s.status(32));
        // With the misread slices read right, the gap is placed and nothing is suspect.
        v[30] = 30.0 * 32;
        v[31] = 30.0 * 33;
        TimeSequence right = new TimeSequence(v, 1);
        for (int i = 0; i < 40; i++) {
            assertEquals("slice " + i, i == 28 ? Status.GAP : Status.READ, right.status(i));
        }
    }

    @Test
    public void droppedFramesAreAGapAndRepeatsAreReported() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = i < 10 ? i : i + 3; // three frames missing before slice index 10
        }
        v[15] = v[14]; // the same frame twice
        for (int i = 16; i < 20; i++) {
            v[i] = v[i] - 1;
        }
        TimeSequence s = new TimeSequence(v, 0.001);
        assertEquals(Status.GAP, s.status(10));
        assertEquals(3, s.dropped(10));
        assertEquals(Status.REPEATED, s.status(15));
        assertEquals(1, s.interval(), 1e-12);
    }

    @Test
    public void aDisplayCoarserThanTheIntervalStillGivesTheIntervalAndNoFalseAlarms() {
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.floor(i * 0.4); // whole seconds shown, frames 0.4 s apart
        }
        TimeSequence s = new TimeSequence(v, 1);
        assertEquals(0.4, s.interval(), 0.4 * 0.01);
        for (int i = 0; i < v.length; i++) {
            assertEquals("slice " + i, Status.READ, s.status(i));
        }
        // One stretch of 199 steps, each end up to a second off: the error bound, and the true error within it.
        assertEquals(1.0 / 199, s.intervalError(), 1e-12);
        assertTrue(Math.abs(s.interval() - 0.4) <= s.intervalError());
    }

    @Test
    public void theIntervalsErrorBoundFollowsTheDisplayAndTheStack() {
        TimeSequence fine = new TimeSequence(clock(100, 0, 0.25), 0.001);
        assertEquals(0.001 / 99, fine.intervalError(), 1e-12);
        double[] v = new double[41];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.floor(i * 0.25 + (i >= 20 ? 2 : 0)); // whole seconds at 0.25 s; 8 frames lost after slice 19
        }
        TimeSequence coarse = new TimeSequence(v, 1);
        assertTrue(coarse.intervalError() / coarse.interval() > 0.001);
        assertTrue(Math.abs(coarse.interval() - 0.25) <= coarse.intervalError());
    }

    @Test
    public void unreadSlicesAreMissingWithAPrediction() {
        double[] v = clock(10, 0, 0.5);
        v[4] = Double.NaN;
        TimeSequence s = new TimeSequence(v, 0.1);
        assertEquals(Status.MISSING, s.status(4));
        assertEquals(List.of(2.0), s.expected(4));
    }

    @Test
    public void aDroppedFrameOfAOneSecondClockAtOneSecondIsAGap() {
        double[] v = clock(20, 65, 1);
        for (int i = 8; i < 20; i++) {
            v[i] += 1;
        }
        TimeSequence s = new TimeSequence(v, 1);
        assertEquals(Status.GAP, s.status(8));
        assertEquals(1, s.dropped(8));
        assertEquals(1, s.interval(), 1e-12);
    }

    @Test
    public void readingsThatAgreeOnlyByChanceAreNotTrusted() {
        double[] v = clock(30, 0, 30);
        double[] unsure = new double[30];
        java.util.Arrays.fill(unsure, 0.2);
        TimeSequence s = new TimeSequence(v, 1, unsure, 0.7);
        assertEquals(Double.NaN, s.interval(), 0);
        for (int i = 0; i < 30; i++) {
            assertEquals(Status.SUSPECT, s.status(i));
        }
        double[] sure = new double[30];
        java.util.Arrays.fill(sure, 0.95);
        assertEquals(30, new TimeSequence(v, 1, sure, 0.7).interval(), 1e-12);
    }

    /**
     * Where the caller allows it, a run of {@value TimeSequence#LONG_RUN} readings or more at one
     * interval is trusted however unsure each reading: chance makes no such run. Two sure
     * readings a cell made read 90 hours late, then a long run read right but unsurely (a small
     * downscaled JPEG clock, generated seed 1085): the long run is the sequence. Without long
     * runs, the two sure readings are, and a run one reading short of long is still not trusted.
     */
    @Test
    public void aLongUnsureRunOutweighsAFewSureReadingsOffIt() {
        double[] v = clock(40, 3590, 7);
        double[] confidence = new double[40];
        java.util.Arrays.fill(confidence, 0.55);
        for (int i = 0; i < 2; i++) {
            v[i] += 90 * 3600;
            confidence[i] = 0.95;
        }
        TimeSequence s = new TimeSequence(v, 1, confidence, 0.7, true);
        assertEquals(7, s.interval(), 1e-12);
        assertEquals(Status.SUSPECT, s.status(0));
        assertEquals(List.of(3590.0), s.expected(0));
        for (int i = 2; i < 40; i++) {
            assertEquals(Status.READ, s.status(i));
        }
        TimeSequence sureOnly = new TimeSequence(v, 1, confidence, 0.7);
        for (int i = 2; i < 40; i++) {
            assertEquals(Status.SUSPECT, sureOnly.status(i));
        }
        int shortRun = TimeSequence.LONG_RUN - 1;
        double[] few = java.util.Arrays.copyOf(confidence, shortRun);
        java.util.Arrays.fill(few, 0.55);
        assertEquals(Double.NaN, new TimeSequence(clock(shortRun, 0, 7), 1, few, 0.7, true).interval(), 0);
    }

    /**
     * A small JPEG counter read right and surely to slice 47, then unsurely: 49-51 right, 52-54
     * misread ten on ({@code 62, 63, 64}: its 5 read as 6), 55 misread, 56-57 ten on, 58-60
     * right (generated seed 1586 in Liberation Sans). Taken in slice order, the misread run joined
     * through a false gap of ten frames and shut out the run read right after it, which a time
     * going back from 64 to 58 cannot follow: five wrong slices reported as read. The run that
     * continues the line without a gap is taken first, and the misread run stays suspect.
     */
    @Test
    public void anUnsureRunThatNeedsAGapDoesNotShutOutALaterOneThatNeedsNone() {
        double[] v = new double[60];
        double[] confidence = new double[60];
        for (int i = 0; i < 60; i++) {
            v[i] = i + 1;
            confidence[i] = i < 47 ? 0.95 : 0.6;
        }
        for (int slice : new int[] {52, 53, 54, 56, 57}) {
            v[slice - 1] += 10;
        }
        v[54] = 99;
        TimeSequence s = new TimeSequence(v, 1, confidence, 0.7);
        assertEquals(1, s.interval(), 1e-12);
        for (int slice = 52; slice <= 57; slice++) {
            assertEquals("slice " + slice, Status.SUSPECT, s.status(slice - 1));
        }
        for (int slice : new int[] {49, 50, 51, 58, 59, 60}) {
            assertEquals("slice " + slice, Status.READ, s.status(slice - 1));
        }
        assertEquals(List.of(52.0), s.expected(51));
    }

    /**
     * 36 readings under the threshold, then two dropped frames, then 22 over it (a clock beside a
     * dark cell read as a leading 0, generated seed 949): the unsure run goes on at the sure one's
     * interval and links to it by the gap, so it is read, and the gap reported. A run as unsure
     * that links to nothing stays suspect.
     */
    @Test
    public void anUnsureRunThatContinuesASureOneAcrossAGapIsRead() {
        double[] v = new double[58];
        double[] confidence = new double[58];
        for (int i = 0; i < 58; i++) {
            v[i] = i < 36 ? 5 + i : 7 + i;
            confidence[i] = i < 36 ? 0.67 : 0.73;
        }
        TimeSequence s = new TimeSequence(v, 1, confidence, 0.7);
        for (int i = 0; i < 58; i++) {
            assertEquals("slice " + i, i == 36 ? Status.GAP : Status.READ, s.status(i));
        }
        assertEquals(2, s.dropped(36));
        assertEquals(1, s.interval(), 1e-12);
        // Read an hour late: it cannot follow the sure run back in time, so it is not joined.
        for (int i = 0; i < 36; i++) {
            v[i] += 3600;
        }
        s = new TimeSequence(v, 1, confidence, 0.7);
        for (int i = 0; i < 36; i++) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
        }
    }

    @Test
    public void aJumpLongerThanTheStackIsAMisreadNotAGap() {
        double[] v = clock(40, 3600, 7);
        for (int i = 32; i < 40; i++) {
            v[i] += 70 * 3600; // 01:xx:xx read as 71:xx:xx on the last eight slices
        }
        TimeSequence s = new TimeSequence(v, 1);
        for (int i = 32; i < 40; i++) {
            assertEquals(Status.SUSPECT, s.status(i));
            assertEquals(List.of(3600.0 + 7 * i), s.expected(i));
        }
    }

    @Test
    public void repeatsOfOneMisreadValueDoNotOutrankReadingsThatChange() {
        // A white 23-point "Time: 5 sec" with a bright cell under its number on most slices
        // (acquisition seed 15, Liberation Sans): the number read 0 on ten slices, then 3. As a
        // 1 s display at 0.088 s a frame those repeats made a sequence longer than the six
        // slices at the end that change by 5 s each, and every slice was judged by it.
        double[] v = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 5, 3, 3, 5, 0, 5, 90, 95, 20, 5, 20, 25, 30, 35, 40, 45};
        double[] confidences = new double[v.length];
        java.util.Arrays.fill(confidences, 0.8);
        TimeSequence s = new TimeSequence(v, 1, confidences, 0.7);
        assertEquals(5, s.interval(), 1e-9);
        for (int i = 0; i < 10; i++) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
        }
    }

    @Test
    public void aDigitMisreadOnManySlicesOfAnExactClockIsSuspectEvenWhenSure() {
        // Acquisition seed 6, DejaVu Sans: a white 19-point "t = 2.5 s" with a cell passing over
        // its last digit on slices 12 to 24: every x.5 read x.3, sure, seven of 30 slices; the
        // stack passed for one whose timing jitters, and the seven were reported as read.
        double[] v = clock(30, 0, 2.5);
        for (int i = 11; i <= 23; i += 2) {
            v[i] -= 0.2;
        }
        v[14] += 1; // 36.0 for 35.0
        v[22] += 1;
        double[] confidences = new double[v.length];
        Arrays.fill(confidences, 0.9);
        TimeSequence s = new TimeSequence(v, 0.1, confidences, 0.7);
        assertEquals(2.5, s.interval(), 1e-9);
        for (int i = 11; i <= 23; i += 2) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
            assertEquals(List.of(2.5 * i), s.expected(i));
        }
        assertEquals(Status.READ, s.status(12));
        // Timing that jitters by a step or two, as real acquisitions do: sure readings believed.
        double[] late = {0, 0.1, 0, 0.2, 0.1, 0, 0.1, 0, 0, 0.1};
        double[] jittery = new double[40];
        for (int i = 0; i < 40; i++) {
            jittery[i] = Math.round((2.5 * i + late[i % late.length]) * 10) / 10.0;
        }
        double[] sure = new double[40];
        Arrays.fill(sure, 0.9);
        TimeSequence j = new TimeSequence(jittery, 0.1, sure, 0.7);
        for (int i = 0; i < 40; i++) {
            assertEquals("slice " + i, Status.READ, j.status(i));
        }
    }

    @Test
    public void oneDigitMisreadAsTheSameOtherDigitIsSuspectWhereJitterWouldBeBelieved() {
        // Acquisition seed 6, Liberation Sans: a white 19-point "t = 2.5 s", 12.6, 22.6 and 32.6
        // read for x2.5 and 35.3 for 35.0, all sure: a tenth of the slices a step off, which
        // jitter would explain, so all four were reported as read.
        double[] v = clock(30, 0, 2.5);
        for (int i : new int[] {5, 9, 13}) {
            v[i] += 0.1;
        }
        v[14] += 0.3;
        double[] sure = new double[v.length];
        Arrays.fill(sure, 0.9);
        TimeSequence s = new TimeSequence(v, 0.1, sure, 0.7);
        assertEquals(2.5, s.interval(), 1e-9);
        for (int i : new int[] {5, 9, 13, 14}) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
            assertEquals(List.of(2.5 * i), s.expected(i));
        }
        // Frames as many and as late, but ending in x.0 as well as x.5: jitter, believed.
        double[] late = clock(30, 0, 2.5);
        for (int i : new int[] {5, 8, 13}) {
            late[i] += 0.1;
        }
        late[14] += 0.3;
        TimeSequence j = new TimeSequence(late, 0.1, sure, 0.7);
        for (int i = 0; i < 30; i++) {
            assertEquals("slice " + i, Status.READ, j.status(i));
        }
    }

    @Test
    public void oneDigitMisreadOnTheLastSlicesDoesNotBendTheLineItIsJudgedAgainst() {
        // JPEG acquisition seed 59, Liberation Mono: a white 16-point "0.5 s" with a cell beside
        // its last digit from slice 22 on: every x.5 read x.6, sure, on the last five x.5 slices.
        // A line fitted through all readings leaned towards them (0.5026 s a frame), none lay a
        // display step off it, and the five passed for jitter, the interval set 0.5% long.
        double[] v = clock(30, 0, 0.5);
        for (int i = 21; i <= 29; i += 2) {
            v[i] += 0.1;
        }
        double[] sure = new double[v.length];
        Arrays.fill(sure, 0.9);
        TimeSequence s = new TimeSequence(v, 0.1, sure, 0.7);
        assertEquals(0.5, s.interval(), 1e-9);
        for (int i = 21; i <= 29; i += 2) {
            assertEquals("slice " + i, Status.SUSPECT, s.status(i));
            assertEquals(List.of(0.5 * i), s.expected(i));
        }
    }
}
