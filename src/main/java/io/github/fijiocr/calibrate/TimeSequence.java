package io.github.fijiocr.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stack's timestamps judged as a sequence: times grow by one frame interval per slice, so a
 * reading that fits neither neighbour is suspect, a step of several intervals is a gap (dropped
 * frames) and a step of none a repeated frame. Pure arithmetic on the values read; re-reading a
 * suspect slice is the caller's job ({@link TimestampReader}).
 * <p>
 * Readings are linked to the previous one: the step is rounded to a whole number of intervals,
 * and is bad when it is negative or further than the tolerance from that whole number. Readings
 * linked by normal steps form runs; the trusted runs are the longest chain of runs in which each
 * follows the last by a normal step, a gap or a repeat (each gap or repeat costing as much as two
 * readings), among the runs read with confidence, and then the runs read less surely that continue
 * that chain ({@code withUnsureRuns}). The rest are suspect.
 */
public final class TimeSequence {
    /** What the sequence says of one slice. */
    public enum Status { READ, SUSPECT, GAP, REPEATED, MISSING }

    /**
     * A gap or a repeat in the chain costs this many readings: one misread slice looks like a gap
     * and a repeat, and the chain around it, with one normal step, must win.
     */
    static final double ODD_STEP = 2;
    /** How many runs back a run may link to in the chain (bounds the work on a badly read movie). */
    static final int LOOK_BACK = 64;
    /** Timing jitter tolerated, as a fraction of the interval, on top of the display's resolution. */
    static final double JITTER = 0.1;
    /** A display whose resolution is under this fraction of the interval shows jitter. */
    static final double COARSE = 0.25;
    /**
     * A stack whose trusted readings lie off the line (between neighbours that agree) at most this
     * often keeps time exactly, and a confident reading off it is a misread. Real timing jitter
     * on a fine display puts far more readings off the line; misreads of a single digit, a few.
     */
    static final double REGULAR = 0.05;
    /**
     * Readings further than this many display steps off the stack's line are not rounding
     * (which moves a reading half a step at most); under {@link #STEP_AND_A_HALF}, jitter's.
     */
    static final double PAST_ROUNDING = 0.75;
    static final double STEP_AND_A_HALF = 1.5;
    /**
     * Readings a step off that all change one digit into one other ({@link #oneDigitMisread})
     * are a misread, not jitter, from this many on.
     */
    static final int MISREAD_ALIKE = 3;

    private final double[] values;
    private final double resolution;
    private final double[] confidences;
    private final double threshold;
    /** Runs at least this long are trusted however unsure ({@link #LONG_RUN}, or never). */
    private final int longRun;
    private final Status[] status;
    /** For suspect and missing slices, what the trusted neighbours before and after predict (NaN: none). */
    private final double[] before;
    private final double[] after;
    /** For gaps, how many frames are missing just before the slice. */
    private final int[] dropped;
    /** Readings left out for lying off the line between neighbours that agree ({@link #offTheLine(int)}). */
    private final boolean[] offLine;
    private double interval;
    /** How far the interval may be off from the display's rounding alone (NaN without an interval). */
    private double intervalError = Double.NaN;

    /** {@code values}: one per slice, NaN where nothing was read; {@code resolution}: the display's step. */
    public TimeSequence(double[] values, double resolution) {
        this(values, resolution, null, 0);
    }

    /**
     * As above, and a run of readings is trusted only when the median of their
     * {@code confidences} (one per slice) reaches {@code threshold}: a stack the reader cannot
     * read gives runs that agree by chance, and those must not become the sequence.
     */
    public TimeSequence(double[] values, double resolution, double[] confidences, double threshold) {
        this(values, resolution, confidences, threshold, false);
    }

    /**
     * As above; {@code longRuns}: a run of {@value #LONG_RUN} readings or more is trusted however
     * unsure its readings, since readings that agree by chance make no such run.
     */
    public TimeSequence(double[] values, double resolution, double[] confidences, double threshold,
        boolean longRuns) {
        this.longRun = longRuns ? LONG_RUN : Integer.MAX_VALUE;
        this.values = values.clone();
        this.resolution = resolution;
        this.confidences = confidences == null ? null : confidences.clone();
        this.threshold = threshold;
        int n = values.length;
        status = new Status[n];
        before = new double[n];
        after = new double[n];
        dropped = new int[n];
        offLine = new boolean[n];
        Arrays.fill(before, Double.NaN);
        Arrays.fill(after, Double.NaN);
        judge();
    }

