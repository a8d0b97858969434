package io.github.fijiocr.progress;

/**
 * How long work reports progress and learns it should stop, with no UI in it. Commands adapt it
 * to SciJava's StatusService and their own cancel flag.
 */
public interface Progress {
    /** Does nothing and never cancels. */
    Progress NONE = new Progress() {
    };

    default void progress(int done, int total, String message) {
    }

    /** A line worth keeping in the log (an epoch summary, a skipped file). */
    default void log(String message) {
    }

    /** Checked between batches, images and slices. */
    default boolean isCanceled() {
        return false;
    }
}
