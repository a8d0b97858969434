package io.github.fijiocr.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Labelled character images, their classes in display order, and what could not be imported. */
public final class CharacterDataset {
    private final List<Sample> samples;
    private final List<String> classes;
    private final List<String> problems;

    public CharacterDataset(List<Sample> samples, List<String> classes, List<String> problems) {
        this.samples = List.copyOf(samples);
        this.classes = List.copyOf(classes);
        this.problems = List.copyOf(problems);
    }

    /** Classes in order of first appearance among the given samples. */
    public static CharacterDataset of(List<Sample> samples) {
        List<String> classes = new ArrayList<>();
        for (Sample s : samples) {
            if (!classes.contains(s.label())) {
                classes.add(s.label());
            }
        }
        return new CharacterDataset(samples, classes, List.of());
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<String> classes() {
        return classes;
    }

    /** One line per file that was skipped, naming the file and why. */
    public List<String> problems() {
        return problems;
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
        int[] idx = new int[samples.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = classes.indexOf(samples.get(i).label());
        }
        return idx;
    }
}
