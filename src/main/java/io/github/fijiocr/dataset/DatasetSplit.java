package io.github.fijiocr.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Which part of a dataset each sample belongs to. Stratified and seeded: every class is shuffled
 * with the same seed and cut by the same fractions, so each part holds each class in its share of
 * the whole, within one sample. Samples the dataset checks dropped are {@link Part#EXCLUDED}.
 */
public final class DatasetSplit {
    public enum Part {
        TRAIN, VALIDATION, TEST, EXCLUDED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Part fromKey(String key) {
            for (Part p : values()) {
                if (p.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            return null;
        }
    }

    private final Part[] parts;

    private DatasetSplit(Part[] parts) {
        this.parts = parts;
    }

    /** The seed tutorial's: {@code test} of all, then {@code validation} of the rest. */
    public static DatasetSplit stratified(int[] labels, double test, double validation, long seed) {
        return completed(new Part[labels.length], labels, test, validation, seed);
    }

    /**
     * Keeps the parts already known (a saved split) and splits the samples without one, class by
     * class, among themselves: images added to a dataset never move its old test images.
     */
    public static DatasetSplit completed(Part[] known, int[] labels, double test, double validation, long seed) {
        if (test < 0 || validation < 0 || test >= 1 || validation >= 1) {
            throw new IllegalArgumentException("split fractions must be in [0,1), not test " + test
                + " and validation " + validation);
        }
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (known[i] == null) {
                byClass.get(labels[i]).add(i);
            }
        }
        int[] sizes = byClass.stream().mapToInt(List::size).toArray();
        int total = Arrays.stream(sizes).sum();
        int nTest = (int) Math.round(total * test);
        int nVal = (int) Math.round((total - nTest) * validation);
        int[][] share = allocate(sizes, new int[] {total - nTest - nVal, nVal, nTest});
        int[] tests = new int[sizes.length];
        int[] vals = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            tests[c] = share[c][2];
            vals[c] = share[c][1];
        }
        Random random = new Random(seed);
        Part[] parts = known.clone();
        for (int c = 0; c < sizes.length; c++) {
            List<Integer> members = byClass.get(c);
            Collections.shuffle(members, random);
            for (int k = 0; k < members.size(); k++) {
                parts[members.get(k)] = k < tests[c] ? Part.TEST : k < tests[c] + vals[c] ? Part.VALIDATION : Part.TRAIN;
            }
        }
        return new DatasetSplit(parts);
    }

    /**
     * Shares each class out over the parts in proportion: {@code counts[c][p]} is class c's exact
     * share of part p ({@code sizes[c] * parts[p] / total}) rounded down or up, rows summing to the
     * class sizes and columns to the part sizes. Rounding each part on its own would leave the last
     * part up to two samples off; this is controlled rounding, the leftover units given class by
     * class (most left over first) to the parts with the most seats still open (Ryser's greedy
     * construction, which always succeeds here since the fractional shares are a solution).
     */
    static int[][] allocate(int[] sizes, int[] parts) {
        long total = Arrays.stream(sizes).asLongStream().sum();
        int[][] out = new int[sizes.length][parts.length];
        if (total == 0) {
            return out;
        }
        double[][] frac = new double[sizes.length][parts.length];
        int[] rowLeft = new int[sizes.length];
        int[] colLeft = parts.clone();
        for (int c = 0; c < sizes.length; c++) {
            rowLeft[c] = sizes[c];
            for (int p = 0; p < parts.length; p++) {
                double quota = (double) sizes[c] * parts[p] / total;
                out[c][p] = (int) Math.floor(quota);
                frac[c][p] = quota - out[c][p];
                rowLeft[c] -= out[c][p];
                colLeft[p] -= out[c][p];
            }
        }
        Integer[] rows = new Integer[sizes.length];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = c;
        }
        Arrays.sort(rows, (a, b) -> Integer.compare(rowLeft[b], rowLeft[a]));
        for (int c : rows) {
            for (int k = 0; k < rowLeft[c]; k++) {
                int best = -1;
                for (int p = 0; p < parts.length; p++) {
                    if (colLeft[p] > 0 && frac[c][p] >= 0 && (best < 0 || colLeft[p] > colLeft[best]
                        || (colLeft[p] == colLeft[best] && frac[c][p] > frac[c][best]))) {
                        best = p;
                    }
                }
                out[c][best]++;
                colLeft[best]--;
                frac[c][best] = -1; // one extra unit per cell at most
            }
        }
        return out;
    }

    /** The same split with the given samples left out. */
    public DatasetSplit excluding(int[] samples) {
        Part[] out = parts.clone();
        for (int i : samples) {
            out[i] = Part.EXCLUDED;
        }
        return new DatasetSplit(out);
    }

    public int size() {
        return parts.length;
    }

    public Part part(int sample) {
        return parts[sample];
    }

    /** Sample indices in one part, ascending. */
    public int[] indices(Part part) {
        return IntStream.range(0, parts.length).filter(i -> parts[i] == part).toArray();
    }

    /** counts[class][part.ordinal()]. */
    public int[][] counts(int[] labels, int classes) {
        int[][] counts = new int[classes][Part.values().length];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]][parts[i].ordinal()]++;
        }
        return counts;
    }
}
