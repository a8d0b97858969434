package io.github.fijiocr.train.line;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.ModelMetadata;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.LineEvaluation;
import io.github.fijiocr.recognize.line.LineImage;
import io.github.fijiocr.train.AutoSettings;
import io.github.fijiocr.train.Checkpoint;
import io.github.fijiocr.train.EpochStats;
import io.github.fijiocr.train.ctc.CtcLoss;
import io.github.fijiocr.train.ctc.CtcTrainer;
import io.github.fijiocr.train.ctc.LineBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Trains or fine-tunes a line (CTC) model on a {@link LineDataset}: the HALCON Deep OCR workflow's
 * training step. Epochs of shuffled, augmented batches through {@link CtcTrainer}; after each, the
 * validation lines are read (greedy) and the best model by exact lines, then character errors,
 * is written atomically; a checkpoint with the optimiser's state lets a stopped or killed run go on.
 */
public final class LineTraining {
    /** Updates a run aims at when the epochs are left to the data. */
    static final int UPDATES = 1500;
    static final int MIN_BATCH = 8;
    static final int MAX_BATCH = 32;

    private final LineDataset data;
    private final LineTrainingOptions options;
    private final Progress progress;

    public LineTraining(LineDataset data, LineTrainingOptions options, Progress progress) {
        this.data = data;
        this.options = options;
        this.progress = progress;
    }

