package io.github.fijiocr.train;

/** One epoch's figures, as plotted by the seed tutorial. */
public final class EpochStats {
    public final int epoch;
    public final double trainLoss;
    public final double validationLoss;
    public final double validationAccuracy;
    public final double seconds;

    public EpochStats(int epoch, double trainLoss, double validationLoss, double validationAccuracy, double seconds) {
        this.epoch = epoch;
        this.trainLoss = trainLoss;
        this.validationLoss = validationLoss;
        this.validationAccuracy = validationAccuracy;
        this.seconds = seconds;
    }

    @Override
    public String toString() {
        return String.format("epoch %d: loss %.4f, val_loss %.4f, val_accuracy %.4f (%.1f s)",
            epoch, trainLoss, validationLoss, validationAccuracy, seconds);
    }
}