    /** Seconds (or counts) per slice; NaN when the times do not grow or too few were read. */
    public double interval() {
        return interval;
    }

    /**
     * The most the interval can be off because the display rounds: each stretch of normal steps
     * is measured between two readings, each up to one display step off, over its frames. Small
     * where the display is fine or the stack long; a whole-second clock at 0.25 s a frame over 40
     * frames can be 2.5% off.
     */
    public double intervalError() {
        return intervalError;
    }

    public Status status(int slice) {
        return status[slice];
    }

    /** Frames missing just before a {@link Status#GAP} slice. */
    public int dropped(int slice) {
        return dropped[slice];
    }

    /** What the trusted readings predict for a suspect or missing slice, distinct values, nearest first. */
    public List<Double> expected(int slice) {
        List<Double> out = new ArrayList<>();
        for (double v : new double[] {before[slice], after[slice]}) {
            if (!Double.isNaN(v) && out.stream().noneMatch(o -> Math.abs(o - v) < resolution / 2)) {
                out.add(v);
            }
        }
        return out;
    }

    private void judge() {
        int[] read = java.util.stream.IntStream.range(0, values.length).filter(i -> !Double.isNaN(values[i])).toArray();
        for (int i = 0; i < values.length; i++) {
            status[i] = Double.isNaN(values[i]) ? Status.MISSING : Status.READ;
        }
        // Between the intervals tried, the chain that shows the most different times wins, then
        // the longest: on a display coarser than an interval, repeats of one value are steps of
        // that interval, and a number misread the same way on many slices (a cell under it read
        // as 0 on ten slices, then 3) made a longer sequence at 0.09 s a frame than the slices
        // read as 20, 25, 30... at 5 s. Repeats are what static text shows too.
        Chain best = null;
        int bestTimes = 0;
        for (double dt : roughIntervals(read)) {
            List<int[]> runs = runs(read, dt, tolerance(dt));
            Chain c = withUnsureRuns(chain(runs, dt, tolerance(dt)), runs, dt, tolerance(dt));
            int times = distinctTimes(c);
            if (best == null || times > bestTimes || times == bestTimes && c.length > best.length) {
                best = c;
                bestTimes = times;
            }
        }
        if (read.length < 2 || best == null) {
            interval = Double.NaN;
            return;
        }
        double rough = best.interval;
        double tol = tolerance(rough);
        boolean[] trusted = new boolean[values.length];
        for (int[] run : best.runs) {
            for (int i : run) {
                trusted[i] = true;
            }
        }
        // Steps between trusted readings: gaps, repeats and breaks; the interval from the normal ones,
        // as the slope of a line fitted to each stretch of normal steps (one slope, each stretch its
        // own offset): a reading one display step off moves it by far less than it moves the span
        // between a stretch's two ends, which a wrong last slice would set.
        int[] counts = new int[2]; // frames over normal steps, stretches of them
        boolean[] inStretch = new boolean[1];
        trustedSteps(read, trusted, rough, tol, (last, i, s) -> {
            counts[1] += s == Step.NORMAL && !inStretch[0] ? 1 : 0;
            if (s == Step.NORMAL) {
                counts[0] += i - last;
            } else if (s == Step.GAP) {
                status[i] = Status.GAP;
                dropped[i] = (int) Math.round((values[i] - values[last]) / rough) - (i - last);
            } else if (s == Step.REPEAT) {
                status[i] = Status.REPEATED;
            }
            inStretch[0] = s == Step.NORMAL;
            // Never BAD: the chain joins only runs whose steps are not (see chain()).
        });
        int frames = counts[0];
        int stretches = counts[1];
        boolean anyTrusted = false;
        for (boolean t : trusted) {
            anyTrusted |= t;
        }
        // Nothing trusted (a stack the reader cannot read): no interval, rather than a guess.
        interval = frames > 0 ? slope(read, trusted, rough, tol) : anyTrusted ? rough : Double.NaN;
        intervalError = frames > 0 ? stretches * resolution / frames : anyTrusted ? resolution : Double.NaN;
        distrustUnsureOffTheLine(trusted);
        if (frames > 0) {
            interval = slope(read, trusted, rough, tol); // without the readings just untrusted
        }
        predict(trusted);
    }