    /** The whole run; the best model is in the result and, with an output, in that file. */
    public LineTrainingResult run() {
        long seed = options.seed;
        List<LineDataset.Line> train = data.part(LineDataset.Part.TRAIN, seed);
        List<LineDataset.Line> val = data.part(LineDataset.Part.VALIDATION, seed);
        List<LineDataset.Line> test = data.part(LineDataset.Part.TEST, seed);
        if (train.isEmpty() || val.isEmpty()) {
            throw new OcrException("The dataset has " + data.lines().size() + " usable lines: too few for a training,"
                + " a validation and a test part (80/10/10). Label more lines.");
        }
        List<String> alphabet = alphabet();
        List<String> leftOut = new ArrayList<>();
        Set<String> leftOutPaths = new HashSet<>();
        train = readable(train, alphabet, leftOut, leftOutPaths);
        val = readable(val, alphabet, leftOut, leftOutPaths);
        test = readable(test, alphabet, leftOut, leftOutPaths);
        if (options.output != null) {
            Path split = LineDataset.splitFileFor(options.output);
            try {
                data.writeSplit(split, seed, leftOutPaths);
            } catch (IOException e) {
                throw new OcrException("Cannot write the split " + split + ": " + e.getMessage()
                    + ". Choose an output in a folder you can write to.", e);
            }
        }
        if (train.isEmpty() || val.isEmpty()) {
            throw new OcrException("No training or no validation line can be written in the alphabet " + alphabet
                + (leftOut.isEmpty() ? "" : " (" + leftOut.get(0) + ")") + ": set alphabet=dataset, or label"
                + " with the characters the model reads.");
        }
        int batch = options.batchSize > 0 ? options.batchSize
            : Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round(train.size() / 32f)));
        int perEpoch = Math.max(1, (train.size() + batch - 1) / batch);
        int epochs = options.epochs > 0 ? options.epochs : Math.max(5, Math.min(200, (UPDATES + perEpoch - 1)
            / perEpoch));
        double rate = options.learningRate > 0 ? options.learningRate : options.baseModel != null ? 1e-3 : 3e-3;
        int patience = options.patience >= 0 ? options.patience : AutoSettings.patience(epochs);
        progress.log(String.format("Train Text Model: %d training, %d validation, %d test lines; alphabet of %d"
            + " characters; batch_size=%d epochs=%d learning_rate=%s patience=%d (%d updates)", train.size(),
            val.size(), test.size(), alphabet.size(), batch, epochs, rate, patience, (long) perEpoch * epochs));

        double baseline = Double.NaN;
        if (options.baseModel != null && !test.isEmpty()) {
            baseline = exactRate(options.baseModel.network(), options.baseModel.alphabet(), test, alphabet);
            progress.log(String.format("Baseline: %s reads %.4f of the %d test lines exactly (only the dataset's"
                + " characters allowed).", options.baseModelName, baseline, test.size()));
        }

        Path checkpoint = options.output == null ? null : Checkpoint.pathFor(options.output);

        MultiLayerNetwork net;
        int firstEpoch = 1;
        List<EpochStats> history = new ArrayList<>();
        double bestExact = -1;
        double bestCer = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        if (options.resume && checkpoint != null && Files.isRegularFile(checkpoint)) {
            OcrModel saved = read(checkpoint);
            if (!saved.alphabet().equals(alphabet)) {
                throw new OcrException("The checkpoint " + checkpoint + " reads " + saved.alphabet() + ", not "
                    + alphabet + ": resume with the same dataset and alphabet, or set resume=false.");
            }
            net = saved.network();
            Map<String, Object> t = saved.metadata().training();
            firstEpoch = ((Number) t.get("epoch")).intValue() + 1;
            bestExact = ((Number) t.get("best_exact")).doubleValue();
            bestCer = ((Number) t.get("best_cer")).doubleValue();
            bestEpoch = ((Number) t.get("best_epoch")).intValue();
            history.addAll(History.of(t.get("history")));
            progress.log("Resuming " + checkpoint + " after epoch " + (firstEpoch - 1));
        } else {
            net = options.baseModel != null ? LineNetworks.adapt(options.baseModel, alphabet, rate, seed)
                : LineNetworks.fresh(alphabet.size() + 1, rate, seed);
        }

        CtcTrainer trainer = new CtcTrainer(alphabet.size(), rate, options.threads);
        CtcLoss loss = new CtcLoss(alphabet.size());
        OcrModel best = null;
        boolean canceled = false;
        long start = System.nanoTime();
        for (int epoch = firstEpoch; epoch <= epochs; epoch++) {
            long t0 = System.nanoTime();
            List<LineBatch> batches = batches(train, alphabet, batch, seed * 1_000_003L + epoch);
            double[] lossSum = {0};
            int from = (epoch - 1) * perEpoch;
            int e = epoch;
            trainer.train(net, step -> batches.get(step - from), from, from + batches.size(), perEpoch * epochs,
                (step, mean) -> lossSum[0] += mean, Progress.of((done, total, message) -> progress.progress(done,
                    total, String.format("Epoch %d/%d: %s", e, epochs, message)), line -> { }, progress::isCanceled));
            if (progress.isCanceled()) {
                canceled = true;
                break;
            }
            Scores v = scores(net, alphabet, val, loss);
            history.add(new EpochStats(epoch, lossSum[0] / batches.size(), Double.NaN, v.loss, v.exact,
                (System.nanoTime() - t0) / 1e9, v.cer));
            progress.log(String.format("epoch %d: CTC loss %.3f, validation: %.4f exact lines, %.4f character"
                + " errors, CTC loss %.3f", epoch, lossSum[0] / batches.size(), v.exact, v.cer, v.loss));
            if (v.exact > bestExact || (v.exact == bestExact && v.cer < bestCer)) {
                bestExact = v.exact;
                bestCer = v.cer;
                bestEpoch = epoch;
                best = model(net.clone(), alphabet, meta(epoch, epochs, batch, rate, patience, bestExact, bestCer,
                    bestEpoch, history, "training"));
                write(options.output, best, false);
            }
            if (checkpoint != null) {
                write(checkpoint, model(net, alphabet, meta(epoch, epochs, batch, rate, patience, bestExact, bestCer,
                    bestEpoch, history, "checkpoint")), true);
            }
            options.listener.epochEnded(List.copyOf(history), epochs);
            if (patience > 0 && epoch - bestEpoch >= patience && epoch < epochs) {
                progress.log(String.format("Stopped after epoch %d: no better validation for %d epochs (patience=%d);"
                    + " the best, epoch %d, is kept.", epoch, epoch - bestEpoch, patience, bestEpoch));
                break;
            }
        }
        if (best == null) {
            best = options.output != null && Files.isRegularFile(options.output) ? read(options.output)
                : model(net, alphabet, meta(history.size(), epochs, batch, rate, patience, bestExact, bestCer,
                    bestEpoch, history, "training"));
        }
        Map<String, Object> done = new LinkedHashMap<>(best.metadata().training());
        done.put("status", canceled ? "canceled" : "done");
        best = new OcrModel(best.network(), new ModelMetadata(best.alphabet(), best.metadata().preprocessing(),
            best.metadata().architecture(), done));
        write(options.output, best, false);
        double testExact = test.isEmpty() ? Double.NaN : exactRate(best.network(), alphabet, test, alphabet);
        return new LineTrainingResult(best, history, bestEpoch, baseline, testExact, test.size(), canceled, leftOut,
            (System.nanoTime() - start) / 1e9);
    }

    /** The lines whose labels the alphabet can write; the others named in {@code leftOut} and the log. */
    private List<LineDataset.Line> readable(List<LineDataset.Line> lines, List<String> alphabet, List<String> leftOut,
        Set<String> leftOutPaths) {
        List<LineDataset.Line> out = new ArrayList<>();
        for (LineDataset.Line l : lines) {
            if (targets(l.text, alphabet) != null) {
                out.add(l);
            } else {
                String problem = l.path + ": label \"" + l.text + "\" has characters outside the alphabet; left out";
                leftOut.add(problem);
                leftOutPaths.add(l.path);
                progress.log(problem);
            }
        }
        return out;
    }

    /** The alphabet the trained model reads, in a fixed order. */
    List<String> alphabet() {
        String key = options.alphabet == null ? "dataset" : options.alphabet;
        List<String> out = new ArrayList<>();
        if ("dataset".equals(key)) {
            out.addAll(data.characters().keySet());
        } else if ("base".equals(key)) {
            if (options.baseModel == null) {
                throw new OcrException("alphabet=base needs a base_model; give one, or alphabet=dataset.");
            }
            out.addAll(options.baseModel.alphabet());
        } else {
            key.codePoints().distinct().sorted().forEach(c -> out.add(new String(Character.toChars(c))));
        }
        if (out.isEmpty()) {
            throw new OcrException("alphabet=" + key + " names no characters; give dataset, base or the characters.");
        }
        return out;
    }

    /** The text as class indices, or null when a character is not in the alphabet. */
    static int[] targets(String text, List<String> alphabet) {
        int[] cps = text.codePoints().toArray();
        int[] out = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[i] = alphabet.indexOf(new String(Character.toChars(cps[i])));
            if (out[i] < 0) {
                return null;
            }
        }
        return out;
    }

    /** One epoch of batches: shuffled, each line augmented (when asked), batches padded to their widest line. */
    private List<LineBatch> batches(List<LineDataset.Line> train, List<String> alphabet, int batch, long seed) {
        Random r = new Random(seed);
        List<LineDataset.Line> order = new ArrayList<>(train);
        Collections.shuffle(order, r);
        List<LineBatch> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i += batch) {
            List<LineDataset.Line> part = order.subList(i, Math.min(order.size(), i + batch));
            List<LineImage> images = new ArrayList<>();
            int[][] targets = new int[part.size()][];
            for (int k = 0; k < part.size(); k++) {
                LineDataset.Line l = part.get(k);
                targets[k] = targets(l.text, alphabet);
                LineImage image = options.augment
                    ? LineImage.of(LineAugmenter.apply(l.image, r), LineImage.TRAINING_MAX_WIDTH) : null;
                if (image == null || image.width / LineArchitectures.COLUMN_WIDTH < LineDataset.ctcLength(l.text)) {
                    image = LineImage.of(l.image, LineImage.TRAINING_MAX_WIDTH);
                }
                images.add(image);
            }
            out.add(LineReads.batch(images, targets));
        }
        return out;
    }

    /** Validation figures: exact lines, character error rate, mean CTC loss. */
    static final class Scores {
        double exact;
        double cer;
        double loss;
    }

    /** One pass over the validation lines: their readings and their CTC loss. */
    private static Scores scores(MultiLayerNetwork net, List<String> alphabet, List<LineDataset.Line> lines,
        CtcLoss loss) {
        Scores s = new Scores();
        long edits = 0;
        long chars = 0;
        int right = 0;
        double[] lossSum = {0};
        for (LineReads.Read r : LineReads.read(net, alphabet, lines, null, loss, lossSum)) {
            right += r.exact() ? 1 : 0;
            edits += LineEvaluation.edits(r.text, r.line.text);
            chars += r.line.text.length();
        }
        s.exact = lines.isEmpty() ? 0 : (double) right / lines.size();
        s.cer = chars == 0 ? 0 : (double) edits / chars;
        s.loss = lines.isEmpty() ? 0 : lossSum[0] / lines.size();
        return s;
    }

    /** Exact lines of {@code net} (reading {@code netAlphabet}) on {@code lines}, only {@code allowed}'s characters read. */
    static double exactRate(MultiLayerNetwork net, List<String> netAlphabet, List<LineDataset.Line> lines,
        List<String> allowed) {
        List<LineReads.Read> reads = LineReads.read(net, netAlphabet, lines, allowed);
        return lines.isEmpty() ? Double.NaN : reads.stream().filter(LineReads.Read::exact).count()
            / (double) lines.size();
    }

    private Map<String, Object> meta(int epoch, int epochs, int batch, double rate, int patience, double bestExact,
        double bestCer, int bestEpoch, List<EpochStats> history, String status) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("status", status);
        t.put("data", "Train Text Model");
        if (options.baseModel != null) {
            t.put("base_model", options.baseModelName);
        }
        t.put("epoch", epoch);
        t.put("epochs_planned", epochs);
        t.put("batch_size", batch);
        t.put("learning_rate", rate);
        t.put("patience", patience);
        t.put("augment", options.augment);
        t.put("seed", options.seed);
        t.put("best_epoch", bestEpoch);
        t.put("best_exact", bestExact);
        t.put("best_cer", bestCer);
        t.put("history", History.toJson(history));
        return t;
    }

    private OcrModel model(MultiLayerNetwork net, List<String> alphabet, Map<String, Object> training) {
        Preprocessing pre = new Preprocessing(LineArchitectures.HEIGHT, Preprocessing.Resize.STRETCH,
            Preprocessing.Crop.NONE, Preprocessing.Contrast.STRETCH);
        String architecture = options.baseModel != null ? options.baseModel.metadata().architecture() : "line-cnn";
        return new OcrModel(net, new ModelMetadata(alphabet, pre, architecture, training));
    }

    private static void write(Path file, OcrModel model, boolean withUpdater) {
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file, o -> ModelFile.write(model, o, withUpdater));
        } catch (IOException e) {
            throw new OcrException("Cannot write " + file + ": " + e.getMessage() + ". Choose a folder you can write"
                + " to.", e);
        }
    }

    private static OcrModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelFile.read(in, file.toString(), true);
        } catch (IOException e) {
            throw new OcrException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
