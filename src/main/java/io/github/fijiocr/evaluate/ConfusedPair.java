package io.github.fijiocr.evaluate;

/** Samples of one class read as another: "Q read as 0: 7". */
public final class ConfusedPair {
    private final String truth;
    private final String predicted;
    private final int count;

    public ConfusedPair(String truth, String predicted, int count) {
        this.truth = truth;
        this.predicted = predicted;
        this.count = count;
    }

    public String truth() {
        return truth;
    }

    public String predicted() {
        return predicted;
    }

    public int count() {
        return count;
    }

    @Override
    public String toString() {
        return truth + " read as " + predicted + ": " + count;
    }
}