    /** How many different times the readings of {@code c}'s runs show (a display step apart or more). */
    private int distinctTimes(Chain c) {
        double[] v = c.runs.stream().flatMapToInt(java.util.Arrays::stream).mapToDouble(i -> values[i]).sorted()
            .toArray();
        int n = 0;
        for (int k = 0; k < v.length; k++) {
            n += k == 0 || v[k] - v[k - 1] >= resolution / 2 ? 1 : 0;
        }
        return n;
    }

    /** The slope of the trusted readings over their stretches of normal steps (see {@link Fit}). */
    private double slope(int[] read, boolean[] trusted, double rough, double tol) {
        Fit fit = new Fit();
        boolean[] inStretch = new boolean[1];
        trustedSteps(read, trusted, rough, tol, (last, i, s) -> {
            if (s == Step.NORMAL) {
                if (!inStretch[0]) {
                    fit.newStretch(last, values[last]);
                }
                fit.add(i, values[i]);
            }
            inStretch[0] = s == Step.NORMAL;
        });
        double slope = fit.slope();
        return slope > 0 ? slope : rough;
    }

    /** A step from trusted reading {@code last} to the next trusted one, {@code i}. */
    private interface StepVisitor {
        void visit(int last, int i, Step step);
    }

    /** Each step between consecutive trusted readings, in order. */
    private void trustedSteps(int[] read, boolean[] trusted, double rough, double tol, StepVisitor visitor) {
        int last = -1;
        for (int i : read) {
            if (!trusted[i]) {
                continue;
            }
            if (last >= 0) {
                visitor.visit(last, i, step(last, i, rough, tol));
            }
            last = i;
        }
    }

    /**
     * A reading between two trusted neighbours that agree on what it should be, and that differs
     * from that by a display step or more, is no longer trusted when it is under the confidence
     * threshold: jitter or rounding would have moved its neighbours too. (It fell inside the step
     * tolerance, so it linked into its run: a second read as 59 for 58 between 51 and 05.)
     * Confident readings are believed where the timing shows jitter; where the stack keeps time
     * exactly (at most {@link #REGULAR} of the trusted readings off the line, misreads included),
     * a confident reading off the line is a misread too (01:00:45 for 01:00:46 between 39 and 53,
     * every other step exactly 7 s) and is judged again like any other.
     */
    private void distrustUnsureOffTheLine(boolean[] trusted) {
        if (confidences == null || !(interval > 0)) {
            return;
        }
        boolean[] was = trusted.clone();
        distrustOffTheExactLine(trusted);
        int count = 0;
        for (boolean t : trusted) {
            count += t ? 1 : 0;
        }
        boolean regular = offTheLine(trusted.clone(), true) <= REGULAR * count;
        offTheLine(trusted, regular);
        for (int i = 0; i < trusted.length; i++) {
            offLine[i] = was[i] && !trusted[i];
        }
    }

    /**
     * Where the trusted readings lie on one exact line (each frame's time, rounded by the display)
     * but for some further off than rounding and a step of jitter can explain, those are misreads,
     * however sure, and are untrusted. Judged against the line the readings agree on, not reading
     * by reading against neighbours: a cell over the last digit of `t = 27.5 s` read every x.5 as
     * x.3 on seven of 30 slices, sure, so neighbours agreed on the misreads as often as on the
     * truth, and the seven passed for timing jitter. Real jitter shows first as readings one step
     * off; where more than {@link #REGULAR} of them are (unless they are one digit misread alike,
     * {@link #oneDigitMisread}), or the line holds under half the readings, nothing is untrusted
     * here.
     */
    private void distrustOffTheExactLine(boolean[] trusted) {
        int ref = 0;
        while (ref < values.length && !trusted[ref]) {
            ref++;
        }
        int count = 0;
        double[] frame = new double[values.length];
        for (int i = ref; i < values.length; i++) {
            // The frame each reading belongs to, gaps and repeats included; a misread inside the
            // step tolerance still rounds to its own frame.
            frame[i] = trusted[i] ? Math.round((values[i] - values[ref]) / interval) : Double.NaN;
            count += trusted[i] ? 1 : 0;
        }
        if (count < 3) {
            return;
        }
        double[] off = linesOffsets(trusted, frame, ref);
        int on = 0;
        int oneStep = 0;
        for (int i = ref; i < values.length; i++) {
            if (trusted[i]) {
                double steps = Math.abs(off[i]) / resolution;
                on += steps < PAST_ROUNDING ? 1 : 0;
                oneStep += steps >= PAST_ROUNDING && steps < STEP_AND_A_HALF ? 1 : 0;
            }
        }
        if (on * 2 < count || oneStep > REGULAR * count && !oneDigitMisread(trusted, off)) {
            return;
        }
        for (int i = ref; i < values.length; i++) {
            if (trusted[i] && Math.abs(off[i]) >= PAST_ROUNDING * resolution) {
                trusted[i] = false;
            }
        }
    }

