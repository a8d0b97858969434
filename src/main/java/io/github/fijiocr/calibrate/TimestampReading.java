package io.github.fijiocr.calibrate;

/** One slice's timestamp as Read Timestamps reports it. */
public final class TimestampReading {
    /** What became of a slice's reading. */
    public enum Status {
        /** Read, and fits its neighbours. */
        READ,
        /** Did not fit; re-read under what its neighbours predict, and the prediction was in the image. */
        CORRECTED,
        /** Did not fit (or nothing was read) and the prediction was not confirmed by the image: check it. */
        FLAGGED,
        /** Read and fits, but frames are missing just before it. */
        GAP,
        /** Read, and its time did not advance: a repeated frame. */
        REPEATED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** 1-based slice (the frame of a hyperstack). */
    public final int slice;
    /** The timestamp: as read, or as re-read for {@link Status#CORRECTED}. */
    public final String text;
    /** Seconds (a count for frame counters); NaN where nothing usable was read. */
    public final double value;
    public final double confidence;
    public final Status status;
    /** The first reading of a corrected slice, else empty. */
    public final String readAs;
    /** Why the status is not "read", in words; empty otherwise. */
    public final String note;

    public TimestampReading(int slice, String text, double value, double confidence, Status status, String readAs,
        String note) {
        this.slice = slice;
        this.text = text;
        this.value = value;
        this.confidence = confidence;
        this.status = status;
        this.readAs = readAs;
        this.note = note;
    }

    /** Every row flagged for {@code why} ({@link #flagged(String)}): a doubt about the whole stack. */
    public static java.util.List<TimestampReading> allFlagged(java.util.List<TimestampReading> rows, String why) {
        java.util.List<TimestampReading> out = new java.util.ArrayList<>();
        rows.forEach(r -> out.add(r.flagged(why)));
        return out;
    }

    /** This reading flagged for {@code why}, after its own note if it has one; text and time as they are. */
    public TimestampReading flagged(String why) {
        return new TimestampReading(slice, text, value, confidence, Status.FLAGGED, readAs,
            note.isEmpty() ? why : note + "; " + why);
    }
}
