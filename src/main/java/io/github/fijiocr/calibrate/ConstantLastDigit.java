package io.github.fijiocr.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a counter's last digit is no digit of it. A counter runs, so its last digit changes,
 * unless it steps by tens, and then it stays 0. The same other digit on every slice is static text
 * read as a digit: tiny {@code 0.5 s} read as {@code 055} (the point lost, the s taken for a 5),
 * which then counts up by 50 on every slice without a break the sequence could see.
 */
final class ConstantLastDigit {
    /** Distinct values needed before a constant last digit says anything. */
    static final int MIN_VALUES = 3;

    private ConstantLastDigit() {
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

    /** Why the readings are in doubt, for the log. */
    static String why(int digit) {
        return "every reading ends in " + digit + ", which a running count does not do: it is probably a unit or a"
            + " mark read as a digit (0.5 s read as 055), so every slice is flagged and no interval is trusted."
            + " If the timestamp is a time with a unit, set format=seconds (or minutes), or draw a rectangle around it.";
    }

    /** Every row flagged, saying why in short; flagged rows keep their own note first. */
    static List<TimestampReading> flagged(List<TimestampReading> rows, int digit) {
        String why = "every reading ends in " + digit + ": probably not a digit of the count";
        List<TimestampReading> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.flagged(why)));
        return out;
    }
}