    /**
     * Whether the readings a step off the line all show one digit where the line has another, the
     * same two digits each time (x.6 for x.5 on slices 12.6, 22.6, 32.6), while the line's readings
     * show that digit right and others at that place too. Timing jitter changes whichever digit a
     * late frame ends in (x.0 to x.1 as often as x.5 to x.6); a glyph the reader confuses is always
     * the same glyph.
     */
    private boolean oneDigitMisread(boolean[] trusted, double[] off) {
        int alike = -1;
        int count = 0;
        boolean[] digitsOnLine = new boolean[10];
        for (int i = 0; i < values.length; i++) {
            if (!trusted[i]) {
                continue;
            }
            double steps = Math.abs(off[i]) / resolution;
            long line = Math.round((values[i] - off[i]) / resolution);
            int shown = (int) Math.floorMod(Math.round(values[i] / resolution), 10L);
            int predicted = (int) Math.floorMod(line, 10L);
            if (steps < PAST_ROUNDING) {
                digitsOnLine[predicted] = true;
            } else if (steps < STEP_AND_A_HALF) {
                int key = predicted * 10 + shown;
                if (alike >= 0 && key != alike) {
                    return false;
                }
                alike = key;
                count++;
            }
        }
        int places = 0;
        for (boolean d : digitsOnLine) {
            places += d ? 1 : 0;
        }
        return count >= MISREAD_ALIKE && places >= 2 && digitsOnLine[alike / 10];
    }

    /**
     * Each trusted reading's offset from the line the readings agree on: the readings within
     * rounding of the line of {@link #medianSlope} through their median, a line through those,
     * then again through those within rounding of it (from the median offset), until that set
     * holds; offsets from the median offset.
     */
    private double[] linesOffsets(boolean[] trusted, double[] frame, int ref) {
        boolean[] in = nearMedianSlopeLine(trusted, frame, ref);
        double[] off = new double[values.length];
        for (int round = 0; round < 5; round++) {
            double n = 0, sf = 0, sv = 0, sff = 0, sfv = 0;
            for (int i = ref; i < values.length; i++) {
                if (in[i]) {
                    double v = values[i] - values[ref];
                    n++;
                    sf += frame[i];
                    sv += v;
                    sff += frame[i] * frame[i];
                    sfv += frame[i] * v;
                }
            }
            double det = n * sff - sf * sf;
            double slope = det > 0 ? (n * sfv - sf * sv) / det : interval;
            double at0 = (sv - slope * sf) / n;
            List<Double> offs = new ArrayList<>();
            for (int i = ref; i < values.length; i++) {
                off[i] = trusted[i] ? values[i] - values[ref] - at0 - slope * frame[i] : Double.NaN;
                if (trusted[i]) {
                    offs.add(off[i]);
                }
            }
            offs.sort(null);
            double median = offs.get(offs.size() / 2);
            boolean changed = false;
            for (int i = ref; i < values.length; i++) {
                boolean within = trusted[i] && Math.abs(off[i] - median) < PAST_ROUNDING * resolution;
                changed |= within != in[i];
                in[i] = within;
            }
            if (!changed || round == 4) {
                // From the median: timing a step late on some frames pulls the line, not the median.
                for (int i = ref; i < values.length; i++) {
                    off[i] -= median;
                }
                break;
            }
        }
        return off;
    }

