package io.github.fijiocr.train;

import io.github.fijiocr.model.OcrModel;
import java.util.List;

/** The best model by validation, its history and its score on the held-out test split. */
public final class TrainingResult {
    public final OcrModel model;
    /** Every epoch, those of a resumed run's checkpoint included. */
    public final List<EpochStats> history;
    public final int bestEpoch;
    public final Evaluation test;
    /**
     * Fine-tuning only: the base model's accuracy on the same test split before training, reading
     * only the dataset's classes; NaN when training started afresh.
     */
    public final double baselineAccuracy;
    public final double trainSamplesPerSecond;
    public final double seconds;
    public final boolean canceled;
    /** Validation stopped improving for {@code patience} epochs. */
    public final boolean stoppedEarly;

    TrainingResult(OcrModel model, List<EpochStats> history, int bestEpoch, Evaluation test,
        double baselineAccuracy, double trainSamplesPerSecond, double seconds, boolean canceled,
        boolean stoppedEarly) {
        this.model = model;
        this.history = List.copyOf(history);
        this.bestEpoch = bestEpoch;
        this.test = test;
        this.baselineAccuracy = baselineAccuracy;
        this.trainSamplesPerSecond = trainSamplesPerSecond;
        this.seconds = seconds;
        this.canceled = canceled;
        this.stoppedEarly = stoppedEarly;
    }

    /** One line for the log: where the model went, its best epoch and test accuracy. */
    public String summary(Object output) {
        return String.format("Saved %s: best epoch %d of %d, test accuracy %.4f on %d images, %.0f samples/s%s",
            output, bestEpoch, history.size(), test.accuracy(), test.total(), trainSamplesPerSecond,
            canceled ? " (canceled; the best epoch so far is kept)" : stoppedEarly ? " (stopped early)" : "");
    }
}
