package io.github.fijiocr.dataset;

/** One thing wrong with one file of a dataset, found at import or by the dataset checks. */
public final class DatasetProblem {
    /** Kinds of problem; the lower-case name is what {@code drop=} takes. */
    public enum Kind {
        /** Not an image, damaged, empty, or a class folder with nothing in it; never imported. */
        UNREADABLE,
        /** No ink standing out from the ground. */
        BLANK,
        /** Far wider than tall or the reverse. */
        ASPECT,
        /** A label the chosen model cannot output. */
        ALPHABET,
        /** The same pixels as an earlier sample with the same label. */
        DUPLICATE,
        /** The same pixels as another sample with another label: one of them is mislabelled. */
        CONFLICT,
        /** A validation or test image that is also in the training split. */
        LEAKAGE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String file;
    private final Kind kind;
    private final String detail;
    private final boolean dropped;

    public DatasetProblem(String file, Kind kind, String detail, boolean dropped) {
        this.file = file;
        this.kind = kind;
        this.detail = detail;
        this.dropped = dropped;
    }

    public String file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    /** Left out of training and evaluation (always so for unreadable files). */
    public boolean dropped() {
        return dropped;
    }

    DatasetProblem asDropped() {
        return new DatasetProblem(file, kind, detail, true);
    }

    @Override
    public String toString() {
        return file + ": " + kind.key() + ", " + detail + (dropped ? " (left out)" : "");
    }
}
