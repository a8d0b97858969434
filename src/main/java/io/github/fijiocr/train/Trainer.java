package io.github.fijiocr.train;

import io.github.fijiocr.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.model.ModelMetadata;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a character model: preprocess, split (stratified, seeded), fit with on-the-fly
 * augmentation, keep the weights of the epoch with the best validation accuracy, and score them
 * on the test split. Runs in the calling thread; checks for cancellation between batches.
 */
public final class Trainer {

    public TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress) {
        if (data.classes().size() < 2) {
            throw new OcrException("Training needs at least two classes; the dataset has "
                + data.classes() + ". Add a folder of images for each character to recognise.");
        }
        int[] labels = data.labelIndices();
        DatasetSplit split = data.split() != null ? data.split()
            : DatasetSplit.stratified(labels, options.testFraction, options.validationFraction, options.seed);
        Preprocessor pre = new Preprocessor(options.preprocessing);
        List<float[]> inputs = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            boolean used = split.part(i) != DatasetSplit.Part.EXCLUDED;
            inputs.add(used ? pre.wholeImage(data.samples().get(i).image()) : null);
            if (i % 1000 == 0) {
                progress.progress(i, data.size(), "Preprocessing");
            }
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("samples", data.size() - split.indices(DatasetSplit.Part.EXCLUDED).length);
        return train(inputs, labels, data.classes(), split, options, progress, about);
    }

    /**
     * Trains on inputs already made by a {@link Preprocessor} with {@code options.preprocessing};
     * {@code split} says which are for training, validation and test (excluded ones may be null).
     */
    public TrainingResult train(List<float[]> inputs, int[] labels, List<String> classes, DatasetSplit split,
        TrainingOptions options, Progress progress, Map<String, Object> about) {
        long start = System.nanoTime();
        int[] train = split.indices(DatasetSplit.Part.TRAIN);
        int[] val = split.indices(DatasetSplit.Part.VALIDATION);
        int[] test = split.indices(DatasetSplit.Part.TEST);
        if (train.length == 0) {
            throw new OcrException("The training split is empty; the dataset needs more images per class.");
        }
        int size = options.preprocessing.size();
        Nd4jRuntime.useThreads(options.threads);
        MultiLayerNetwork net = options.architecture.build(size, classes.size(), options.seed);
        Random random = new Random(options.seed);
        List<EpochStats> history = new ArrayList<>();
        INDArray best = null;
        double bestAccuracy = -1;
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = 0;
        long fitNanos = 0;
        long fitted = 0;
        boolean canceled = false;
        int batchesPerEpoch = (train.length + options.batchSize - 1) / options.batchSize;
        for (int epoch = 1; epoch <= options.epochs && !canceled; epoch++) {
            long epochStart = System.nanoTime();
            shuffle(train, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < train.length; from += options.batchSize) {
                if (progress.isCanceled()) {
                    canceled = true;
                    break;
                }
                int to = Math.min(train.length, from + options.batchSize);
                List<float[]> batch = new ArrayList<>(to - from);
                int[] batchLabels = new int[to - from];
                for (int k = from; k < to; k++) {
                    float[] x = inputs.get(train[k]);
                    batch.add(options.augmenter == null ? x : options.augmenter.apply(x, size, random));
                    batchLabels[k - from] = labels[train[k]];
                }
                long t = System.nanoTime();
                net.fit(new DataSet(OcrModel.toFeatures(batch, size), oneHot(batchLabels, classes.size())));
                fitNanos += System.nanoTime() - t;
                fitted += batch.size();
                lossSum += net.score();
                batches++;
                progress.progress((epoch - 1) * batchesPerEpoch + batches, options.epochs * batchesPerEpoch,
                    String.format("Epoch %d/%d, loss %.4f", epoch, options.epochs, lossSum / batches));
            }
            if (canceled || batches == 0) {
                break; // a cut-short epoch is neither scored nor kept
            }
            double[] valScore = val.length > 0 ? score(net, inputs, labels, val, size, classes.size())
                : new double[] {Double.NaN, Double.NaN};
            EpochStats stats = new EpochStats(epoch, lossSum / batches, valScore[0], valScore[1],
                (System.nanoTime() - epochStart) / 1e9);
            history.add(stats);
            progress.log(stats.toString());
            boolean better = val.length == 0 || valScore[1] > bestAccuracy
                || (valScore[1] == bestAccuracy && valScore[0] < bestLoss);
            if (better) {
                best = net.params().dup();
                bestAccuracy = valScore[1];
                bestLoss = valScore[0];
                bestEpoch = epoch;
            }
        }
        if (best == null) {
            throw new OcrException("Training was canceled before the first epoch ended; no model was made.");
        }
        net.setParams(best);
        Map<String, Object> training = new LinkedHashMap<>(about);
        training.put("epochs", history.size());
        training.put("best_epoch", bestEpoch);
        training.put("validation_accuracy", bestAccuracy);
        training.put("seed", options.seed);
        OcrModel model = new OcrModel(net, new ModelMetadata(classes, options.preprocessing,
            options.architecture.key(), training));
        Evaluation testEval = evaluate(model, inputs, labels, test);
        training.put("test_accuracy", testEval.accuracy());
        training.put("test_samples", testEval.total());
        model = new OcrModel(net, new ModelMetadata(classes, options.preprocessing, options.architecture.key(),
            training));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TrainingResult(model, history, bestEpoch, testEval,
            fitted / Math.max(1e-9, fitNanos / 1e9), seconds, canceled);
    }

    /** Predictions of {@code model} for the given samples, in batches. */
    public static Evaluation evaluate(OcrModel model, List<float[]> inputs, int[] labels, int[] which) {
        int[] truth = new int[which.length];
        int[] predicted = new int[which.length];
        for (int from = 0; from < which.length; from += 256) {
            int to = Math.min(which.length, from + 256);
            List<float[]> batch = new ArrayList<>();
            for (int k = from; k < to; k++) {
                batch.add(inputs.get(which[k]));
            }
            float[][] probs = model.predict(batch);
            for (int k = from; k < to; k++) {
                truth[k] = labels[which[k]];
                predicted[k] = argmax(probs[k - from]);
            }
        }
        return new Evaluation(model.alphabet(), truth, predicted);
    }

    /** {loss, accuracy} over the given samples, without dropout. */
    private static double[] score(MultiLayerNetwork net, List<float[]> inputs, int[] labels, int[] which, int size,
        int classes) {
        double loss = 0;
        int correct = 0;
        for (int from = 0; from < which.length; from += 256) {
            int to = Math.min(which.length, from + 256);
            List<float[]> batch = new ArrayList<>();
            int[] y = new int[to - from];
            for (int k = from; k < to; k++) {
                batch.add(inputs.get(which[k]));
                y[k - from] = labels[which[k]];
            }
            INDArray probs = net.output(OcrModel.toFeatures(batch, size), false);
            float[][] p = probs.toFloatMatrix();
            for (int i = 0; i < p.length; i++) {
                loss -= Math.log(Math.max(1e-7, p[i][y[i]]));
                if (argmax(p[i]) == y[i]) {
                    correct++;
                }
            }
        }
        return new double[] {loss / which.length, (double) correct / which.length};
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

    private static INDArray oneHot(int[] labels, int classes) {
        float[] flat = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            flat[i * classes + labels[i]] = 1;
        }
        return Nd4j.create(flat, new long[] {labels.length, classes}, 'c');
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
