package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.gui.PlotWindow;
import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.CsvTables;
import io.github.fijiocr.io.Outputs;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.io.File;
import java.io.IOException;

/**
 * How a command's results reach the user, in one place: the main table saved as CSV when asked,
 * appended to the Results table a running macro reads, and shown where there is a screen; other
 * tables, plots and images shown, on screen. Never resets what the user already has.
 */
public final class Publisher {
    private boolean overwrite;

    /** Whether an existing CSV holding another table may be replaced (the command's overwrite key). */
    public void allowOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }

    /**
     * The main result: saved to {@code output} (none when null), its rows added to a running
     * macro's Results, and shown under {@code title} where there is a screen.
     */
    public void table(ResultsTable table, String title, File output) {
        if (output != null) {
            save(table, "output", output);
        }
        MacroResults.appendIfMacro(table);
        show(table, title);
    }

    /** A further table, shown where there is a screen. */
    public void show(ResultsTable table, String title) {
        if (hasDisplay() && table != null) {
            table.show(title);
        }
    }

    /** An image, shown where there is a screen. */
    public void show(ImagePlus image) {
        if (hasDisplay() && image != null) {
            image.show();
            onScreen(image.getWindow());
        }
    }

    /** A plot in its window (redrawn in place when {@code window} is open), kept on screen. */
    public PlotWindow show(Plot plot, PlotWindow window) {
        if (!hasDisplay()) {
            return null;
        }
        if (window != null && !window.isClosed()) {
            window.drawPlot(plot);
            return window;
        }
        PlotWindow shown = plot.show();
        onScreen(shown);
        return shown;
    }

    /**
     * Writes a table as CSV (folders made, the file replaced atomically), or says which file
     * failed; an existing CSV of another table is kept unless overwrite is allowed.
     */
    public void save(ResultsTable table, String key, File output) {
        Outputs.checkTable(key, output.toPath(), CsvTables.header(table), overwrite);
        try {
            CsvTables.write(table, output.toPath());
        } catch (IOException e) {
            throw new OcrException("Cannot write " + output + ": " + e.getMessage() + ". Choose a file you can write.",
                e);
        }
    }

    /**
     * Whether a run may open windows of its own (progress, live plots): a screen, and no
     * batch-mode macro, which asks for none.
     */
    public static boolean interactive() {
        return hasDisplay() && !ij.macro.Interpreter.isBatchMode();
    }

    /** Windows, tables and overlays are only shown where there is a screen. */
    public static boolean hasDisplay() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Moves a window that would open (partly) off the screen back onto it. */
    public static void onScreen(Window w) {
        if (w == null) {
            return;
        }
        Rectangle screen = w.getGraphicsConfiguration().getBounds();
        Rectangle r = w.getBounds();
        int x = Math.max(screen.x, Math.min(r.x, screen.x + screen.width - r.width));
        int y = Math.max(screen.y, Math.min(r.y, screen.y + screen.height - r.height));
        if (x != r.x || y != r.y) {
            w.setLocation(x, y);
        }
    }
}
