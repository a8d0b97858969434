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
        double d = Math.abs(a - b);
        // Past e^-40 the smaller term is below double precision: skip the exp and log.
        return d > 40 ? Math.max(a, b) : Math.max(a, b) + Math.log1p(Math.exp(-d));
    }
}
