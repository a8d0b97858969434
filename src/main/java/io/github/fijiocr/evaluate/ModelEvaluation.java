package io.github.fijiocr.evaluate;

import io.github.fijiocr.common.OcrException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a character model reads labelled samples: accuracy, per-class precision, recall and
 * F1, the confusion matrix, the most confused pairs, and read rate against error rate over the
 * rejection threshold. Plain numbers, no ImageJ; see {@link ConfusionHeatMap} for the picture.
 * <p>
 * Undefined ratios are NaN, never 0, so that "never predicted" differs from "always wrong":
 * precision of a class never predicted, recall of a class with no samples, the error rate at a
 * threshold that rejects everything. F1 is {@code 2tp / (2tp + fp + fn)}, which equals
 * {@code 2PR/(P+R)} where both are defined and is 0 for a class with samples that is never
 * predicted (its recall is 0, whatever its undefined precision).
 */
public final class ModelEvaluation {
    /** Thresholds of the read-rate curve: 0.00, 0.01, ..., 0.99. */
    public static final int CURVE_STEPS = 100;

    private final List<String> classes;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final int[] truth;
    private final int[] predicted;
    private final double[] confidence;
    private final int[][] confusion;

    /**
     * {@code classes} gives the row and column order; a true or predicted label not among them
     * (a label the model cannot output) is added after them, in order of first appearance.
     * {@code confidence[i]} is the probability of {@code predicted.get(i)}.
     */
    public ModelEvaluation(List<String> classes, List<String> truth, List<String> predicted, double[] confidence) {
        if (truth.size() != predicted.size() || truth.size() != confidence.length) {
            throw new IllegalArgumentException("truth, predictions and confidences differ in length: "
                + truth.size() + ", " + predicted.size() + ", " + confidence.length);
        }
        if (truth.isEmpty()) {
            throw new OcrException("Nothing to evaluate: no labelled samples were given. Give a dataset with "
                + "images, or split=all where its test split is empty.");
        }
        classes.forEach(c -> index.putIfAbsent(c, index.size()));
        for (int i = 0; i < truth.size(); i++) {
            index.putIfAbsent(truth.get(i), index.size());
            index.putIfAbsent(predicted.get(i), index.size());
        }
        this.classes = List.copyOf(index.keySet());
        this.truth = truth.stream().mapToInt(index::get).toArray();
        this.predicted = predicted.stream().mapToInt(index::get).toArray();
        this.confidence = confidence.clone();
        this.confusion = new int[this.classes.size()][this.classes.size()];
        for (int i = 0; i < this.truth.length; i++) {
            confusion[this.truth[i]][this.predicted[i]]++;
        }
    }

    /** Row and column names of the confusion matrix. */
    public List<String> classes() {
        return classes;
    }

    public int total() {
        return truth.length;
    }

    public int correct() {
        int ok = 0;
        for (int c = 0; c < confusion.length; c++) {
            ok += confusion[c][c];
        }
        return ok;
    }

    public double accuracy() {
        return (double) correct() / total();
    }

    /** Rows are true classes, columns predicted classes; a copy. */
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Samples whose true class is {@code c}. */
    public int support(int c) {
        int n = 0;
        for (int v : confusion[c]) {
            n += v;
        }
        return n;
    }

    /** Samples predicted as {@code c}. */
    public int predictedCount(int c) {
        int n = 0;
        for (int[] row : confusion) {
            n += row[c];
        }
        return n;
    }

    /** tp / predicted; NaN when {@code c} was never predicted. */
    public double precision(int c) {
        return ratio(confusion[c][c], predictedCount(c));
    }

    /** tp / support; NaN when {@code c} has no samples. */
    public double recall(int c) {
        return ratio(confusion[c][c], support(c));
    }

    /** 2tp / (2tp + fp + fn); NaN only for a class with neither samples nor predictions. */
    public double f1(int c) {
        int tp = confusion[c][c];
        return ratio(2 * tp, support(c) + predictedCount(c));
    }

    /** Mean F1 over the classes that have samples. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (support(c) > 0) {
                sum += f1(c);
                n++;
            }
        }
        return ratio(sum, n);
    }

    /** Every off-diagonal cell that is not empty, most frequent first (ties in class order). */
    public List<ConfusedPair> confusedPairs() {
        List<ConfusedPair> pairs = new ArrayList<>();
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion.length; p++) {
                if (t != p && confusion[t][p] > 0) {
                    pairs.add(new ConfusedPair(classes.get(t), classes.get(p), confusion[t][p]));
                }
            }
        }
        // Built in row-major class order, and the sort is stable: ties keep that order.
        pairs.sort(Comparator.comparingInt(ConfusedPair::count).reversed());
        return pairs;
    }

    /** What a rejection threshold does: samples with confidence >= {@code threshold} are read. */
    public ThresholdPoint at(double threshold) {
        int read = 0;
        int wrong = 0;
        for (int i = 0; i < truth.length; i++) {
            if (confidence[i] >= threshold) {
                read++;
                wrong += truth[i] != predicted[i] ? 1 : 0;
            }
        }
        return new ThresholdPoint(threshold, read, wrong, total());
    }

    /** {@link #at} for thresholds 0.00 to 0.99 in steps of 0.01. */
    public List<ThresholdPoint> readRateCurve() {
        List<ThresholdPoint> curve = new ArrayList<>(CURVE_STEPS);
        for (int k = 0; k < CURVE_STEPS; k++) {
            curve.add(at(k / (double) CURVE_STEPS));
        }
        return curve;
    }

    /**
     * The lowest curve threshold whose error rate among read samples is at most {@code targetError};
     * as read rate only falls with the threshold, it reads the most. Null when none does.
     */
    public ThresholdPoint thresholdFor(double targetError) {
        for (ThresholdPoint p : readRateCurve()) {
            if (p.read() > 0 && p.errorRate() <= targetError) {
                return p;
            }
        }
        return null;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** One line for the log: accuracy, macro F1, the threshold for {@code targetError}, the most confused pairs. */
    public String report(double targetError) {
        ThresholdPoint p = thresholdFor(targetError);
        List<ConfusedPair> top = confusedPairs();
        return String.format("accuracy %.2f%% (%d of %d), macro F1 %.4f; %s; most confused: %s",
            100 * accuracy(), correct(), total(), macroF1(),
            p == null ? String.format("no threshold up to 0.99 keeps the error rate at or below %.2f%%",
                100 * targetError)
                : String.format("threshold %.2f reads %.1f%% with %.2f%% errors (target %.2f%%)", p.threshold(),
                100 * p.readRate(), 100 * p.errorRate(), 100 * targetError),
            top.isEmpty() ? "none" : top.stream().limit(5).map(ConfusedPair::toString)
                .collect(java.util.stream.Collectors.joining(", ")));
    }
}
