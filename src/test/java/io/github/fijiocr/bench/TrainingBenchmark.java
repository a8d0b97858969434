package io.github.fijiocr.bench;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.DatasetProblem;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.train.Checkpoint;
import io.github.fijiocr.train.Trainer;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training figures of BENCHMARKS.md, as Markdown rows; run by scripts/benchmark-training, never by
 * the tests. Usage:
 * <pre>
 * TrainingBenchmark speed
 * TrainingBenchmark chars74k SHARED ARCH EPOCHS STEPS PREPROCESSING [dedup]
 * TrainingBenchmark finetune SHARED SET EPOCHS AUGMENT
 * </pre>
 * For chars74k, the system properties bench.batch, bench.lr, bench.cosine (true|false),
 * bench.augment (a preset key, or custom:SHIFT,ZOOM,SHEAR,ROTATION[,stroke=P]...), bench.contrast
 * (stretch|equalize) and bench.seed (split, initialisation and augmentation; 42) change the recipe.
 */
public final class TrainingBenchmark {
    private static final String DIGITS = "0123456789";

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "speed":
                speed();
                break;
            case "chars74k":
                chars74k(Path.of(args[1]), Architectures.fromKey(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args[5], args.length > 6 && args[6].equals("dedup"));
                break;
            case "finetune":
                fineTune(Path.of(args[1]), args[2], Integer.parseInt(args[3]), args[4]);
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
        System.exit(0); // ND4J leaves non-daemon threads behind
    }

    /**
     * Training (fit only) and classification throughput of each architecture, two ND4J threads,
     * random 32x32 inputs; median of 5 timed passes, all in one run so the ratios compare.
     */
    private static void speed() {
        Nd4jRuntime.ensureReady();
        Nd4jRuntime.useThreads(2);
        Random r = new Random(1);
        for (Architectures a : Architectures.values()) {
            MultiLayerNetwork net = a.build(32, 10, 1);
            for (int batch : new int[] {32, 50, 64, 128}) {
                DataSet ds = randomBatch(batch, r);
                net.fit(ds);
                double[] rates = new double[5];
                int reps = Math.max(4, 1600 / batch);
                for (int k = 0; k < rates.length; k++) {
                    long t = System.nanoTime();
                    for (int i = 0; i < reps; i++) {
                        net.fit(ds);
                    }
                    rates[k] = reps * batch / ((System.nanoTime() - t) / 1e9);
                }
                row(a.key() + ", training, batch " + batch + ", samples/s (median of 5)", median(rates));
            }
            DataSet ds = randomBatch(64, r);
            double[] rates = new double[5];
            net.output(ds.getFeatures(), false);
            for (int k = 0; k < rates.length; k++) {
                long t = System.nanoTime();
                for (int i = 0; i < 40; i++) {
                    net.output(ds.getFeatures(), false);
                }
                rates[k] = 40 * 64 / ((System.nanoTime() - t) / 1e9);
            }
            row(a.key() + ", classification, batch 64, images/s (median of 5)", median(rates));
            row(a.key() + ", parameters", String.valueOf(net.numParams()));
        }
    }

