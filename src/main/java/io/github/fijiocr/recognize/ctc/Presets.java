package io.github.fijiocr.recognize.ctc;

import java.util.Map;
import java.util.TreeMap;

/**
 * Named patterns for what is commonly read from an image's corner. A pattern that is exactly a
 * preset's name means the preset (a line reading "time" literally is not worth the confusion).
 * <ul>
 * <li>{@code time}: h:mm:ss or hh:mm:ss, or m:ss or mm:ss, optionally with a fraction of a
 * second ({@code 12:03:59.25}); hours and the leading minutes of m:ss are not bounded (elapsed
 * times run past 23 or 59), minutes after hours and seconds are 00 to 59;</li>
 * <li>{@code date}: day first ({@code 31.12.2024 31/12/24 1-2-2024}), year first
 * ({@code 2024-12-31 2024/12/31 2024.12.31}) or month first with slashes ({@code 12/31/2024}), the
 * same separator twice, day 1 to 31 and month 1 to 12 with or without a leading zero, years of
 * two or four digits (four when first);</li>
 * <li>{@code number}: an optional sign and digits;</li>
 * <li>{@code decimal}: an optional sign, digits, and optionally a point or comma and more digits
 * ({@code -3,25 +0.5 12}); a leading separator is allowed ({@code .5}).</li>
 * </ul>
 */
public final class Presets {
    private static final String FRACTION = "(\\.\\d+)?";
    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(0?[1-9]|1[0-2])";
    private static final String YEAR = "(\\d{2}|\\d{4})";
    private static final Map<String, String> PRESETS = new TreeMap<>(Map.of(
        "time", "\\d{1,2}:[0-5]\\d:[0-5]\\d" + FRACTION + "|\\d{1,2}:[0-5]\\d" + FRACTION,
        "date", dayFirst('.') + "|" + dayFirst('/') + "|" + dayFirst('-') + "|" + yearFirst('.') + "|"
            + yearFirst('/') + "|" + yearFirst('-') + "|" + MONTH + "/" + DAY + "/" + YEAR,
        "number", "[+-]?\\d+",
        "decimal", "[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)"));

    private Presets() {
    }

    private static String dayFirst(char sep) {
        return DAY + "\\" + sep + MONTH + "\\" + sep + YEAR;
    }

    private static String yearFirst(char sep) {
        return "\\d{4}\\" + sep + MONTH + "\\" + sep + DAY;
    }

    /** The preset's regular expression, or the pattern itself when it names no preset. */
    public static String resolve(String pattern) {
        return PRESETS.getOrDefault(pattern, pattern);
    }

    /** The preset names and their expressions, by name. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(PRESETS);
    }
}