    /**
     * The trusted readings within rounding of the line of {@link #medianSlope} through their
     * median offset; all trusted ones where fewer than two are.
     */
    private boolean[] nearMedianSlopeLine(boolean[] trusted, double[] frame, int ref) {
        double slope = medianSlope(trusted, frame, ref);
        if (Double.isNaN(slope)) {
            return trusted.clone();
        }
        List<Double> offs = new ArrayList<>();
        for (int i = ref; i < values.length; i++) {
            if (trusted[i]) {
                offs.add(values[i] - slope * frame[i]);
            }
        }
        offs.sort(null);
        double median = offs.get(offs.size() / 2);
        boolean[] in = new boolean[values.length];
        int count = 0;
        for (int i = ref; i < values.length; i++) {
            in[i] = trusted[i] && Math.abs(values[i] - slope * frame[i] - median) < PAST_ROUNDING * resolution;
            count += in[i] ? 1 : 0;
        }
        return count >= 2 ? in : trusted.clone();
    }

    /**
     * The median slope of pairs of trusted readings half their number apart (NaN: no such pair).
     * A line fitted through all readings bends towards misreads that come together: a cell beside
     * the last digit of a JPEG {@code 0.5 s} read x.5 as x.6 on five of the last ten slices, the
     * fitted interval was 0.5026, and no reading lay a display step off that line, so the five
     * passed for jitter and the interval was set 0.5% long. Long pairs' slopes keep to the
     * readings that agree while under a quarter of them are misread.
     */
    private double medianSlope(boolean[] trusted, double[] frame, int ref) {
        int[] idx = java.util.stream.IntStream.range(ref, values.length).filter(i -> trusted[i]).toArray();
        int half = idx.length / 2;
        List<Double> slopes = new ArrayList<>();
        for (int k = 0; k + half < idx.length && half > 0; k++) {
            double frames = frame[idx[k + half]] - frame[idx[k]];
            if (frames > 0) {
                slopes.add((values[idx[k + half]] - values[idx[k]]) / frames);
            }
        }
        if (slopes.isEmpty()) {
            return Double.NaN;
        }
        slopes.sort(null);
        return slopes.get(slopes.size() / 2);
    }

    /**
     * Whether reading {@code slice} is suspect for lying a display step or more off what trusted
     * neighbours that agree predict (see {@link #distrustUnsureOffTheLine}), rather than for
     * breaking the sequence.
     */
    public boolean offTheLine(int slice) {
        return offLine[slice];
    }

    /**
     * Untrusts the readings off the line ({@code all}: confident ones too, else only those under
     * the threshold); returns how many.
     */
    private int offTheLine(boolean[] trusted, boolean all) {
        int off = 0;
        int prev = -1;
        int prev2 = -1;
        for (int i = 0; i < values.length; i++) {
            if (!trusted[i]) {
                continue;
            }
            int next = nextTrusted(trusted, i);
            boolean judged = status[i] == Status.READ && (all || confidences[i] < threshold);
            if (judged && prev >= 0 && next < values.length && status[next] == Status.READ) {
                double fromBefore = values[prev] + (i - prev) * interval;
                double fromAfter = values[next] - (next - i) * interval;
                if (Math.abs(fromBefore - fromAfter) < resolution / 2
                    && Math.abs(values[i] - (fromBefore + fromAfter) / 2) >= resolution / 2) {
                    trusted[i] = false;
                    off++;
                    continue; // the next reading is judged beside the last trusted one
                }
            }
            // The first and the last reading have a neighbour on one side only: judged by the two
            // nearest there, when those two agree with the interval (a last slice read 296 for
            // 295 after 285 and 275, five seconds a slice, had set the interval itself).
            int next2 = next < values.length ? nextTrusted(trusted, next) : values.length;
            boolean end = prev < 0 ? next2 < values.length : next >= values.length && prev2 >= 0;
            if (judged && end) {
                int a = prev < 0 ? next : prev;
                int b = prev < 0 ? next2 : prev2;
                double agree = values[a] - values[b] - (a - b) * interval;
                if (status[a] == Status.READ && status[b] == Status.READ && Math.abs(agree) < resolution / 2
                    && Math.abs(values[i] - (values[a] + (i - a) * interval)) >= resolution / 2) {
                    trusted[i] = false;
                    off++;
                    continue;
                }
            }
            prev2 = prev;
            prev = i;
        }
        return off;
    }

    private static int nextTrusted(boolean[] trusted, int i) {
        int next = i + 1;
        while (next < trusted.length && !trusted[next]) {
            next++;
        }
        return next;
    }

