package io.github.fijiocr.evaluate;

/**
 * One rejection threshold: samples whose confidence reaches it are read, the others rejected
 * (written "?"). Read rate is read / all; error rate is wrong-and-read / read (NaN when nothing
 * is read), so accuracy of read is 1 - error rate.
 */
public final class ThresholdPoint {
    private final double threshold;
    private final int read;
    private final int wrong;
    private final int total;

    public ThresholdPoint(double threshold, int read, int wrong, int total) {
        this.threshold = threshold;
        this.read = read;
        this.wrong = wrong;
        this.total = total;
    }

    public double threshold() {
        return threshold;
    }

    /** Samples read (not rejected). */
    public int read() {
        return read;
    }

    /** Samples read, and read wrong. */
    public int wrong() {
        return wrong;
    }

    public double readRate() {
        return (double) read / total;
    }

    public double errorRate() {
        return read == 0 ? Double.NaN : (double) wrong / read;
    }

    public double accuracyOfRead() {
        return read == 0 ? Double.NaN : 1 - errorRate();
    }

    @Override
    public String toString() {
        return String.format("threshold %.2f: read %.1f%%, error %.2f%%", threshold, 100 * readRate(),
            100 * errorRate());
    }
}
