package io.github.fijiocr.train;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.ModelMetadata;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One training run's state: the network, the epochs so far and the best weights. After every
 * epoch the best model goes to the output file and the whole state to the checkpoint beside it,
 * each written atomically, so Cancel, a crash or a killed JVM keeps the best model.
 */
final class TrainingRun {
    /** At equal validation accuracy, a smaller loss counts as better only by this much (Keras' min_delta). */
    static final double MIN_LOSS_DELTA = 1e-3;

    private final List<float[]> inputs;
    private final List<float[]> baseInputs;
    private final int[] labels;
    private final List<String> classes;
    private final TrainingOptions options;
    private final Progress progress;
    private final Map<String, Object> about;
    private final int[] train;
    private final int[] val;
    private final int[] test;
    private final int[] trainProbe;
    private final String architecture;
    private final Path checkpointFile;

    private MultiLayerNetwork net;
    private final List<EpochStats> history = new ArrayList<>();
    private INDArray bestParams;
    private int bestEpoch;
    private double bestAccuracy = -1;
    private double bestLoss = Double.MAX_VALUE;
    private long fitNanos;
    private long fitted;

    /** {@code baseInputs}: the test images as the base model sees them (fine-tuning only). */
    TrainingRun(List<float[]> inputs, List<float[]> baseInputs, int[] labels, List<String> classes,
        DatasetSplit split, TrainingOptions options, Progress progress, Map<String, Object> about) {
        this.inputs = inputs;
        this.baseInputs = baseInputs;
        this.labels = labels;
        this.classes = List.copyOf(classes);
        this.options = options;
        this.progress = progress;
        this.about = about;
        this.train = split.indices(DatasetSplit.Part.TRAIN);
        this.val = split.indices(DatasetSplit.Part.VALIDATION);
        this.test = split.indices(DatasetSplit.Part.TEST);
        if (train.length == 0) {
            throw new OcrException("The training split is empty; the dataset needs more images per class.");
        }
        this.trainProbe = probe(train, options.seed);
        this.architecture = options.baseModel != null ? options.baseModel.metadata().architecture()
            : options.architecture.key();
        this.checkpointFile = options.output == null ? null : Checkpoint.pathFor(options.output);
    }

