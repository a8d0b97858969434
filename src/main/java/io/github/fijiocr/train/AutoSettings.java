package io.github.fijiocr.train;

import io.github.fijiocr.augment.Augmenter;

/**
 * Training settings left to the data ({@link TrainingOptions#AUTO}): what a user who sets only
 * the dataset, the output and the base model gets. The rule is a budget of updates, not of
 * epochs: Adam with a cosine decay needs a few thousand updates whatever the dataset's size, so a
 * few hundred images get small batches and many epochs, and ten thousand get large batches and
 * few epochs.
 */
public final class AutoSettings {
    /** Updates a run aims at. */
    static final int UPDATES = 3000;
    /** Batches per epoch aimed at: fewer and the validation check that keeps the best epoch is coarse. */
    static final int BATCHES_PER_EPOCH = 32;
    static final int MIN_BATCH = 16;
    static final int MAX_BATCH = 50;
    static final int MIN_EPOCHS = 10;
    static final int MAX_EPOCHS = 100;

    private AutoSettings() {
    }

    /**
     * A copy of {@code options} with every automatic setting but the preprocessing decided for
     * {@code trainImages} training images; {@code progress} is told each choice and why.
     */
    public static TrainingOptions resolve(TrainingOptions options, int trainImages, io.github.fijiocr.progress.Progress
        progress) {
        TrainingOptions o = options.copy();
        StringBuilder said = new StringBuilder();
        if (o.batchSize == TrainingOptions.AUTO) {
            o.batchSize = batchSize(trainImages);
            said.append(" batch_size=").append(o.batchSize);
        }
        if (o.epochs == TrainingOptions.AUTO) {
            o.epochs = epochs(trainImages, o.batchSize, o.stepsPerEpoch);
            said.append(" epochs=").append(o.epochs);
        }
        if (o.patience < 0) {
            o.patience = patience(o.epochs);
            said.append(" patience=").append(o.patience);
        }
        if (o.autoAugment) {
            o.autoAugment = false;
            // Fine-tuning adapts a rendered-text model to the user's captures: the photometric
            // changes (light, blur, noise) are what real captures vary by. A new network is
            // usually trained on renderings, where they did not help (BENCHMARKS.md).
            o.augmenter = o.baseModel != null ? Augmenter.standard() : Augmenter.seed();
            said.append(" augment=").append(o.baseModel != null ? "standard" : "seed");
        }
        if (said.length() > 0) {
            progress.log(String.format("Chosen from the dataset's %d training images:%s (about %d updates).",
                trainImages, said, updates(trainImages, o)));
        }
        return o;
    }

    /** A batch for about {@value #BATCHES_PER_EPOCH} batches an epoch, within {@value #MIN_BATCH}-{@value #MAX_BATCH}. */
    static int batchSize(int trainImages) {
        return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round(trainImages / (float) BATCHES_PER_EPOCH)));
    }

    /** Epochs for about {@value #UPDATES} updates, within {@value #MIN_EPOCHS}-{@value #MAX_EPOCHS}. */
    static int epochs(int trainImages, int batchSize, int stepsPerEpoch) {
        int perEpoch = stepsPerEpoch > 0 ? stepsPerEpoch : Math.max(1, (trainImages + batchSize - 1) / batchSize);
        return Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, (UPDATES + perEpoch - 1) / perEpoch));
    }

    /**
     * A third of the run without a better validation score, at least ten epochs: the cosine decay
     * makes late epochs better, so an early stop must not come from a plateau midway.
     */
    public static int patience(int epochs) {
        return epochs <= MIN_EPOCHS ? 0 : Math.max(MIN_EPOCHS, epochs / 3);
    }

    private static long updates(int trainImages, TrainingOptions o) {
        long perEpoch = o.stepsPerEpoch > 0 ? o.stepsPerEpoch : (trainImages + o.batchSize - 1) / o.batchSize;
        return perEpoch * o.epochs;
    }
}
