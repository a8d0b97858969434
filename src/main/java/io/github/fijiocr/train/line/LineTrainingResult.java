package io.github.fijiocr.train.line;

import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.train.EpochStats;
import java.util.List;

/** The best line model by validation, its history, and the test lines read before and after. */
public final class LineTrainingResult {
    public final OcrModel model;
    public final List<EpochStats> history;
    public final int bestEpoch;
    /** The base model's exact-line rate on the test lines (the dataset's characters only); NaN without a base. */
    public final double baselineExact;
    public final double testExact;
    public final int testLines;
    public final boolean canceled;
    public final double seconds;
    /** Lines whose labels have characters outside the alphabet: left out, each named by path. */
    public final List<String> leftOut;

    LineTrainingResult(OcrModel model, List<EpochStats> history, int bestEpoch, double baselineExact,
        double testExact, int testLines, boolean canceled, List<String> leftOut, double seconds) {
        this.leftOut = List.copyOf(leftOut);
        this.model = model;
        this.history = List.copyOf(history);
        this.bestEpoch = bestEpoch;
        this.baselineExact = baselineExact;
        this.testExact = testExact;
        this.testLines = testLines;
        this.canceled = canceled;
        this.seconds = seconds;
    }
}
