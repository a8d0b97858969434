package io.github.fijiocr.dataset;

import io.github.fijiocr.common.OcrException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How to import, split and check a character dataset; the defaults are the seed tutorial's split. */
public final class DatasetOptions {
    public double testFraction = 0.2;
    /** Of what the test split leaves. */
    public double validationFraction = 0.2;
    public long seed = 42;
    /** Where the split is kept; null: beside the dataset (see {@link SplitFile#defaultFor}). */
    public Path splitFile;
    /** Write a new or changed split to the split file (the commands do; plain imports do not). */
    public boolean saveSplit = true;
    /** Ignore a saved split and split again. */
    public boolean resplit;
    /** Images whose longer side exceeds this many times the shorter are reported. */
    public double maxAspect = 4;
    /** Images whose ink differs from the ground by less than this (0..255) are blank. */
    public double minContrast = 20;
    /** Labels a model can output; null skips that check. */
    public List<String> alphabet;
    /** Kinds of problem whose samples are left out of every split. */
    public Set<DatasetProblem.Kind> drop = EnumSet.noneOf(DatasetProblem.Kind.class);

    /**
     * For reading a dataset without training on it (line and word datasets, previews): wide
     * images are normal there, and no split is saved.
     */
    public static DatasetOptions readOnly() {
        DatasetOptions o = new DatasetOptions();
        o.maxAspect = Double.POSITIVE_INFINITY;
        o.saveSplit = false;
        o.splitFile = null;
        return o;
    }

    /** {@code drop=} as the commands take it: "none", "all", or kinds such as "blank duplicate leakage". */
    public static Set<DatasetProblem.Kind> parseDrop(String text) {
        Set<DatasetProblem.Kind> kinds = EnumSet.noneOf(DatasetProblem.Kind.class);
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return kinds;
        }
        if (text.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(DatasetProblem.Kind.class);
        }
        for (String word : text.trim().toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            DatasetProblem.Kind kind = Arrays.stream(DatasetProblem.Kind.values())
                .filter(k -> k.key().equals(word) || (k.key() + "s").equals(word)).findFirst()
                .orElseThrow(() -> new OcrException("drop=" + text + ": '" + word + "' is not a kind of problem. "
                    + "Use none, all, or some of: " + Arrays.stream(DatasetProblem.Kind.values())
                    .map(DatasetProblem.Kind::key).collect(Collectors.joining(", ")) + "."));
            kinds.add(kind);
        }
        return kinds;
    }
}