    TrainingResult run() {
        long start = System.nanoTime();
        Nd4jRuntime.useThreads(options.threads);
        startOrResume();
        double baseline = options.baseModel == null ? Double.NaN : baselineAccuracy(baseInputs);
        boolean canceled = false;
        boolean stoppedEarly = false;
        int sinceBest = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch - bestEpoch;
        int firstEpoch = history.size() + 1;
        long runStart = System.nanoTime();
        try (BatchSource batches = new BatchSource(inputs, labels, train, classes.size(), options)) {
            int perEpoch = batches.batchesPerEpoch();
            for (int epoch = firstEpoch; epoch <= options.epochs; epoch++) {
                long epochStart = System.nanoTime();
                if (options.cosineDecay) {
                    net.setLearningRate(options.learningRate * 0.5
                        * (1 + Math.cos(Math.PI * (epoch - 1) / options.epochs)));
                }
                int[][] plan = batches.epochPlan(epoch);
                Future<DataSet> next = batches.prepare(epoch, 0, plan[0]);
                double lossSum = 0;
                int done = 0;
                for (int b = 0; b < plan.length; b++) {
                    if (progress.isCanceled()) {
                        canceled = true;
                        break;
                    }
                    DataSet ds = BatchSource.take(next);
                    next = b + 1 < plan.length ? batches.prepare(epoch, b + 1, plan[b + 1]) : null;
                    long t = System.nanoTime();
                    net.fit(ds);
                    fitNanos += System.nanoTime() - t;
                    fitted += ds.numExamples();
                    lossSum += net.score();
                    done++;
                    int overall = (epoch - 1) * perEpoch + done;
                    int runDone = (epoch - firstEpoch) * perEpoch + done;
                    double left = (System.nanoTime() - runStart) / 1e9 / runDone
                        * (options.epochs * perEpoch - overall);
                    progress.progress(overall, options.epochs * perEpoch, String.format(
                        "Epoch %d/%d, loss %.4f, %s left", epoch, options.epochs, lossSum / done, duration(left)));
                }
                if (next != null) {
                    next.cancel(true);
                }
                if (canceled) {
                    break; // a cut-short epoch is neither scored nor kept
                }
                EpochStats stats = endEpoch(epoch, lossSum / done, epochStart);
                boolean better = val.length == 0 || stats.validationAccuracy > bestAccuracy
                    || (stats.validationAccuracy == bestAccuracy && stats.validationLoss < bestLoss - MIN_LOSS_DELTA);
                if (better) {
                    bestParams = net.params().dup();
                    bestEpoch = epoch;
                    bestAccuracy = stats.validationAccuracy;
                    bestLoss = stats.validationLoss;
                    sinceBest = 0;
                    save(model(bestParams, "training", Map.of()));
                } else {
                    sinceBest++;
                }
                writeCheckpoint();
                options.listener.epochEnded(List.copyOf(history), options.epochs);
                if (options.patience > 0 && sinceBest >= options.patience && epoch < options.epochs) {
                    progress.log("Stopped early: validation has not improved for " + sinceBest
                        + " epochs; best epoch " + bestEpoch + ".");
                    stoppedEarly = true;
                    break;
                }
            }
        }
        if (bestParams == null) {
            throw new OcrException("Training was canceled before the first epoch ended; no model was made.");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!Double.isNaN(baseline)) {
            extra.put("baseline_test_accuracy", baseline);
        }
        OcrModel best = model(bestParams, canceled ? "canceled" : "done", extra);
        Evaluation testEval = Trainer.evaluate(best, inputs, labels, test);
        extra.put("test_accuracy", testEval.accuracy());
        extra.put("test_samples", testEval.total());
        best = model(bestParams, canceled ? "canceled" : "done", extra);
        save(best);
        return new TrainingResult(best, history, bestEpoch, testEval, baseline,
            fitted / Math.max(1e-9, fitNanos / 1e9), (System.nanoTime() - start) / 1e9, canceled, stoppedEarly);
    }

    /** A fresh or fine-tuned network, or the one in the checkpoint when resuming. */
    private void startOrResume() {
        if (options.resume) {
            if (checkpointFile == null) {
                throw new OcrException("resume=true needs output= (the model file whose checkpoint to continue).");
            }
            if (Files.isRegularFile(checkpointFile)) {
                resume(Checkpoint.read(checkpointFile));
                return;
            }
            progress.log("No checkpoint " + checkpointFile + " to resume from; training from the start.");
        }
        if (options.baseModel != null) {
            net = FineTuning.adapt(options.baseModel, classes, options.learningRate, options.seed);
            progress.log("Fine-tuning " + options.baseModelName + ": " + FineTuning.knownClasses(options.baseModel,
                classes) + " of " + classes.size() + " classes keep their output weights.");
        } else {
            net = options.architecture.build(options.preprocessing.size(), classes.size(), options.seed,
                options.learningRate);
        }
    }

    private void resume(Checkpoint ck) {
        ModelMetadata meta = ck.latest.metadata();
        if (!meta.alphabet().equals(classes)) {
            throw new OcrException("Checkpoint " + checkpointFile + " was trained on classes " + meta.alphabet()
                + ", not this dataset's " + classes + ". Resume with the same dataset, or train without resume.");
        }
        if (!meta.preprocessing().equals(options.preprocessing)) {
            throw new OcrException("Checkpoint " + checkpointFile + " used preprocessing " + meta.preprocessing()
                + ", not " + options.preprocessing + ". Resume with the same preprocessing (preprocessing=auto "
                + "takes the checkpoint's).");
        }
        if (ck.epoch() >= options.epochs) {
            throw new OcrException("Checkpoint " + checkpointFile + " already has " + ck.epoch()
                + " epochs; set epochs= above " + ck.epoch() + " to train on.");
        }
        net = ck.latest.network();
        history.addAll(ck.history);
        bestParams = ck.bestParams;
        bestEpoch = ck.bestEpoch;
        bestAccuracy = ck.bestAccuracy;
        bestLoss = ck.bestLoss;
        progress.log("Resuming from " + checkpointFile + " after epoch " + ck.epoch() + " (best epoch "
            + bestEpoch + ").");
    }

