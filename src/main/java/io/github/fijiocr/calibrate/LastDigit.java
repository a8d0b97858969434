package io.github.fijiocr.calibrate;

import java.util.List;

/**
 * Whether a counter's last digit is no digit of it: static text read as a digit, tiny
 * {@code 0.5 s} read as {@code 055} (the point lost, the s taken for a 5), which then counts up by
 * 50 on every slice without a break the sequence could see. Two signs. A counter runs, so its
 * last digit changes, unless it steps by tens, and then it stays 0: the same other digit on every
 * slice is no digit of it ({@link #of}). And where it steps by tens, the last digit follows from
 * the start alone: one that wanders while the digits before it count exactly is no digit of it
 * either ({@link #wanders}; the s read as 6, 8, 3 or 5, slice by slice).
 */
final class LastDigit {
    /** Distinct values needed before a constant last digit says anything. */
    static final int MIN_VALUES = 3;
    /** Steps between neighbouring slices needed before a wandering last digit says anything. */
    static final int MIN_STEPS = 8;
    /** Of those steps, the share the digits before the last must count exactly... */
    static final double EXACT = 0.9;
    /** ...and the share over which the whole number must miss the interval by more than rounding and a step. */
    static final double WANDERING = 1 / 3.0;

    private LastDigit() {
    }

    /** The digit every counter reading ends in, when it is not 0 and there are enough values; else -1. */
    static int of(TimeText[] parsed) {
        int digit = -1;
        java.util.Set<Double> values = new java.util.HashSet<>();
        for (TimeText t : parsed) {
            if (t == null) {
                continue;
            }
            if (t.kind != TimeText.Kind.COUNTER || t.resolution != 1) {
                return -1;
            }
            int last = (int) Math.floorMod(Math.round(t.value), 10L);
            if (digit >= 0 && last != digit) {
                return -1;
            }
            digit = last;
            values.add(t.value);
        }
        return digit > 0 && values.size() >= MIN_VALUES ? digit : -1;
    }

    /**
     * Whether the counter, stepping by {@code interval} (a multiple of ten), counts exactly without
     * its last digit on nearly every step between neighbouring slices, while with it a third of the
     * steps miss the interval by two or more. Timing jitter moves the tens as well, whenever it
     * carries; a mark read as a digit never does.
     */
    static boolean wanders(TimeText[] parsed, double interval) {
        long tens = Math.round(interval / 10);
        if (tens < 1 || Math.abs(interval / 10 - tens) > 0.05) {
            return false;
        }
        int steps = 0;
        int exact = 0;
        int off = 0;
        for (int i = 1; i < parsed.length; i++) {
            TimeText a = parsed[i - 1];
            TimeText b = parsed[i];
            if (a == null || b == null) {
                continue;
            }
            if (a.kind != TimeText.Kind.COUNTER || a.resolution != 1) {
                return false;
            }
            long va = Math.round(a.value);
            long vb = Math.round(b.value);
            double miss = vb - va - interval;
            if (Math.abs(miss) >= interval / 2) {
                continue; // a gap, a repeat or a misread: no step of the count
            }
            steps++;
            exact += Math.floorDiv(vb, 10L) - Math.floorDiv(va, 10L) == tens ? 1 : 0;
            off += Math.abs(miss) >= 2 ? 1 : 0;
        }
        return steps >= MIN_STEPS && exact >= EXACT * steps && off > WANDERING * steps;
    }

    /** Why the readings are in doubt where the last digit wanders, for the log. */
    static String whyWandering() {
        return "the readings count exactly by tens but their last digit wanders from slice to slice, which a running"
            + " count does not do: it is probably a unit or a mark read as a digit (0.5 s read as 056), so every slice"
            + " is flagged and no interval is trusted. If the timestamp is a time with a unit, set format=seconds (or"
            + " minutes), or draw a rectangle around it.";
    }

    /** Why the readings are in doubt, for the log. */
    static String why(int digit) {
        return "every reading ends in " + digit + ", which a running count does not do: it is probably a unit or a"
            + " mark read as a digit (0.5 s read as 055), so every slice is flagged and no interval is trusted."
            + " If the timestamp is a time with a unit, set format=seconds (or minutes), or draw a rectangle around"
            + " it.";
    }

    /** Every row flagged, saying why in short; flagged rows keep their own note first. */
    static List<TimestampReading> flagged(List<TimestampReading> rows, int digit) {
        return TimestampReading.allFlagged(rows,
            "every reading ends in " + digit + ": probably not a digit of the count");
    }
}
