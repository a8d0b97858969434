package io.github.fijiocr.evaluate;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Which samples of a dataset an evaluation uses, and a sentence saying so for the log: the test
 * part of the split saved beside the dataset (the images training never saw), or every image
 * that is not excluded.
 */
public final class EvaluationSamples {
    private final int[] indices;
    private final boolean testSplit;
    private final String description;

    private EvaluationSamples(int[] indices, boolean testSplit, String description) {
        this.indices = indices;
        this.testSplit = testSplit;
        this.description = description;
    }

    /**
     * {@code testSplitOnly}: the saved split's test part when a split file exists, else everything
     * (and the description says so).
     */
    public static EvaluationSamples of(CharacterDataset data, boolean testSplitOnly) {
        DatasetSplit split = data.split();
        Path file = data.splitFile();
        boolean saved = split != null && file != null && Files.isRegularFile(file);
        if (testSplitOnly && saved) {
            int[] test = split.indices(DatasetSplit.Part.TEST);
            if (test.length == 0) {
                throw new OcrException("The split saved in " + file + " has no test images. Set split=all to "
                    + "evaluate every image, or import the dataset again with resplit and a test fraction above 0.");
            }
            return new EvaluationSamples(test, true, "the " + test.length + " test images of the split saved in "
                + file);
        }
        int[] all = IntStream.range(0, data.size())
            .filter(i -> split == null || split.part(i) != DatasetSplit.Part.EXCLUDED).toArray();
        int excluded = data.size() - all.length;
        String what = "all " + all.length + " images" + (excluded > 0 ? " (" + excluded + " excluded by the saved "
            + "split left out)" : "");
        if (testSplitOnly) {
            what += "; split=test found no split saved" + (file != null ? " in " + file : "")
                + ", so the model may have been trained on some of them";
        }
        return new EvaluationSamples(all, false, what);
    }

    /** Indices into the dataset's samples, ascending. */
    public int[] indices() {
        return indices.clone();
    }

    /** True when these are the saved split's test images. */
    public boolean testSplit() {
        return testSplit;
    }

    /** For the log: which images, and why. */
    public String description() {
        return description;
    }
}
