package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.io.CsvTables;
import io.github.fijiocr.progress.Progress;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

/**
 * Shared plumbing of the Fiji OCR commands: a user error becomes one log line and a canceled
 * command (with the message as reason), never a stack trace; progress goes to the status bar;
 * Cancel is honoured between batches, images and slices.
 */
public abstract class OcrCommand extends ContextCommand {
    @Parameter
    protected OcrService ocr;

    @Parameter
    protected LogService log;

    @Parameter
    private org.scijava.app.StatusService status;

    @Override
    public final void run() {
        try {
            execute();
        } catch (OcrException e) {
            log.error(e.getMessage());
            cancel(e.getMessage());
        } finally {
            status.clearStatus();
        }
    }

    /** The command's work; throw {@link OcrException} for anything the user can fix. */
    protected abstract void execute();

    protected Progress progress() {
        return new Progress() {
            @Override
            public void progress(int done, int total, String message) {
                status.showStatus(done, total, message);
            }

            @Override
            public void log(String message) {
                log.info(message);
            }

            @Override
            public boolean isCanceled() {
                return OcrCommand.this.isCanceled();
            }
        };
    }

    /** Writes a table as CSV (folders made, the file replaced atomically), or says which file failed. */
    protected static void saveCsv(ResultsTable table, File output) {
        try {
            CsvTables.write(table, output.toPath());
        } catch (IOException e) {
            throw new OcrException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** Windows, tables and overlays are only shown where there is a screen. */
    protected static boolean hasDisplay() {
        return !GraphicsEnvironment.isHeadless();
    }
}
