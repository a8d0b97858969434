package io.github.fijiocr.train;

/**
 * One epoch's figures, as plotted by the seed tutorial. Training loss is the mean over the
 * epoch's batches as fitted (augmented, with dropout), as Keras reports it; training accuracy is
 * measured after the epoch on up to {@value Trainer#TRAIN_ACCURACY_SAMPLES} training images as
 * they are, because DL4J's fit does not return its predictions.
 */
public final class EpochStats {
    public final int epoch;
    public final double trainLoss;
    public final double trainAccuracy;
    public final double validationLoss;
    public final double validationAccuracy;
    public final double seconds;
    /** Line models: the validation lines' character error rate; NaN for character models. */
    public final double validationCharacterErrors;

    public EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
        double validationAccuracy, double seconds) {
        this(epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, seconds, Double.NaN);
    }

    public EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
        double validationAccuracy, double seconds, double validationCharacterErrors) {
        this.validationCharacterErrors = validationCharacterErrors;
        this.epoch = epoch;
        this.trainLoss = trainLoss;
        this.trainAccuracy = trainAccuracy;
        this.validationLoss = validationLoss;
        this.validationAccuracy = validationAccuracy;
        this.seconds = seconds;
    }

    @Override
    public String toString() {
        return String.format("epoch %d: loss %.4f, accuracy %.4f, val_loss %.4f, val_accuracy %.4f (%.1f s)",
            epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, seconds);
    }
}
