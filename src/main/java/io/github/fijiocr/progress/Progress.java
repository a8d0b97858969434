package io.github.fijiocr.progress;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How long work reports progress and learns it should stop, with no UI in it. Commands adapt it
 * to SciJava's StatusService and their own cancel flag.
 */
public interface Progress {
    /** Does nothing and never cancels. */
    Progress NONE = new Progress() {
    };

    /** Where a progress report goes: items done of total, and what is being done. */
    interface Reporter {
        void progress(int done, int total, String message);
    }

    default void progress(int done, int total, String message) {
    }

    /** A line worth keeping in the log (an epoch summary, a skipped file). */
    default void log(String message) {
    }

    /** An input that could not be read and was left out (already logged): a job with one did not read everything. */
    default void skipped(String line) {
    }

    /** Checked between batches, images and slices. */
    default boolean isCanceled() {
        return false;
    }

    /** A progress made of its three parts. */
    static Progress of(Reporter reporter, Consumer<String> log, BooleanSupplier canceled) {
        return of(reporter, log, line -> { }, canceled);
    }

    /** A progress made of its four parts. */
    static Progress of(Reporter reporter, Consumer<String> log, Consumer<String> skipped, BooleanSupplier canceled) {
        return new Progress() {
            @Override
            public void progress(int done, int total, String message) {
                reporter.progress(done, total, message);
            }

            @Override
            public void log(String message) {
                log.accept(message);
            }

            @Override
            public void skipped(String line) {
                skipped.accept(line);
            }

            @Override
            public boolean isCanceled() {
                return canceled.getAsBoolean();
            }
        };
    }
}
