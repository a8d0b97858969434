package io.github.fijiocr.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Stratified, seeded train/validation/test split: every class is shuffled with the same seed and
 * cut by the same fractions, so each split holds each class in its overall share.
 */
public final class DatasetSplit {
    public enum Part { TRAIN, VALIDATION, TEST }

    private final Part[] parts;

    private DatasetSplit(Part[] parts) {
        this.parts = parts;
    }

    /** The seed tutorial's: {@code test} of all, then {@code validation} of the rest. */
    public static DatasetSplit stratified(int[] labels, double test, double validation, long seed) {
        if (test < 0 || validation < 0 || test >= 1 || validation >= 1) {
            throw new IllegalArgumentException("split fractions must be in [0,1)");
        }
        int classes = 0;
        for (int l : labels) {
            classes = Math.max(classes, l + 1);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        Random random = new Random(seed);
        Part[] parts = new Part[labels.length];
        for (List<Integer> members : byClass) {
            Collections.shuffle(members, random);
            int n = members.size();
            int nTest = (int) Math.round(n * test);
            int nVal = (int) Math.round((n - nTest) * validation);
            for (int k = 0; k < n; k++) {
                parts[members.get(k)] = k < nTest ? Part.TEST : k < nTest + nVal ? Part.VALIDATION : Part.TRAIN;
            }
        }
        return new DatasetSplit(parts);
    }

    public Part part(int sample) {
        return parts[sample];
    }

    /** Sample indices in one part, ascending. */
    public int[] indices(Part part) {
        return java.util.stream.IntStream.range(0, parts.length).filter(i -> parts[i] == part).toArray();
    }
}