    /** Suspects and missing slices get what the nearest trusted readings on each side predict. */
    private void predict(boolean[] trusted) {
        int prev = -1;
        for (int i = 0; i < values.length; i++) {
            if (trusted[i]) {
                prev = i;
            } else if (prev >= 0) {
                before[i] = values[prev] + (i - prev) * interval;
            }
        }
        int next = -1;
        for (int i = values.length - 1; i >= 0; i--) {
            if (trusted[i]) {
                next = i;
            } else {
                if (next >= 0) {
                    after[i] = values[next] - (next - i) * interval;
                }
                if (status[i] == Status.READ) {
                    status[i] = Status.SUSPECT;
                }
            }
        }
    }

    /** A least-squares slope shared by stretches that each have their own offset. */
    private static final class Fit {
        private double sxx;
        private double sxy;
        private final List<double[]> points = new ArrayList<>();

        void newStretch(double x, double y) {
            close();
            points.add(new double[] {x, y});
        }

        void add(double x, double y) {
            points.add(new double[] {x, y});
        }

        private void close() {
            double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
            for (double[] p : points) {
                sxx += (p[0] - mx) * (p[0] - mx);
                sxy += (p[0] - mx) * (p[1] - my);
            }
            points.clear();
        }

        double slope() {
            close();
            return sxy / sxx;
        }
    }

    /**
     * How far a step may be from a whole number of intervals {@code dt}. Rounding moves a step by
     * less than the display's resolution; timing jitter shows only where the display is fine
     * beside the interval (a clock in ms). On a coarse display the bound is strict, so one dropped
     * frame of a 1 s clock at 1 s (a step of 2) is a gap.
     */
    private double tolerance(double dt) {
        return resolution < COARSE * dt ? resolution + JITTER * dt : resolution * (1 - 1e-9);
    }

    private enum Step { NORMAL, GAP, REPEAT, BAD }

    /** Runs chained as one sequence at one interval, and how many readings it explains (odd steps deducted). */
    private static final class Chain {
        final List<int[]> runs;
        final double interval;
        final double length;

        Chain(List<int[]> runs, double interval, double length) {
            this.runs = runs;
            this.interval = interval;
            this.length = length;
        }
    }

    private Step step(int i, int j, double dt, double tol) {
        double d = values[j] - values[i];
        // Normal first: on a display coarser than the interval every step is within tolerance of it.
        if (Math.abs(d - (j - i) * dt) <= tol) {
            return Step.NORMAL;
        }
        long k = Math.round(d / dt);
        // More frames missing than the stack holds is a misread digit (0:05 read as 7:05) far
        // more often than a pause; such a run is then re-read, and flagged if the image disagrees.
        if (k < 0 || Math.abs(d - k * dt) > tol || k - (j - i) > values.length) {
            return Step.BAD;
        }
        return k == j - i ? Step.NORMAL : k > j - i ? Step.GAP : Step.REPEAT;
    }