    private EpochStats endEpoch(int epoch, double trainLoss, long epochStart) {
        double[] valScore = val.length > 0 ? score(val) : new double[] {Double.NaN, Double.NaN};
        double trainAccuracy = score(trainProbe)[1];
        EpochStats stats = new EpochStats(epoch, trainLoss, trainAccuracy, valScore[0], valScore[1],
            (System.nanoTime() - epochStart) / 1e9);
        history.add(stats);
        progress.log(stats.toString());
        return stats;
    }

    /** {loss, accuracy} over the given samples, without dropout. */
    private double[] score(int[] which) {
        double loss = 0;
        int correct = 0;
        float[][] p = Predictor.raw(net, options.preprocessing.size(), Trainer.pick(inputs, which));
        for (int i = 0; i < p.length; i++) {
            int y = labels[which[i]];
            loss -= Math.log(Math.max(1e-7, p[i][y]));
            if (Trainer.argmax(p[i]) == y) {
                correct++;
            }
        }
        return new double[] {loss / which.length, (double) correct / which.length};
    }

    private double baselineAccuracy(List<float[]> baseInputs) {
        int[] predicted = FineTuning.baselinePredictions(options.baseModel, classes, baseInputs, test);
        int correct = 0;
        for (int k = 0; k < test.length; k++) {
            if (predicted[k] == labels[test[k]]) {
                correct++;
            }
        }
        double accuracy = test.length == 0 ? Double.NaN : (double) correct / test.length;
        progress.log(String.format("Baseline: %s reads %.4f of the %d test images before fine-tuning.",
            options.baseModelName, accuracy, test.length));
        return accuracy;
    }

    /** The model with the given weights, on a copy of the network (the run goes on with its own). */
    private OcrModel model(INDArray params, String status, Map<String, Object> extra) {
        MultiLayerNetwork copy = net.clone();
        copy.setParams(params);
        Map<String, Object> training = new LinkedHashMap<>(about);
        training.put("status", status);
        training.put("epochs", history.size());
        training.put("best_epoch", bestEpoch);
        training.put("validation_accuracy", bestAccuracy);
        training.put("seed", options.seed);
        if (options.baseModel != null) {
            training.put("base_model", options.baseModelName);
        }
        training.putAll(extra);
        return new OcrModel(copy, new ModelMetadata(classes, options.preprocessing, architecture, training));
    }

    private void save(OcrModel model) {
        if (options.output == null) {
            return;
        }
        try {
            ModelFile.save(model, options.output);
        } catch (IOException e) {
            throw new OcrException("Cannot write model " + options.output + ": " + e.getMessage()
                + ". Choose a folder you can write to.", e);
        }
    }

    private void writeCheckpoint() {
        if (checkpointFile == null) {
            return;
        }
        OcrModel latest = new OcrModel(net, new ModelMetadata(classes, options.preprocessing, architecture, about));
        try {
            new Checkpoint(latest, bestParams, history, bestEpoch, bestAccuracy, bestLoss).write(checkpointFile);
        } catch (IOException e) {
            throw new OcrException("Cannot write checkpoint " + checkpointFile + ": " + e.getMessage()
                + ". Choose an output folder you can write to.", e);
        }
    }

    /** A fixed, seeded subset of the training split on which training accuracy is measured. */
    private static int[] probe(int[] train, long seed) {
        if (train.length <= Trainer.TRAIN_ACCURACY_SAMPLES) {
            return train.clone();
        }
        int[] copy = train.clone();
        Random random = new Random(seed);
        for (int i = 0; i < Trainer.TRAIN_ACCURACY_SAMPLES; i++) {
            int j = i + random.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return java.util.Arrays.copyOf(copy, Trainer.TRAIN_ACCURACY_SAMPLES);
    }

    private static String duration(double seconds) {
        if (seconds < 90) {
            return String.format("%.0f s", seconds);
        }
        return seconds < 5400 ? String.format("%.0f min", seconds / 60) : String.format("%.1f h", seconds / 3600);
    }
}
