package io.github.fijiocr.train;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Chooses, for fine-tuning, between the base model's preprocessing and the whole image (the seed
 * tutorial's): a short run with each, the better validation score wins, a tie keeps the base
 * model's. Which is better depends on the images: the ink box frames a character cut by text
 * location, but on cells cropped from photos it often takes a counter's frame or a shadow for
 * ink, where the whole image does not (BENCHMARKS.md, fine-tuning on meter digits). The test
 * split is never looked at.
 */
final class PreprocessingTrial {
    /** A fifth of the run, at least five epochs, per candidate. */
    static int trialEpochs(int epochs) {
        return Math.min(epochs, Math.max(5, epochs / 5));
    }

    private PreprocessingTrial() {
    }

    static Preprocessing choose(CharacterDataset data, int[] labels, DatasetSplit split, TrainingOptions options,
        Progress progress) {
        Preprocessing base = options.baseModel.metadata().preprocessing();
        Preprocessing whole = Preprocessing.seed();
        if (base.equals(whole) || base.size() != whole.size() || split.indices(DatasetSplit.Part.VALIDATION).length == 0) {
            return base;
        }
        int epochs = trialEpochs(options.epochs);
        double baseScore = score(data, labels, split, options, base, epochs, progress);
        double wholeScore = progress.isCanceled() ? 0 : score(data, labels, split, options, whole, epochs, progress);
        Preprocessing chosen = wholeScore > baseScore ? whole : base;
        progress.log(String.format("preprocessing=auto: after %d epochs each, the base model's preprocessing read %.4f"
            + " of the validation images, the whole image %.4f; training with %s.", epochs, baseScore, wholeScore,
            chosen == whole ? "the whole image (seed)" : "the base model's"));
        return chosen;
    }

    /** The best validation accuracy of a short run with {@code pre}; nothing is written. */
    private static double score(CharacterDataset data, int[] labels, DatasetSplit split, TrainingOptions options,
        Preprocessing pre, int epochs, Progress progress) {
        TrainingOptions trial = options.copy();
        trial.preprocessing = pre;
        trial.epochs = epochs;
        trial.patience = 0;
        trial.output = null;
        trial.resume = false;
        trial.listener = TrainingListener.NONE;
        Preprocessor preprocessor = new Preprocessor(pre);
        List<float[]> inputs = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            DatasetSplit.Part part = split.part(i);
            boolean used = part == DatasetSplit.Part.TRAIN || part == DatasetSplit.Part.VALIDATION;
            inputs.add(used ? preprocessor.wholeImage(data.samples().get(i).image()) : null);
        }
        // The trial's own test split is empty: its score is validation only.
        DatasetSplit noTest = split.excluding(split.indices(DatasetSplit.Part.TEST));
        Progress quiet = Progress.of((done, total, message) -> progress.progress(done, total,
            "Trying preprocessing " + (pre.crop() == Preprocessing.Crop.NONE ? "whole image" : "ink box") + ": "
                + message), line -> { }, progress::isCanceled);
        TrainingResult r = new TrainingRun(inputs, inputs, labels, data.classes(), noTest, trial, quiet,
            new LinkedHashMap<>()).run();
        return r.history.stream().mapToDouble(e -> e.validationAccuracy).max().orElse(0);
    }
}
