package io.github.fijiocr.recognize.ctc;

/** Sums of probabilities held as logs, safe with negative infinity (probability zero). */
final class LogMath {
    private LogMath() {
    }

    static double add(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
