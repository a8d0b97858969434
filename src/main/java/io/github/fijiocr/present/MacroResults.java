package io.github.fijiocr.present;

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
     * Stops a running macro after a failed command, as ImageJ's own commands do, so that its next
     * line never runs on a missing result. Only where imagej-legacy runs our commands: without it
     * the macro bridge ({@code io.github.fijiocr.macro.IJ1CommandBridge}) stops the macro itself.
     */
    public static void abortMacro(String command, String message) {
        Interpreter macro = Interpreter.getInstance();
        if (macro != null && legacyPresent()) {
            macro.abort(message);
        }
    }

    private static boolean legacyPresent() {
        try {
            Class.forName("net.imagej.legacy.LegacyService", false, MacroResults.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
