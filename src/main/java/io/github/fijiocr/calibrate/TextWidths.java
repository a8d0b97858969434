package io.github.fijiocr.calibrate;

import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Where a timestamp's text lies in its region, learnt from the slices read right, by number of
 * characters. The region is wide enough for the longest reading and a margin, so on other slices a
 * cell drifting into that room can read as one more digit ({@code 456 min} for {@code 56 min});
 * read again between these columns, the slice shows only its own text.
 */
final class TextWidths {
    /** Trusted slices of one length needed before their columns are believed. */
    static final int MIN_SLICES = 2;
    /** Room kept beyond the text's outer character boxes, in character pitches. */
    static final double PAD = 0.15;

    /** Characters (spaces not counted) to sorted left and right edges of the trusted readings. */
    private final Map<Integer, double[][]> byLength = new HashMap<>();

    /** From {@code lines} (crop coordinates), the readings at the indices {@code trusted} accepts. */
    TextWidths(List<Recognizer.ReadLine> lines, IntPredicate trusted) {
        Map<Integer, List<double[]>> edges = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Recognizer.ReadLine line = lines.get(i);
            if (line == null || line.characters.isEmpty() || !trusted.test(i)
                || line.characters.stream().anyMatch(c -> c.rejected)) {
                continue;
            }
            CharacterReading first = line.characters.get(0);
            CharacterReading last = line.characters.get(line.characters.size() - 1);
            edges.computeIfAbsent(line.characters.size(), k -> new ArrayList<>())
                .add(new double[] {first.box.x, last.box.x + last.box.width});
        }
        edges.forEach((n, list) -> {
            if (list.size() >= MIN_SLICES) {
                double[] left = list.stream().mapToDouble(e -> e[0]).sorted().toArray();
                double[] right = list.stream().mapToDouble(e -> e[1]).sorted().toArray();
                byLength.put(n, new double[][] {left, right});
            }
        });
    }

    /**
     * The columns {@code [from, to)} of a crop {@code width} wide where a text of {@code text}'s
     * length lies (the median edges of the trusted readings of that length, a little room added),
     * or null when too few such readings were trusted or the columns would not narrow the crop.
     */
    int[] columns(String text, int width) {
        int n = (int) text.codePoints().filter(c -> c != ' ').count();
        double[][] e = byLength.get(n);
        if (e == null || n == 0) {
            return null;
        }
        double left = median(e[0]);
        double right = median(e[1]);
        double pad = PAD * (right - left) / n;
        int from = Math.max(0, (int) Math.floor(left - pad));
        int to = Math.min(width, (int) Math.ceil(right + pad));
        return to - from < 2 || (from == 0 && to == width) ? null : new int[] {from, to};
    }

    private static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
