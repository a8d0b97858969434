package io.github.fijiocr.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled character images, their classes in display order, their train/validation/test split,
 * and the problems import and the checks found.
 */
public final class CharacterDataset {
    private final List<Sample> samples;
    private final List<String> classes;
    private final List<DatasetProblem> problems;
    private final DatasetSplit split;
    private final Path splitFile;

    public CharacterDataset(List<Sample> samples, List<String> classes, List<DatasetProblem> problems,
        DatasetSplit split, Path splitFile) {
        this.samples = List.copyOf(samples);
        this.classes = List.copyOf(classes);
        this.problems = List.copyOf(problems);
        this.split = split;
        this.splitFile = splitFile;
    }

    /** Samples made in code: classes in order of first appearance, no split yet. */
    public static CharacterDataset of(List<Sample> samples) {
        List<String> classes = new ArrayList<>();
        for (Sample s : samples) {
            if (!classes.contains(s.label())) {
                classes.add(s.label());
            }
        }
        return new CharacterDataset(samples, classes, List.of(), null, null);
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<String> classes() {
        return classes;
    }

    /** Every problem, one per file and kind, in the order found. */
    public List<DatasetProblem> problems() {
        return problems;
    }

    /** The saved or new split; null for a dataset made in code (the trainer then splits it). */
    public DatasetSplit split() {
        return split;
    }

    /** Where the split is kept, or null when it has no place (an unsaved open image). */
    public Path splitFile() {
        return splitFile;
    }

    public int size() {
        return samples.size();
    }

    /** Samples per class, in class order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : classes) {
            counts.put(c, 0);
        }
        for (Sample s : samples) {
            counts.merge(s.label(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Index of each sample's class in {@link #classes()}. */
    public int[] labelIndices() {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        int[] idx = new int[samples.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = index.get(samples.get(i).label());
        }
        return idx;
    }
}