    /**
     * The runs that make the longest sequence (most readings) in which each run follows the one
     * before by a normal step, a gap or a repeat, never a bad step: the misread runs, however long,
     * are what is left out, as long as the right readings outnumber them. A run that another
     * sequence as long leaves out is left out too: two slices misread as the two before them,
     * after two dropped frames, make a second explanation as good as the true one, and a tie is
     * no evidence; the caller reads those slices again under what each side predicts. Unless
     * every run is in dispute (below).
     */
    private Chain chain(List<int[]> all, double dt, double tol) {
        List<int[]> runs = new ArrayList<>();
        for (int[] run : all) {
            if (confident(run)) {
                runs.add(run);
            }
        }
        int n = runs.size();
        // best[r], ways[r]: the longest sequence ending with run r, and how many reach it;
        // rest[r], waysOn[r]: the same for sequences starting with it.
        double[] best = new double[n];
        long[] ways = new long[n];
        int[] from = new int[n];
        int top = -1;
        for (int r = 0; r < n; r++) {
            best[r] = runs.get(r).length;
            ways[r] = 1;
            from[r] = -1;
            int first = runs.get(r)[0];
            for (int q = r - 1; q >= Math.max(0, r - LOOK_BACK); q--) {
                int[] prev = runs.get(q);
                Step s = step(prev[prev.length - 1], first, dt, tol);
                if (s == Step.BAD) {
                    continue;
                }
                double score = best[q] + runs.get(r).length - (s == Step.NORMAL ? 0 : ODD_STEP);
                if (score > best[r]) {
                    best[r] = score;
                    ways[r] = ways[q];
                    from[r] = q;
                } else if (score == best[r]) {
                    ways[r] = add(ways[r], ways[q]);
                }
            }
            top = top < 0 || best[r] > best[top] ? r : top;
        }
        double[] rest = new double[n];
        long[] waysOn = new long[n];
        for (int r = n - 1; r >= 0; r--) {
            rest[r] = runs.get(r).length;
            waysOn[r] = 1;
            int[] run = runs.get(r);
            for (int q = r + 1; q <= Math.min(n - 1, r + LOOK_BACK); q++) {
                Step s = step(run[run.length - 1], runs.get(q)[0], dt, tol);
                if (s == Step.BAD) {
                    continue;
                }
                double score = rest[q] + run.length - (s == Step.NORMAL ? 0 : ODD_STEP);
                if (score > rest[r]) {
                    rest[r] = score;
                    waysOn[r] = waysOn[q];
                } else if (score == rest[r]) {
                    waysOn[r] = add(waysOn[r], waysOn[q]);
                }
            }
        }
        long longest = 0;
        for (int r = 0; r < n; r++) {
            longest = best[r] == best[top] ? add(longest, ways[r]) : longest;
        }
        List<int[]> chosen = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        for (int r = top; r >= 0; r = from[r]) {
            chosen.add(0, runs.get(r));
            boolean inEvery = best[r] + rest[r] - runs.get(r).length == best[top]
                && Math.min(Long.MAX_VALUE / 4, (double) ways[r] * waysOn[r]) >= longest;
            if (inEvery) {
                out.add(0, runs.get(r));
            }
        }
        // Every run in dispute (a clock whose hour reads two ways, in two runs as long): the
        // interval is the same either way, so the chosen chain stands, and the checks on the
        // whole stack judge it (FirstNumber flags such a stack whole).
        return new Chain(out.isEmpty() ? chosen : out, dt, top < 0 ? 0 : best[top]);
    }

    /**
     * {@code c} with the runs read under the threshold that continue it: each between two of its
     * runs (or beside its first or last), linked to them by steps that are not bad, at least
     * {@value #UNSURE_RUN} readings long, and worth more readings than the odd steps it adds cost.
     * Confidence is what a sequence must start from, since readings the reader cannot read agree
     * by chance; readings that go on at the interval of a confident sequence and link to it did
     * not. (A clock beside a dark cell read as a leading 0 scored 0.67 on its 36 slices before two
     * dropped frames and 0.73 after: the 36 were judged off the sequence by the two frames and
     * flagged, and the stack refused.) The runs that add most are taken first: taken in slice
     * order, a run misread ten on ({@code 62, 63, 64} for {@code 52, 53, 54}) joined through a
     * gap, and the later run read right, which a time going back from 64 to 58 cannot follow,
     * was left out: a false gap and five wrong slices reported as read.
     */
    private Chain withUnsureRuns(Chain c, List<int[]> all, double dt, double tol) {
        if (confidences == null || c.runs.isEmpty()) {
            return c;
        }
        List<int[]> candidates = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int[] u : all) {
            // A confident run was judged by the chain already.
            double gain = u.length < UNSURE_RUN || confident(u) ? Double.NaN : gain(c.runs, u, dt, tol);
            if (gain > 0) {
                candidates.add(u);
                first.add(gain);
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(first.get(b), first.get(a))); // stable: slice order on ties
        List<int[]> runs = new ArrayList<>(c.runs);
        double length = c.length;
        for (int k : order) {
            int[] u = candidates.get(k);
            double gain = gain(runs, u, dt, tol);
            if (gain > 0) {
                runs.add(insertionPoint(runs, u), u);
                length += gain;
            }
        }
        return new Chain(runs, dt, length);
    }

    /** Where run {@code u} goes among {@code runs}, which are in slice order. */
    private static int insertionPoint(List<int[]> runs, int[] u) {
        int at = 0;
        while (at < runs.size() && runs.get(at)[0] < u[0]) {
            at++;
        }
        return at;
    }