    private static void chars74k(Path shared, Architectures arch, int epochs, int steps, String preprocessing,
        boolean dedup) {
        DatasetOptions options = new DatasetOptions();
        options.saveSplit = false;
        if (dedup) {
            options.drop = EnumSet.of(DatasetProblem.Kind.DUPLICATE, DatasetProblem.Kind.LEAKAGE);
        }
        CharacterDataset all = new DatasetImporter().load(shared.resolve("chars74k_fnt"), options, Progress.NONE);
        // Digits only; the split is made on them (stratified, seed 42), as the seed tutorial does.
        List<Sample> digits = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sample s = all.samples().get(i);
            boolean excluded = all.split().part(i) == io.github.fijiocr.dataset.DatasetSplit.Part.EXCLUDED;
            if (DIGITS.contains(s.label()) && !excluded) {
                digits.add(s);
            }
        }
        TrainingOptions t = arch == Architectures.SEED && "seed".equals(preprocessing)
            ? TrainingOptions.seedProtocol() : new TrainingOptions();
        t.architecture = arch;
        t.preprocessing = "seed".equals(preprocessing) ? Preprocessing.seed() : Preprocessing.standard();
        if (System.getProperty("bench.contrast") != null) {
            Preprocessing p = t.preprocessing;
            t.preprocessing = new Preprocessing(p.size(), p.resize(), p.crop(),
                Preprocessing.Contrast.valueOf(System.getProperty("bench.contrast").toUpperCase()));
        }
        t.epochs = epochs;
        t.stepsPerEpoch = steps;
        t.cosineDecay = steps == 0; // the seed protocol keeps the seed's constant rate
        t.augmenter = augmenter(System.getProperty("bench.augment", "seed"));
        t.batchSize = Integer.getInteger("bench.batch", t.batchSize);
        t.learningRate = Double.parseDouble(System.getProperty("bench.lr", String.valueOf(t.learningRate)));
        t.seed = Long.getLong("bench.seed", t.seed); // the split's, the initialisation's and augmentation's
        if (System.getProperty("bench.cosine") != null) {
            t.cosineDecay = Boolean.getBoolean("bench.cosine");
        }
        // A long run (the seed protocol: an hour) can keep a checkpoint and resume after an interruption.
        if (System.getProperty("bench.output") != null) {
            t.output = Path.of(System.getProperty("bench.output"));
            t.resume = Boolean.getBoolean("bench.resume");
        }
        String what = String.format("chars74k digits%s, %s, %s preprocessing (%s), %d epochs of %s, batch %d, "
            + "lr %s%s, %s augmentation" + (t.seed != 42 ? ", seed " + t.seed : ""), dedup ? " without duplicates and leakage" : "", arch.key(), preprocessing,
            t.preprocessing, epochs,
            steps > 0 ? steps + " batches" : "one pass", t.batchSize, t.learningRate, t.cosineDecay ? " cosine" : "",
            System.getProperty("bench.augment", "seed"));
        long start = System.nanoTime();
        CharacterDataset data = CharacterDataset.of(digits);
        TrainingResult r = new Trainer().train(data, t, progressToStderr());
        double wall = (System.nanoTime() - start) / 1e9;
        listErrors(r.model, data, t);
        row(what + ": test accuracy", String.format("%s (%d errors of %d; best epoch %d)", pct(r.test.accuracy()),
            r.test.total() - r.test.correct(), r.test.total(), r.bestEpoch));
        row(what + ": wall time (preprocess, train, validate, test)", String.format("%.0f s", wall));
        row(what + ": training throughput (fit only), 2 threads", String.format("%.0f samples/s",
            r.trainSamplesPerSecond));
        if (t.output != null) {
            // The seed keeps the network after its last epoch, not the best by validation.
            OcrModel last = Checkpoint.latestModel(Checkpoint.pathFor(t.output));
            int errors = listErrors(last, data, t);
            int total = r.test.total();
            row(what + ": test accuracy of the last epoch's model (the seed's choice)", String.format(
                "%s (%d errors of %d; epoch %d)", pct(1 - (double) errors / total), errors, total,
                r.history.get(r.history.size() - 1).epoch));
        }
    }

    /**
     * A preset key, or "custom:SHIFT,ZOOM,SHEAR,ROTATION[,stroke=P][,blur=S][,crop=N][,noise=S]
     * [,brightness=R][,contrast=R]" for a variant.
     */
    private static Augmenter augmenter(String key) {
        if (!key.startsWith("custom:")) {
            return Augmenter.fromKey(key);
        }
        String[] f = key.substring("custom:".length()).split(",");
        Augmenter a = new Augmenter(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]));
        for (int i = 4; i < f.length; i++) {
            String[] kv = f[i].split("=");
            double v = Double.parseDouble(kv[1]);
            switch (kv[0]) {
                case "stroke":
                    a = a.withStroke(v);
                    break;
                case "blur":
                    a = a.withBlur(v);
                    break;
                case "crop":
                    a = a.withBorderCrop((int) v);
                    break;
                case "noise":
                    a = a.withNoise(v);
                    break;
                case "brightness":
                    a = a.withBrightness(v);
                    break;
                case "contrast":
                    a = a.withContrast(v);
                    break;
                default:
                    throw new IllegalArgumentException(kv[0]);
            }
        }
        return a;
    }

    /** The misread test images, to stderr: what the remaining errors look like. */
    private static int listErrors(OcrModel model, CharacterDataset data, TrainingOptions t) {
        int errors = 0;
        int[] test = DatasetSplit.stratified(data.labelIndices(), t.testFraction, t.validationFraction, t.seed)
            .indices(DatasetSplit.Part.TEST);
        for (int i : test) {
            Sample s = data.samples().get(i);
            float[] p = model.predictor(null).probabilities(List.of(model.preprocessor().wholeImage(s.image())))[0];
            int best = Trainer.argmax(p);
            if (!model.alphabet().get(best).equals(s.label())) {
                System.err.printf("error: %s is %s, read %s (%.3f)%n", s.key(), s.label(), model.alphabet().get(best),
                    p[best]);
                errors++;
            }
        }
        return errors;
    }

    private static void fineTune(Path shared, String set, int epochs, String augment) {
        CharacterDataset all = new DatasetImporter().load(shared.resolve(set), readOnlySplit(), Progress.NONE);
        List<Sample> digits = all.samples().stream().filter(s -> s.label().length() == 1
            && DIGITS.contains(s.label())).collect(Collectors.toList());
        OcrModel bundled = ModelFile.bundled();
        TrainingOptions t = new TrainingOptions();
        String scratch = System.getProperty("bench.scratch"); // an architecture: train it afresh instead
        if (scratch == null) {
            t.baseModel = bundled;
        } else {
            t.architecture = Architectures.fromKey(scratch);
        }
        t.learningRate = Double.parseDouble(System.getProperty("bench.lr", "1e-3"));
        t.batchSize = Integer.getInteger("bench.batch", 50);
        String pre = System.getProperty("bench.preprocessing", "standard");
        t.preprocessing = "seed".equals(pre) ? Preprocessing.seed() : "whole".equals(pre)
            ? new Preprocessing(32, Preprocessing.Resize.FIT, Preprocessing.Crop.NONE, Preprocessing.Contrast.STRETCH)
            : "stretch".equals(pre) // the standard until 2026-11-24, and the bundled model's
            ? new Preprocessing(32, Preprocessing.Resize.FIT, Preprocessing.Crop.INK, Preprocessing.Contrast.STRETCH)
            : Preprocessing.standard();
        t.epochs = epochs;
        t.augmenter = Augmenter.fromKey(augment);
        long start = System.nanoTime();
        TrainingResult r = new Trainer().train(CharacterDataset.of(digits), t, progressToStderr());
        double wall = (System.nanoTime() - start) / 1e9;
        String what = String.format("%s (%d digits), %s, %d epochs, batch %d, learning rate %s, %s augmentation, "
            + "%s preprocessing", set, digits.size(), scratch == null ? "fine-tuning the bundled model"
            : scratch + " from scratch", epochs, t.batchSize, t.learningRate, augment, t.preprocessing);
        if (scratch == null) {
            row(what + ": test accuracy before (bundled, digits only)", pct(r.baselineAccuracy));
        }
        row(what + ": test accuracy after", String.format("%s (%d errors of %d; best epoch %d; %.0f s)",
            pct(r.test.accuracy()), r.test.total() - r.test.correct(), r.test.total(), r.bestEpoch, wall));
    }

    private static DatasetOptions readOnlySplit() {
        DatasetOptions o = new DatasetOptions();
        o.saveSplit = false;
        return o;
    }

    private static Progress progressToStderr() {
        return new Progress() {
            @Override
            public void log(String message) {
                System.err.println(message);
            }
        };
    }

    private static DataSet randomBatch(int n, Random r) {
        float[] x = new float[n * 32 * 32];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextFloat();
        }
        float[] y = new float[n * 10];
        for (int i = 0; i < n; i++) {
            y[i * 10 + r.nextInt(10)] = 1;
        }
        return new DataSet(Nd4j.create(x, new long[] {n, 1, 32, 32}, 'c'), Nd4j.create(y, new long[] {n, 10}, 'c'));
    }

    private static String median(double[] rates) {
        double[] copy = rates.clone();
        Arrays.sort(copy);
        return String.format("%.0f", copy[copy.length / 2]);
    }

    private static String pct(double x) {
        return String.format("%.2f%%", 100 * x);
    }

    private static void row(String measure, String value) {
        System.out.println("| " + measure + " | " + value + " |");
    }
}
