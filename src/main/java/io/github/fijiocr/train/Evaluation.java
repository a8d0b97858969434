package io.github.fijiocr.train;

import java.util.List;

/** Accuracy and confusion matrix of predictions against truth. */
public final class Evaluation {
    private final List<String> classes;
    private final int[][] confusion;
    private final int total;
    private final int correct;

    /** {@code truth[i]} and {@code predicted[i]} are class indices. */
    public Evaluation(List<String> classes, int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        this.classes = List.copyOf(classes);
        this.confusion = new int[classes.size()][classes.size()];
        int ok = 0;
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][predicted[i]]++;
            if (truth[i] == predicted[i]) {
                ok++;
            }
        }
        this.total = truth.length;
        this.correct = ok;
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    public int total() {
        return total;
    }

    public int correct() {
        return correct;
    }

    public List<String> classes() {
        return classes;
    }

    /** Rows are true classes, columns predicted classes. */
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }
}
