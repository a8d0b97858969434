package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal point the reader misses on every slice: {@code 4.5 s} read as {@code 45 s} counts up
 * as steadily as the truth, ten times too fast, and no check of the sequence can see it.
 * {@link LabelShape} finds such a point in the pixels where the ground around it is clean; over a
 * cell, or in heavy noise, its cut takes the cell for ink. The reader's lattice still holds the
 * point as the alternative it nearly chose: where, on a third of the probe slices or more, the
 * text with a point before its last digit is not far less likely than the text as read, the point
 * is in doubt, and every slice is flagged instead of trusting either reading. (On 56 seen seeds of
 * the benchmark, at most a quarter of the probes of a whole-number stack came that close; half or
 * more on three of the four decimal stacks read without their point.)
 */
final class HiddenPoint {
    /** A probe keeps the point close where the text with it is at least this power of ten as likely as read. */
    static final double CLOSE = -2;
    /** The point is in doubt where at least this share of the probes keep it close. */
    static final double SHARE = 1 / 3.0;
    /** Probes read as a whole number with a unit needed before the lattice is asked. */
    static final int MIN_PROBES = 3;

    private static final Pattern NUMBER = Pattern.compile("(\\d*)(\\d)");
    /** How {@link TimeText#pattern} writes the first number: whole, or zero-padded. */
    private static final Pattern FIRST_NUMBER = Pattern.compile(Pattern.quote("(0|[1-9]\\d*)") + "|"
        + Pattern.quote("\\d{") + "\\d+,\\}");

    private HiddenPoint() {
    }

    /**
     * {@code text} with a point before the last digit of its first number ({@code 45 s} to
     * {@code 4.5 s}, {@code 5 s} to {@code 0.5 s}); null when it has no number.
     */
    static String dotted(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return text.substring(0, m.start()) + (m.group(1).isEmpty() ? "0" : m.group(1)) + "." + m.group(2)
            + text.substring(m.end());
    }

    /**
     * Whether the probes' lattices keep a point before the last digit as a close alternative to
     * their readings ({@code readings}: the probes read with the stack's pattern). Only readings
     * of a whole number of two digits or more with a unit count: {@code 5 s} against
     * {@code 0.5 s} adds a digit too, which the lattice rightly finds unlikely.
     */
    static boolean inDoubt(LineRecognizer recognizer, List<ByteProcessor> crops, List<Recognizer.ReadLine> readings) {
        List<Double> ratios = new ArrayList<>();
        for (int k = 0; k < crops.size(); k++) {
            Recognizer.ReadLine line = readings.get(k);
            TimeText t = line == null || TimestampFormat.rejected(line) ? null : TimeText.parse(line.text);
            if (t == null || t.kind != TimeText.Kind.WITH_UNIT || t.resolution < 1 || digits(line.text) < 2) {
                continue;
            }
            String dotted = dotted(line.text);
            double[] scores = recognizer.scores(crops.get(k), List.of(line.text, dotted));
            // scores are per character (geometric means): back to whole-text probabilities.
            ratios.add((Math.log(scores[1]) * length(dotted) - Math.log(scores[0]) * length(line.text)) / Math.log(10));
        }
        if (ratios.size() < MIN_PROBES) {
            return false;
        }
        return ratios.stream().filter(r -> r > CLOSE).count() >= SHARE * ratios.size();
    }

    private static int length(String text) {
        return Math.max(1, text.codePointCount(0, text.length()));
    }

    private static int digits(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? m.end() - m.start() : 0;
    }

    /** Why the readings are in doubt, for the log, with the way out: the format to give either way. */
    static String why(TimeText sample) {
        String whole = sample.pattern();
        String point = FIRST_NUMBER.matcher(whole).replaceFirst(Matcher.quoteReplacement("\\d+\\.\\d"));
        return "a decimal point may be hidden before the last digit (" + sample + " may be " + dotted(sample.toString())
            + "): the reader nearly read it, and a point missed on every slice makes the interval ten times too"
            + " long, so every slice is flagged and no interval is set. Set format=[" + point + "] if the time has a"
            + " decimal point, or format=[" + whole + "] if it has none.";
    }

    /** Every row flagged, saying why in short. */
    static List<TimestampReading> flagged(List<TimestampReading> rows) {
        List<TimestampReading> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.flagged("a decimal point may be hidden before the last digit")));
        return out;
    }
}
