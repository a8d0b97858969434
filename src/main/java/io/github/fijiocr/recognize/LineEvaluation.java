package io.github.fijiocr.recognize;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whole-line evaluation on a line or word dataset (one image per line, its text the label): the
 * share of lines read exactly, and the character accuracy, 1 - edits / characters (Levenshtein),
 * the measure Tesseract and HALCON report.
 */
public final class LineEvaluation {
    /** One line: its true text, what was read, and the edits between them. */
    public static final class Row {
        public final String image;
        public final String truth;
        public final String text;
        public final int edits;
        public final double confidence;

        Row(String image, String truth, String text, int edits, double confidence) {
            this.image = image;
            this.truth = truth;
            this.text = text;
            this.edits = edits;
            this.confidence = confidence;
        }

        public boolean exact() {
            return edits == 0;
        }
    }

    private final List<Row> rows;

    private LineEvaluation(List<Row> rows) {
        this.rows = rows;
    }

    /** Scores lines already read; one row per line image. */
    public static LineEvaluation of(List<Row> rows) {
        return new LineEvaluation(List.copyOf(rows));
    }

    /** One line image's row: the lines read in it are joined by a space. */
    public static Row row(String image, String truth, List<LineReading> read, boolean ignoreSpaces) {
        String text = read.stream().map(r -> r.text).collect(Collectors.joining(" "));
        double confidence = read.stream().flatMap(r -> r.characters.stream()).mapToDouble(c -> c.confidence)
            .average().orElse(0);
        return new Row(image, truth, text, edits(normal(truth, ignoreSpaces), normal(text, ignoreSpaces)),
            confidence);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Lines read exactly, over all lines. */
    public double lineAccuracy() {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(Row::exact).count() / rows.size();
    }

    /** 1 - edits / true characters, at least 0. */
    public double characterAccuracy(boolean ignoreSpaces) {
        long chars = rows.stream().mapToLong(r -> normal(r.truth, ignoreSpaces).codePointCount(0,
            normal(r.truth, ignoreSpaces).length())).sum();
        long edits = rows.stream().mapToLong(r -> r.edits).sum();
        return chars == 0 ? 0 : Math.max(0, 1 - (double) edits / chars);
    }

    /** One line for the log: lines read exactly and character accuracy. */
    public String summary(boolean ignoreSpaces) {
        return String.format("%d of %d lines read exactly (%.1f%%), character accuracy %.1f%%",
            rows.stream().filter(Row::exact).count(), rows.size(), 100 * lineAccuracy(),
            100 * characterAccuracy(ignoreSpaces));
    }

    /** Runs of white space count as one space; or as none when spaces are ignored. */
    static String normal(String s, boolean ignoreSpaces) {
        return s.trim().replaceAll("\\s+", ignoreSpaces ? "" : " ");
    }

    /** Levenshtein distance over code points. */
    public static int edits(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
