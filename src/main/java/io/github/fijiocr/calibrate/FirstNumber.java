package io.github.fijiocr.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Whether a clock's first number can be trusted. The sequence check judges steps between slices,
 * and a first number misread the same way on most slices (cells under the hours of
 * {@code 01:01:14} read as {@code 10:01:14}) steps right all along: every time is off by the same
 * hours and nothing breaks. What gives it away is the slices whose reading differs from what the
 * sequence predicts in the first number alone, the rest of the clock exactly as predicted. A few
 * such slices beside a long run mean the first number is read one way here and another there,
 * and the run's may be the wrong one: then every slice is flagged, the interval (which the first
 * number does not touch) is kept.
 * <p>
 * A single number ({@code 10 min}, a counter) has the same weakness in its leading digit: a cell
 * just left of {@code 10 min} read as a {@code 4} on most slices counts up as {@code 410},
 * {@code 412}..., and then on to {@code 500}, while the slices where it was not read ({@code 102})
 * differ from the prediction ({@code 502}) in the leading digit alone; a cell read as digits in
 * front of the number ({@code 6020 sec} for {@code 20 sec}) shows as slices with fewer or other
 * digits in front of the same last two. Then no interval is set where the number is whole:
 * a number misread so may also have lost its point ({@code 0.5 s} read as {@code 5 s}).
 */
final class FirstNumber {
    /**
     * Flagged slices that must disagree in the first number alone, at least, and as a share of the
     * stack. On seven seen seeds (280 generated stacks) stacks read right had at most 3 of 58 such
     * slices (5%; counted before marks in front were left out), the one stack read an hour off had
     * 7 of 60. Chosen there. A mark left of the
     * clock read as an extra digit ({@code 101:00:18} for {@code 001:00:18}) does not count at
     * all ({@link #prefixed}): on a fresh seed it did so on 19 of 60 slices of a run read right.
     */
    static final int MIN_DISAGREEING = 3;
    static final double SHARE = 0.1;

    private FirstNumber() {
    }

