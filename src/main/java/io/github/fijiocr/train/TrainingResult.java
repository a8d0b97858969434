package io.github.fijiocr.train;

import io.github.fijiocr.model.OcrModel;
import java.util.List;

/** The best model by validation, its history and its score on the held-out test split. */
public final class TrainingResult {
    public final OcrModel model;
    public final List<EpochStats> history;
    public final int bestEpoch;
    public final Evaluation test;
    public final double trainSamplesPerSecond;
    public final double seconds;
    public final boolean canceled;

    public TrainingResult(OcrModel model, List<EpochStats> history, int bestEpoch, Evaluation test,
        double trainSamplesPerSecond, double seconds, boolean canceled) {
        this.model = model;
        this.history = List.copyOf(history);
        this.bestEpoch = bestEpoch;
        this.test = test;
        this.trainSamplesPerSecond = trainSamplesPerSecond;
        this.seconds = seconds;
        this.canceled = canceled;
    }
}
