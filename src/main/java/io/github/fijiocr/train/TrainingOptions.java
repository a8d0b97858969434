package io.github.fijiocr.train;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessing;
import java.nio.file.Path;

/** How to train. The defaults are the project's; {@link #seedProtocol()} is the seed tutorial's. */
public final class TrainingOptions {
    /** For {@link #epochs} and {@link #batchSize}: chosen from the dataset's size ({@link AutoSettings}). */
    public static final int AUTO = 0;
    public Architectures architecture = Architectures.DEFAULT;
    public Preprocessing preprocessing = Preprocessing.standard();
    /** Epochs in all, counting those a resumed run already did. */
    public int epochs = 10;
    /** Batches per epoch, cycling over the training split (Keras' steps_per_epoch); 0: one pass. */
    public int stepsPerEpoch;
    public int batchSize = 50;
    public double learningRate = 1e-3;
    /**
     * Lower the learning rate along a half cosine, from {@link #learningRate} in the first epoch
     * towards 0 in the last; settles the weights, so the last epochs are the best.
     */
    public boolean cosineDecay = true;
    /** Stop after this many epochs without a better validation score; 0 never stops early; below 0: auto. */
    public int patience;
    public double testFraction = 0.2;
    public double validationFraction = 0.2;
    public long seed = 42;
    /** Null or {@link Augmenter#none()} trains on the images as they are. */
    public Augmenter augmenter = Augmenter.seed();
    /** Choose the augmentation by whether a base model is fine-tuned ({@link AutoSettings}). */
    public boolean autoAugment;
    /**
     * Fine-tuning: choose between the base model's preprocessing and the whole image by a short
     * trial of each on the validation split ({@link PreprocessingTrial}); {@link #preprocessing}
     * is then ignored.
     */
    public boolean autoPreprocessing;
    /** ND4J threads for training; two are fastest on a quiet 2-core machine. */
    public int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Threads that augment the next batch while the network fits the current one. */
    public int augmentThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /**
     * The model file. When set, the best model so far is written here (atomically) at every
     * better epoch, and a checkpoint beside it ({@link Checkpoint#pathFor}) after every epoch, so
     * a crash or a killed JVM keeps both.
     */
    public Path output;
    /** Continue from the checkpoint beside {@link #output} up to {@link #epochs}. */
    public boolean resume;
    /**
     * Fine-tune this model (its architecture; {@link #preprocessing} may differ from the model's,
     * with the same input size) instead of starting afresh.
     */
    public OcrModel baseModel;
    /** How the base model is named in the new model's description ("bundled" or a file name). */
    public String baseModelName = "bundled";
    /** Told after every epoch; for live plots. */
    public TrainingListener listener = TrainingListener.NONE;

    /** A copy to adjust without touching the caller's options. */
    public TrainingOptions copy() {
        TrainingOptions o = new TrainingOptions();
        o.architecture = architecture;
        o.preprocessing = preprocessing;
        o.epochs = epochs;
        o.stepsPerEpoch = stepsPerEpoch;
        o.batchSize = batchSize;
        o.learningRate = learningRate;
        o.cosineDecay = cosineDecay;
        o.patience = patience;
        o.testFraction = testFraction;
        o.validationFraction = validationFraction;
        o.seed = seed;
        o.augmenter = augmenter;
        o.autoAugment = autoAugment;
        o.autoPreprocessing = autoPreprocessing;
        o.threads = threads;
        o.augmentThreads = augmentThreads;
        o.output = output;
        o.resume = resume;
        o.baseModel = baseModel;
        o.baseModelName = baseModelName;
        o.listener = listener;
        return o;
    }

    /**
     * The seed tutorial end to end: whole image stretched to 32x32, its network, split and
     * augmentation, and ten epochs of 2,000 batches of 50 (Keras' {@code steps_per_epoch}).
     */
    public static TrainingOptions seedProtocol() {
        TrainingOptions o = new TrainingOptions();
        o.architecture = Architectures.SEED;
        o.preprocessing = Preprocessing.seed();
        o.stepsPerEpoch = 2000;
        o.cosineDecay = false;
        return o;
    }

    /**
     * The preprocessing for a run, from its key: {@code auto} takes the checkpoint's when
     * resuming (go on as the interrupted run began, even if the standard has changed since), the
     * base model's when fine-tuning (its network learned its features on it; with
     * {@link #autoPreprocessing} a trial may choose the whole image instead), else the standard.
     */
    public static Preprocessing preprocessing(String key, OcrModel base, Path output, boolean resume) {
        if ("seed".equals(key)) {
            return Preprocessing.seed();
        }
        if ("auto".equals(key)) {
            Path checkpoint = Checkpoint.pathFor(output);
            if (resume && java.nio.file.Files.isRegularFile(checkpoint)) {
                return Checkpoint.latestModel(checkpoint).metadata().preprocessing();
            }
            if (base != null) {
                return base.preprocessor().settings();
            }
        }
        return Preprocessing.standard();
    }
}