    /**
     * The first numbers of the flagged readings that differ from their slice's prediction
     * ({@code expected}, by row index) in the first number alone, and not just by digits in front
     * of it; for a single number, in its leading digits alone ({@link #leadingDigitsDiffer}).
     * Only those that differ from the prediction by the same time count together: if the run were
     * the misread one, those slices would be the truth, a fixed time from the run (a cell read as
     * {@code 60} in front of every {@code 20 sec}). Slices that each lost other leading digits
     * ({@code 5 sec}, {@code 0 sec}, {@code 35 sec} for {@code 55}, {@code 130} and {@code 235}:
     * a downscaled JPEG counter, seed 1057) are each a misreading beside a run read right.
     */
    static List<String> disagreeing(List<TimestampReading> rows, IntFunction<List<String>> expected,
        boolean hoursMinutes) {
        Map<Long, List<String>> byOffset = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TimestampReading r = rows.get(i);
            // Corrected slices do not count: their image confirmed the run's first number.
            TimeText t = r.status == TimestampReading.Status.FLAGGED ? TimeText.parse(r.text, hoursMinutes) : null;
            if (t == null) {
                continue;
            }
            for (String e : expected.apply(i)) {
                TimeText p = TimeText.parse(e, hoursMinutes);
                boolean clock = t.afterFirstNumber() != null;
                if (p != null && (clock ? t.afterFirstNumber().equals(p.afterFirstNumber())
                    && !prefixed(t.firstNumber(), p.firstNumber()) : leadingDigitsDiffer(t, p))) {
                    byOffset.computeIfAbsent(Math.round((p.value - t.value) * 1000), k -> new ArrayList<>())
                        .add(doubted(t));
                    break;
                }
            }
        }
        return byOffset.values().stream().max(java.util.Comparator.comparingInt(List::size))
            .orElse(new ArrayList<>());
    }

    /**
     * The flagged rows (by index) whose clock differs from a prediction ({@code expected}, by row
     * index) in its first number alone, digits in front of it included: a cell over the first
     * number, which {@link SharedFirstNumber} can leave out.
     */
    static List<Integer> offInFirstNumberAlone(List<TimestampReading> rows, IntFunction<List<String>> expected,
        boolean hoursMinutes) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TimestampReading r = rows.get(i);
            TimeText t = r.status == TimestampReading.Status.FLAGGED ? TimeText.parse(r.text, hoursMinutes) : null;
            if (t == null || t.afterFirstNumber() == null) {
                continue;
            }
            for (String e : expected.apply(i)) {
                TimeText p = TimeText.parse(e, hoursMinutes);
                if (p != null && t.afterFirstNumber().equals(p.afterFirstNumber())
                    && !t.firstNumber().equals(p.firstNumber())) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code read} is {@code predicted} with digits in front, or the same: a mark left of
     * the clock read as a digit ({@code 101:00:18} for {@code 001:00:18}) is a misreading beside
     * the run, not a doubt about it. The predicted number's own leading zeros may be read as any
     * digit for the same reason.
     */
    static boolean prefixed(String read, String predicted) {
        String significant = predicted.replaceFirst("^0+(?=.)", "");
        return read.endsWith(significant);
    }

    /**
     * Whether a single number {@code read} differs from {@code predicted} in its leading digit
     * alone, as written: same text, same width, the number's first digit another.
     */
    static boolean leadingDigitOnly(TimeText read, TimeText predicted) {
        String a = read.toString();
        String b = predicted.toString();
        if (read.afterFirstNumber() != null || predicted.afterFirstNumber() != null || a.length() != b.length()
            || read.firstNumber().length() < 2 || read.firstNumber().length() != predicted.firstNumber().length()) {
            return false;
        }
        int at = a.indexOf(read.firstNumber());
        return at >= 0 && a.charAt(at) != b.charAt(at)
            && a.substring(0, at).equals(b.substring(0, at)) && a.substring(at + 1).equals(b.substring(at + 1));
    }

    /**
     * Whether a single number {@code read} differs from {@code predicted} in its leading digits
     * alone: the leading digit another ({@link #leadingDigitOnly}), or fewer digits in front of
     * the same last two ({@code 20 sec} and {@code 430 sec} where the run reads {@code 6020 sec}
     * and {@code 6030 sec}: a cell left of the number read as digits on most slices, seed 587).
     * Never a reading with digits in front of the prediction ({@link #prefixed}): that is a mark
     * beside a run read right; nor one that lacks only leading 1s ({@code 12min} for
     * {@code 112min}): a thin 1 is what a reader drops (fresh seed 601, a run read right).
     */
    static boolean leadingDigitsDiffer(TimeText read, TimeText predicted) {
        if (leadingDigitOnly(read, predicted)) {
            return true;
        }
        String r = read.firstNumber();
        String q = predicted.firstNumber();
        if (read.afterFirstNumber() != null || predicted.afterFirstNumber() != null || q.length() <= r.length()
            || prefixed(r, q) || !q.endsWith(r.substring(Math.max(0, r.length() - 2)))
            || q.endsWith(r) && q.substring(0, q.length() - r.length()).matches("1+")) {
            return false;
        }
        String a = read.toString();
        String b = predicted.toString();
        int at = a.indexOf(r);
        int bt = b.indexOf(q);
        return at >= 0 && bt >= 0 && a.substring(0, at).equals(b.substring(0, bt))
            && a.substring(at + r.length()).equals(b.substring(bt + q.length()));
    }

    static boolean inDoubt(int disagreeing, int slices) {
        return disagreeing >= MIN_DISAGREEING && disagreeing >= SHARE * slices;
    }

    /** What may be read wrong the same way on most slices: a clock's first number, a single number's leading digit. */
    private static String doubted(TimeText t) {
        return t.afterFirstNumber() != null ? t.firstNumber() : t.firstNumber().substring(0, 1);
    }

    /**
     * Why the first number is in doubt, in a sentence for the log; {@code intervalKept}: the frame
     * interval is still set (a clock's), else not (a single number's).
     */
    static String why(List<TimestampReading> rows, List<String> disagreeing, boolean intervalKept) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TimestampReading r : rows) {
            TimeText t = r.status == TimestampReading.Status.FLAGGED ? null : TimeText.parse(r.text);
            if (t != null) {
                counts.merge(doubted(t), 1, Integer::sum);
            }
        }
        String run = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElse("?");
        // The run is most slices, unless sure misreadings made it (a cell read as 90:33 on ten slices).
        int runSlices = counts.getOrDefault(run, 0);
        String where = runSlices > disagreeing.size() ? " on most"
            : " on the " + runSlices + " read surely enough to make the sequence";
        return "the first number of the timestamp is in doubt: " + disagreeing.size() + " slices read it otherwise ("
            + String.join(", ", new java.util.TreeSet<>(disagreeing)) + ") where the rest fits the sequence, against "
            + run + where + ". Every time may be off by the same amount, so every slice is flagged; "
            + (intervalKept ? "the frame interval does not depend on it and is set."
                : "the frame interval is not set (a number read wrong may also have lost its point).")
            + " Check the first slice's time against the image.";
    }

    /** Every row flagged, saying why in short; flagged rows keep their own note first. */
    static List<TimestampReading> flagged(List<TimestampReading> rows, List<String> disagreeing) {
        String why = "the timestamp's first number is in doubt: " + disagreeing.size() + " slices read it otherwise ("
            + String.join(", ", new java.util.TreeSet<>(disagreeing)) + ") where the rest fits";
        List<TimestampReading> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.flagged(why)));
        return out;
    }
}
