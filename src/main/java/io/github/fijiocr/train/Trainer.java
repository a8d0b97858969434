package io.github.fijiocr.train;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a character model: preprocess, split (the dataset's, or stratified and seeded), then
 * {@link TrainingRun}: fit with on-the-fly augmentation, keep the epoch with the best validation
 * score, and score it on the test split. Runs in the calling thread; checks for cancellation
 * between batches.
 */
public final class Trainer {
    /** Training accuracy per epoch is measured on at most this many training images. */
    public static final int TRAIN_ACCURACY_SAMPLES = 1000;

    public TrainingResult train(CharacterDataset data, TrainingOptions asked, Progress progress) {
        if (data.classes().size() < 2) {
            throw new OcrException("Training needs at least two classes; the dataset has "
                + data.classes() + ". Add a folder of images for each character to recognise.");
        }
        int[] labels = data.labelIndices();
        DatasetSplit split = data.split() != null ? data.split()
            : DatasetSplit.stratified(labels, asked.testFraction, asked.validationFraction, asked.seed);
        TrainingOptions options = AutoSettings.resolve(asked, split.indices(DatasetSplit.Part.TRAIN).length, progress);
        if (options.autoPreprocessing && options.baseModel != null && !options.resume) {
            options.preprocessing = PreprocessingTrial.choose(data, labels, split, options, progress);
        }
        Preprocessing preprocessing = options.preprocessing;
        if (options.baseModel != null && options.baseModel.metadata().preprocessing().size() != preprocessing.size()) {
            throw new OcrException("The base model takes " + options.baseModel.metadata().preprocessing().size()
                + " pixel inputs, not " + preprocessing.size() + "; fine-tune with its input size.");
        }
        Preprocessor pre = new Preprocessor(preprocessing);
        List<float[]> inputs = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            boolean used = split.part(i) != DatasetSplit.Part.EXCLUDED;
            inputs.add(used ? pre.wholeImage(data.samples().get(i).image()) : null);
            if (i % 1000 == 0) {
                progress.progress(i, data.size(), "Preprocessing");
            }
        }
        List<float[]> baseInputs = inputs;
        if (options.baseModel != null && !options.baseModel.metadata().preprocessing().equals(preprocessing)) {
            // The baseline is the base model as users have it: with its own preprocessing.
            Preprocessor basePre = options.baseModel.preprocessor();
            baseInputs = new ArrayList<>(java.util.Collections.nCopies(data.size(), (float[]) null));
            for (int i : split.indices(DatasetSplit.Part.TEST)) {
                baseInputs.set(i, basePre.wholeImage(data.samples().get(i).image()));
            }
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("samples", data.size() - split.indices(DatasetSplit.Part.EXCLUDED).length);
        // What the run was given, chosen or not: a model says how it was made.
        about.put("batch_size", options.batchSize);
        about.put("epochs_planned", options.epochs);
        about.put("learning_rate", options.learningRate);
        about.put("patience", options.patience);
        return new TrainingRun(inputs, baseInputs, labels, data.classes(), split, options, progress, about).run();
    }

    /**
     * Trains on inputs already made by a {@link Preprocessor} with {@code options.preprocessing};
     * {@code split} says which are for training, validation and test (excluded ones may be null).
     * When fine-tuning, the base model's baseline is measured on these same inputs.
     */
    public TrainingResult train(List<float[]> inputs, int[] labels, List<String> classes, DatasetSplit split,
        TrainingOptions options, Progress progress, Map<String, Object> about) {
        return new TrainingRun(inputs, inputs, labels, classes, split, options, progress, about).run();
    }

    /** Predictions of {@code model} for the given samples, in batches. */
    public static Evaluation evaluate(OcrModel model, List<float[]> inputs, int[] labels, int[] which) {
        int[] truth = new int[which.length];
        int[] predicted = new int[which.length];
        float[][] probs = Predictor.raw(model.network(), model.metadata().preprocessing().size(), pick(inputs, which));
        for (int k = 0; k < which.length; k++) {
            truth[k] = labels[which[k]];
            predicted[k] = argmax(probs[k]);
        }
        return new Evaluation(model.alphabet(), truth, predicted);
    }

    /** The inputs at {@code which}, in that order. */
    static List<float[]> pick(List<float[]> inputs, int[] which) {
        List<float[]> out = new ArrayList<>(which.length);
        for (int k : which) {
            out.add(inputs.get(k));
        }
        return out;
    }

    public static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
