package io.github.fijiocr.present;

import ij.Macro;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;

/**
 * Macros read tables through the system Results table (nResults, getResultString): a table under
 * its own title is invisible to them in headless Fiji. When a macro runs a command, its rows are
 * appended there; the user's existing rows stay.
 */
public final class MacroResults {
    private MacroResults() {
    }

    /** True while an ImageJ macro is running. */
    public static boolean macroRunning() {
        return Interpreter.getInstance() != null;
    }

    public static void appendIfMacro(ResultsTable table) {
        if (!macroRunning()) {
            return;
        }
        ResultsTable results = ResultsTable.getResultsTable();
        String[] headings = table.getHeadings();
        for (int r = 0; r < table.size(); r++) {
            results.incrementCounter();
            for (String h : headings) {
                double v = table.getValue(h, r);
                String s = table.getStringValue(h, r);
                if (Double.isNaN(v) && !"NaN".equals(s)) {
                    results.addValue(h, s);
                } else {
                    results.addValue(h, v);
                }
            }
        }
        if (!GraphicsEnvironment.isHeadless()) {
            results.show("Results");
        }
    }

    /**
     * Stops the ImageJ macro that ran a failed command, as ImageJ's own commands do (IJ.error), so
     * that its next line never runs on a missing result. In Fiji the command runs on a SciJava
     * thread while the macro thread waits in imagej-legacy, so {@link Macro#abort()} alone cannot
     * stop it (it throws only on a thread named "...Macro$"); {@link Interpreter#abort(String)}
     * ends the interpreter and throws ImageJ's "Macro canceled" here, which is swallowed.
     * {@link Macro#abort()} is still set for Java and script callers of IJ.run.
     */
    public static void abortMacro(String message) {
        Interpreter macro = Interpreter.getInstance();
        if (macro == null) {
            if (ij.IJ.isMacro()) {
                Macro.abort();
            }
            return;
        }
        try {
            macro.abort(message);
        } catch (RuntimeException e) {
            if (!Macro.MACRO_CANCELED.equals(e.getMessage())) {
                throw e;
            }
        }
        Macro.abort();
    }
}