    /**
     * The readings run {@code u} adds to the chain {@code runs}, less the odd steps it adds; NaN
     * where a bad step links it.
     */
    private double gain(List<int[]> runs, int[] u, double dt, double tol) {
        int at = insertionPoint(runs, u);
        int[] p = at > 0 ? runs.get(at - 1) : null;
        int[] q = at < runs.size() ? runs.get(at) : null;
        Step before = p == null ? Step.NORMAL : step(p[p.length - 1], u[0], dt, tol);
        Step after = q == null ? Step.NORMAL : step(u[u.length - 1], q[0], dt, tol);
        if (before == Step.BAD || after == Step.BAD) {
            return Double.NaN;
        }
        Step without = p == null || q == null ? Step.NORMAL : step(p[p.length - 1], q[0], dt, tol);
        return u.length - ODD_STEP * (odd(before) + odd(after) - odd(without));
    }

    /** Readings a run under the threshold must hold to join a sequence: two steps at the interval. */
    static final int UNSURE_RUN = 3;

    /** 1 for a gap or a repeat, which the chain pays for; 0 for a normal step (and a bad one, which earns nothing). */
    private static int odd(Step s) {
        return s == Step.GAP || s == Step.REPEAT ? 1 : 0;
    }

    /** Counts of sequences, kept from overflowing. */
    private static long add(long a, long b) {
        return Math.min(Long.MAX_VALUE / 4, a + b);
    }

    /**
     * A run of readings this long, each a normal step from the last, does not agree by chance,
     * however unsure each reading: a sequence may start from it, where the caller allows. (A
     * small downscaled JPEG clock read right but unsurely on 44 slices lost to two sure slices
     * a cell had made read 90 hours on, and every slice was flagged.)
     */
    public static final int LONG_RUN = 8;

    private boolean confident(int[] run) {
        if (confidences == null || run.length >= longRun) {
            return true;
        }
        double[] c = java.util.Arrays.stream(run).mapToDouble(i -> confidences[i]).sorted().toArray();
        return c[c.length / 2] >= threshold;
    }

    private List<int[]> runs(int[] read, double dt, double tol) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= read.length; k++) {
            if (k == read.length || step(read[k - 1], read[k], dt, tol) != Step.NORMAL) {
                runs.add(Arrays.copyOfRange(read, start, k));
                start = k;
            }
        }
        return runs;
    }

    /**
     * The intervals to try, each judged by the longest sequence it explains: the median step
     * ({@link #roughInterval()}), and the step most often read between neighbours (at least
     * {@value #MODE_STEPS} times). They differ where a digit is lost on every other slice
     * ({@code 15 sec} read as {@code 1sec} beside a bright cell): half the steps are then wrong,
     * and the median lands on them.
     */
    private List<Double> roughIntervals(int[] read) {
        List<Double> out = new ArrayList<>();
        double median = roughInterval();
        if (median > 0) {
            out.add(median);
        }
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (int k = 1; k < read.length; k++) {
            if (read[k] == read[k - 1] + 1 && values[read[k]] > values[read[k - 1]]) {
                counts.merge(Math.round((values[read[k]] - values[read[k - 1]]) / resolution), 1, Integer::sum);
            }
        }
        // The most frequent step; the shorter where as frequent.
        counts.entrySet().stream().filter(e -> e.getValue() >= MODE_STEPS)
            .max(java.util.Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
            .map(e -> e.getKey() * resolution)
            .filter(dt -> out.stream().noneMatch(m -> Math.abs(m - dt) <= tolerance(m)))
            .ifPresent(out::add);
        return out;
    }

    /** Times a step must be read between neighbours to be tried as the interval (jumbled text repeats none). */
    static final int MODE_STEPS = 3;

    /**
     * The median step over a lag long enough that the display's rounding hardly matters (a stamp
     * in whole seconds on frames half a second apart), divided by the lag; robust to a few misreads.
     */
    private double roughInterval() {
        int n = values.length;
        double m = Double.NaN;
        for (int h = 1; h < n; h *= 2) {
            List<Double> diffs = new ArrayList<>();
            for (int i = 0; i + h < n; i++) {
                if (!Double.isNaN(values[i]) && !Double.isNaN(values[i + h])) {
                    diffs.add(values[i + h] - values[i]);
                }
            }
            if (diffs.isEmpty()) {
                break;
            }
            double[] d = diffs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            m = d[(d.length - 1) / 2] / h; // the lower median: a gap makes steps longer, never shorter
            // The shortest lag whose steps span two display steps: longer lags cross more gaps.
            if (m * h >= 2 * resolution || 4 * h >= n) {
                break;
            }
        }
        return m;
    }
}
