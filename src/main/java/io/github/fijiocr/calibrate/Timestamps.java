package io.github.fijiocr.calibrate;

import java.awt.Rectangle;
import java.util.List;

/** What Read Timestamps found in a stack: the rows, the region read, the format and the interval. */
public final class Timestamps {
    public final List<TimestampReading> readings;
    /** Where the timestamp was read on every slice. */
    public final Rectangle region;
    /** The pattern every slice was read with. */
    public final String pattern;
    /** The format's kind (null when nothing was read). */
    public final TimeText.Kind kind;
    /** Seconds (or counts, for counters) per frame; NaN when the sequence gave none. */
    public final double interval;
    /** The most {@link #interval} can be off from the display's rounding ({@link TimeSequence#intervalError}). */
    public final double intervalError;
    /**
     * Why every slice is flagged though the sequence holds: a clock's first number read two ways
     * ({@link FirstNumber}), a counter whose last digit never changes or wanders
     * ({@link LastDigit}), or a single number that leads with a mark read as a digit
     * ({@link LeadingMark}); null when nothing says so.
     */
    public final String doubt;

    public Timestamps(List<TimestampReading> readings, Rectangle region, String pattern, TimeText.Kind kind,
        double interval, double intervalError, String doubt) {
        this.doubt = doubt;
        this.readings = List.copyOf(readings);
        this.region = region;
        this.pattern = pattern;
        this.kind = kind;
        this.interval = interval;
        this.intervalError = intervalError;
    }

    /**
     * Whether the display's rounding leaves the interval more than 0.1% uncertain (a coarse
     * display, a short stack). Never for a counter: it shows counts, which are not rounded.
     */
    public boolean intervalImprecise() {
        return kind != TimeText.Kind.COUNTER && interval > 0 && intervalError / interval > 0.001;
    }

    /**
     * Whether the timestamp's region is under {@value #SMALL_TEXT} pixels high, digits of six or so:
     * text that small can be misread the same way on every slice (a 0 taken for a 1), which a
     * sequence check cannot see. Generated stacks showed it (BENCHMARKS.md, issue 20).
     */
    public boolean smallText() {
        return region != null && region.height < SMALL_TEXT;
    }

    /** Regions lower than this hold text that {@link #smallText} warns about. */
    public static final int SMALL_TEXT = 13;

    /** Whether the interval is a time: not for frame counters, nor when none was found. */
    public boolean hasTimeInterval() {
        return kind != null && kind != TimeText.Kind.COUNTER && interval > 0;
    }

    public long count(TimestampReading.Status status) {
        return readings.stream().filter(r -> r.status == status).count();
    }
}
