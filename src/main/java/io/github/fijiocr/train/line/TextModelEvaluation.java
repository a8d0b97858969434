package io.github.fijiocr.train.line;

import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.LineEvaluation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line model scored on labelled lines (HALCON's evaluation of a recogniser): exact lines,
 * character error rate, the most frequent substitutions, and the read and error rates as the
 * rejection threshold rises.
 */
public final class TextModelEvaluation {
    /** A character read as another, and how often. */
    public static final class Substitution {
        public final String truth;
        public final String read;
        public final int count;

        Substitution(String truth, String read, int count) {
            this.truth = truth;
            this.read = read;
            this.count = count;
        }
    }

    /** At a threshold: the share of lines kept, and of those kept the share read wrong. */
    public static final class Point {
        public final double threshold;
        public final double readRate;
        public final double errorRate;

        Point(double threshold, double readRate, double errorRate) {
            this.threshold = threshold;
            this.readRate = readRate;
            this.errorRate = errorRate;
        }
    }

    public final List<LineReads.Read> reads;
    public final double exact;
    public final double characterErrorRate;

    private TextModelEvaluation(List<LineReads.Read> reads) {
        this.reads = List.copyOf(reads);
        long edits = 0;
        long chars = 0;
        int right = 0;
        for (LineReads.Read r : reads) {
            right += r.exact() ? 1 : 0;
            edits += LineEvaluation.edits(r.text, r.line.text);
            chars += r.line.text.length();
        }
        this.exact = reads.isEmpty() ? Double.NaN : (double) right / reads.size();
        this.characterErrorRate = chars == 0 ? Double.NaN : (double) edits / chars;
    }

    /** {@code model} reads {@code lines}; with {@code allowed}, only those characters (null: all it knows). */
    public static TextModelEvaluation of(OcrModel model, List<LineDataset.Line> lines, List<String> allowed) {
        return new TextModelEvaluation(LineReads.read(model.network(), model.alphabet(), lines, allowed));
    }

    /** The {@code max} most frequent substitutions, from each line's edit alignment with its label. */
    public List<Substitution> substitutions(int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (LineReads.Read r : reads) {
            for (String[] pair : substituted(r.line.text, r.text)) {
                counts.merge(pair[0] + "\u0000" + pair[1], 1, Integer::sum);
            }
        }
        List<Substitution> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] p = k.split("\u0000", -1);
            out.add(new Substitution(p[0], p[1], n));
        });
        out.sort((a, b) -> a.count != b.count ? b.count - a.count : (a.truth + a.read).compareTo(b.truth + b.read));
        return out.subList(0, Math.min(max, out.size()));
    }

    /** Read and error rates at thresholds 0, 0.05, ..., 0.95 on each line's confidence. */
    public List<Point> thresholds() {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double t = i * 0.05;
            int kept = 0;
            int wrong = 0;
            for (LineReads.Read r : reads) {
                if (r.confidence >= t) {
                    kept++;
                    wrong += r.exact() ? 0 : 1;
                }
            }
            out.add(new Point(t, reads.isEmpty() ? 0 : (double) kept / reads.size(),
                kept == 0 ? 0 : (double) wrong / kept));
        }
        return out;
    }

    /** The (truth, read) character pairs a minimal edit alignment substitutes. */
    static List<String[]> substituted(String truth, String read) {
        int[] a = truth.codePoints().toArray();
        int[] b = read.codePoints().toArray();
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                    d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        List<String[]> out = new ArrayList<>();
        int i = a.length;
        int j = b.length;
        while (i > 0 && j > 0) {
            if (d[i][j] == d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) {
                if (a[i - 1] != b[j - 1]) {
                    out.add(new String[] {new String(Character.toChars(a[i - 1])), new String(Character.toChars(
                        b[j - 1]))});
                }
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }
}
