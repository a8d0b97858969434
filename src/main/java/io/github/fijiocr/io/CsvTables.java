package io.github.fijiocr.io;

import ij.measure.ResultsTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** ResultsTable to RFC 4180 CSV, written atomically (a crash never leaves half a file). */
public final class CsvTables {
    private CsvTables() {
    }

    /** The first line of the table's CSV: its column names. */
    public static String header(ResultsTable rt) {
        StringBuilder sb = new StringBuilder();
        String[] headings = rt.getHeadings();
        for (int c = 0; c < headings.length; c++) {
            sb.append(c > 0 ? "," : "").append(LabelsCsv.quote(headings[c]));
        }
        return sb.toString();
    }

    public static String toCsv(ResultsTable rt) {
        StringBuilder sb = new StringBuilder(header(rt)).append('\n');
        String[] headings = rt.getHeadings();
        for (int r = 0; r < rt.size(); r++) {
            for (int c = 0; c < headings.length; c++) {
                sb.append(c > 0 ? "," : "").append(LabelsCsv.quote(rt.getStringValue(headings[c], r)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void write(ResultsTable rt, Path file) throws IOException {
        byte[] csv = toCsv(rt).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(csv));
    }
}
