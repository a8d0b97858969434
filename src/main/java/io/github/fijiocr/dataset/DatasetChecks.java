package io.github.fijiocr.dataset;

import io.github.fijiocr.dataset.DatasetProblem.Kind;
import io.github.fijiocr.dataset.DatasetSplit.Part;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * HALCON's find_invalid_samples for Fiji: blank images, extreme aspect ratios, labels a model
 * cannot output, exact duplicates, one image under two labels, and test or validation images that
 * are also training images. Works on the facts measured at import; reads no pixels.
 */
public final class DatasetChecks {
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final Set<Integer> dropped = new TreeSet<>();
    private final DatasetOptions options;

    private DatasetChecks(DatasetOptions options) {
        this.options = options;
    }

    /** The problems of {@code samples} under {@code split}, and which samples the options drop. */
    public static DatasetChecks run(List<Sample> samples, DatasetSplit split, DatasetOptions options) {
        DatasetChecks checks = new DatasetChecks(options);
        checks.single(samples);
        checks.duplicates(samples, split);
        return checks;
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    /** Indices of the samples to leave out, ascending. */
    public int[] dropped() {
        return dropped.stream().mapToInt(Integer::intValue).toArray();
    }

    private void single(List<Sample> samples) {
        Set<String> alphabet = options.alphabet == null ? null : new HashSet<>(options.alphabet);
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            SampleFacts f = s.facts();
            int minInk = Math.max(2, f.width() * f.height() / 2000);
            if (f.contrast() < options.minContrast || f.inkPixels() < minInk) {
                report(i, s, Kind.BLANK, String.format("no ink stands out (contrast %.0f of 255, %d ink pixels)",
                    f.contrast(), f.inkPixels()));
            }
            if (f.aspect() > options.maxAspect) {
                report(i, s, Kind.ASPECT, String.format("%dx%d pixels, %.1f times longer than wide",
                    f.width(), f.height(), f.aspect()));
            }
            if (alphabet != null && !alphabet.contains(s.label())) {
                report(i, s, Kind.ALPHABET, "label '" + s.label() + "' is not one the model can read");
            }
        }
    }

    private void duplicates(List<Sample> samples, DatasetSplit split) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            SampleFacts f = samples.get(i).facts();
            String id = f.hash() + ":" + f.width() + "x" + f.height() + ":" + f.bitDepth();
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Sample first = samples.get(group.get(0));
            boolean conflict = group.stream().anyMatch(i -> !samples.get(i).label().equals(first.label()));
            Integer inTrain = group.stream().filter(i -> split.part(i) == Part.TRAIN).findFirst().orElse(null);
            for (int k = 0; k < group.size(); k++) {
                int i = group.get(k);
                Sample s = samples.get(i);
                if (conflict) {
                    Sample other = group.stream().map(samples::get).filter(o -> !o.label().equals(s.label()))
                        .findFirst().orElseThrow();
                    report(i, s, Kind.CONFLICT, "the same image is labelled '" + s.label() + "' here and '"
                        + other.label() + "' in " + other.key());
                } else if (k > 0) {
                    report(i, s, Kind.DUPLICATE, "same pixels as " + first.key());
                }
                Part part = split.part(i);
                if (inTrain != null && (part == Part.TEST || part == Part.VALIDATION)) {
                    report(i, s, Kind.LEAKAGE, "in the " + part.key() + " split, but the same image "
                        + samples.get(inTrain).key() + " is in the training split");
                }
            }
        }
    }

    private void report(int index, Sample s, Kind kind, String detail) {
        boolean drop = options.drop.contains(kind);
        problems.add(new DatasetProblem(s.source(), kind, detail, drop));
        if (drop) {
            dropped.add(index);
        }
    }
}
