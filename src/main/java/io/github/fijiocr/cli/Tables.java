package io.github.fijiocr.cli;

import ij.measure.ResultsTable;
import io.github.fijiocr.io.CsvTables;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Writes results to standard output. A table is CSV. When a command (or script) can give more
 * than one result, each is preceded by a line {@code # <title>} (the output's label, e.g.
 * {@code # OCR Confusion Matrix}), so the tables can be told apart; a command with one table
 * prints it alone, a plain CSV. A table without columns prints nothing under its title.
 */
final class Tables {
    private Tables() {
    }

    /** Prints {@code results} (title to value, in order); titled when {@code titled}. */
    static void print(Map<String, Object> results, boolean titled, PrintStream out) {
        for (Map.Entry<String, Object> e : results.entrySet()) {
            if (titled) {
                out.println("# " + e.getKey());
            }
            Object v = e.getValue();
            if (v instanceof ResultsTable) {
                ResultsTable rt = (ResultsTable) v;
                if (rt.getHeadings().length > 0) {
                    out.print(CsvTables.toCsv(rt));
                }
            } else if (v != null) {
                String s = String.valueOf(v);
                out.print(s.endsWith("\n") ? s : s + "\n");
            }
        }
        out.flush();
    }

    static boolean anyTable(List<?> values) {
        return values.stream().anyMatch(v -> v instanceof ResultsTable);
    }
}
