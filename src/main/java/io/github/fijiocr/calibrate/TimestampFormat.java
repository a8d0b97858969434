package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack's timestamp format, decided from a few evenly spaced slices: the most common kind, the
 * finest resolution a quarter of the readings show, as most of them write it, and for a number
 * with a unit the unit word all slices' lattices prefer together. Also the {@code format=} names.
 */
final class TimestampFormat {
    /** Slices whose readings decide the format. */
    static final int PROBES = 9;

    /** The {@code format=} names; anything else is taken as a regular expression. */
    static final Map<String, String> NAMES = formats();

    /** Reads with the pattern given and never rejects. */
    private final LineRecognizer recognizer;

    TimestampFormat(LineRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    private static Map<String, String> formats() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("auto", null);
        m.put("hh:mm:ss", "\\d+:[0-5]\\d:[0-5]\\d");
        m.put("hh:mm:ss.SSS", "\\d+:[0-5]\\d:[0-5]\\d\\.\\d+");
        m.put(TimestampReader.HOURS_MINUTES, "\\d+:[0-5]\\d");
        m.put("mm:ss", "\\d+:[0-5]\\d");
        m.put("mm:ss.SSS", "\\d+:[0-5]\\d\\.\\d+");
        m.put("seconds", "([Tt] ?= ?)?\\d+(\\.\\d+)? ?(s|sec)");
        m.put("minutes", "([Tt] ?= ?)?\\d+(\\.\\d+)? ?min");
        m.put("date_time", TimeText.any(TimeText.Kind.DATE_TIME));
        m.put("counter", "(#|[Ff]rame ?|[Ss]lice ?)?\\d+");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The format most of a few evenly spaced slices show in the region (its kind and resolution),
     * as its most zero-padded reading writes it.
     */
    TimeText of(ImagePlus imp, int[] frames, Rectangle area, String pattern, boolean hoursMinutes) {
        List<ByteProcessor> crops = TimestampReader.probes(imp, frames, area);
        List<Recognizer.ReadLine> readings = recognizer.readCrops(crops, pattern);
        List<TimeText> read = times(readings, hoursMinutes);
        Map<TimeText.Kind, Long> kinds = kinds(read);
        if (kinds.size() > 1) {
            // The probes disagree ("0.0 s" on some, the counter "005" on others): the kind whose
            // readings the lattices find likeliest over all probes together, not the most votes.
            readings = likeliestKind(crops, kinds.keySet());
            read = times(readings, hoursMinutes);
            kinds = kinds(read);
        }
        TimeText.Kind kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElseThrow(() -> new OcrException("No timestamp could be read at " + area.x + "," + area.y + " "
                + area.width + "x" + area.height + " in " + imp.getTitle() + ". Draw a rectangle around the"
                + " timestamp only, or set format= (" + String.join(", ", NAMES.keySet()) + ", or a regular"
                + " expression)."));
        TimeText sample = formOf(read.stream().filter(t -> t.kind == kind).collect(java.util.stream.Collectors.toList()));
        if (kind == TimeText.Kind.CLOCK && !hoursMinutes) {
            sample = withColonAfterHours(sample);
        }
        if (kind == TimeText.Kind.WITH_UNIT) {
            sample = unitOf(crops, readings, withPointShown(crops, readings, sample));
        }
        return sample;
    }

    /**
     * The form to read every slice in, from probe readings of one kind. A reading that shows a
     * separator did not invent it, nor one that shows a decimal (small colons and points are what
     * a reader misses): of the readings with the most numbers a quarter of them show, the finest
     * resolution a quarter of those show, written as {@link #writtenAs} says. Numbers come first:
     * a dim second colon read as a point, the point after it lost ({@code 00:01:05.000} read
     * {@code 00:01.05000} on three probes of nine), shows a finer resolution than the clock, and
     * read so, a JPEG stack counted hundredths of a second for quarter seconds, in step and unflagged.
     */
    static TimeText formOf(List<TimeText> ofKind) {
        double quarter = Math.max(2, ofKind.size() / 4.0);
        int most = ofKind.stream().mapToInt(TimeText::numbers).distinct()
            .filter(n -> ofKind.stream().filter(t -> t.numbers() == n).count() >= quarter)
            .max().orElse(-1);
        List<TimeText> shown = most < 0 ? ofKind : ofKind.stream().filter(t -> t.numbers() == most)
            .collect(java.util.stream.Collectors.toList());
        double finest = shown.stream().mapToDouble(t -> t.resolution).distinct()
            .filter(r -> shown.stream().filter(t -> t.resolution == r).count() >= Math.max(2, shown.size() / 4.0))
            .min().orElse(shown.get(0).resolution);
        return writtenAs(shown.stream().filter(t -> t.resolution == finest).collect(java.util.stream.Collectors.toList()));
    }

    /**
     * The form to read every slice in, from readings of one kind and resolution. A reading that
     * shows a zero-padded first number did not invent it: a thin 1 is what a reader drops
     * ({@code 01:00:39} read as {@code 0:00:39} on most slices, which then count up perfectly an
     * hour early). Nor did one that shows a separator: a dim colon is missed ({@code 00:59:50}
     * read as {@code 0059:50}, which then counts minutes up to 100 an hour early). So the form
     * with the most numbers, then the most padded, that a quarter of them show, else the form
     * most of them show (the more padded where as many show each).
     */
    static TimeText writtenAs(List<TimeText> readings) {
        Map<String, Long> forms = readings.stream().collect(java.util.stream.Collectors.groupingBy(TimeText::pattern,
            java.util.stream.Collectors.counting()));
        double quarter = Math.max(2, readings.size() / 4.0);
        Map<Integer, Long> numbers = readings.stream().collect(java.util.stream.Collectors.groupingBy(
            TimeText::numbers, java.util.stream.Collectors.counting()));
        return readings.stream().filter(t -> forms.get(t.pattern()) >= quarter || numbers.get(t.numbers()) >= quarter)
            .max(java.util.Comparator.comparingInt(TimeText::numbers)
                .thenComparingLong(t -> forms.get(t.pattern()) >= quarter ? 1 : 0)
                .thenComparingInt(TimeText::leadingWidth)
                .thenComparingLong(t -> forms.get(t.pattern())))
            .orElseGet(() -> readings.stream().max(java.util.Comparator.<TimeText>comparingLong(
                t -> forms.get(t.pattern())).thenComparingInt(TimeText::leadingWidth)).get());
    }

    /** Minutes zero-padded to three digits or more before the seconds: hours and minutes with a colon lost. */
    private static final java.util.regex.Pattern COLON_LOST =
        java.util.regex.Pattern.compile("(?<![\\d:])(0\\d*)(\\d\\d)(:[0-5]\\d)(?![\\d:])");

    /**
     * A clock of two numbers whose first is zero-padded to three digits or more ({@code 0059:50},
     * {@code 010:39}) as the clock of three it is, its hours padded to two ({@code 00:59:50},
     * {@code 00:10:39}; the thin 1 of {@code 01:00:39} was lost too): no software pads minutes
     * so, and a dim colon missed on every probe made every slice read so; at the hour,
     * {@code 01:00:04} read {@code 0100:04}, 100 minutes, and the rest of the stack read 40
     * minutes late, in step and unflagged. Read with the colon's place in the pattern, the reader
     * finds the dim colon.
     */
    static TimeText withColonAfterHours(TimeText sample) {
        if (sample.numbers() != 2) {
            return sample;
        }
        java.util.regex.Matcher m = COLON_LOST.matcher(sample.toString());
        if (!m.find()) {
            return sample;
        }
        // Hours zero-padded to two digits, as software that pads pads them.
        String hours = m.group(1).length() < 2 ? "0" + m.group(1) : m.group(1);
        TimeText three = TimeText.parse(sample.toString().substring(0, m.start()) + hours + ":" + m.group(2)
            + m.group(3) + sample.toString().substring(m.end()));
        return three != null && three.kind == TimeText.Kind.CLOCK && three.numbers() == 3 ? three : sample;
    }

    /** The readings that parse as times (rejected ones and others left out). */
    private static List<TimeText> times(List<Recognizer.ReadLine> readings, boolean hoursMinutes) {
        List<TimeText> out = new ArrayList<>();
        for (Recognizer.ReadLine line : readings) {
            TimeText t = line == null || rejected(line) ? null : TimeText.parse(line.text, hoursMinutes);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<TimeText.Kind, Long> kinds(List<TimeText> read) {
        return read.stream().collect(java.util.stream.Collectors.groupingBy(t -> t.kind,
            () -> new java.util.EnumMap<>(TimeText.Kind.class), java.util.stream.Collectors.counting()));
    }

    /**
     * A number with a unit read without a fraction, where the pixels of most probes show a point
     * before its last digit ({@link LabelShape#pointBeforeLastGlyph}): the same text with one
     * decimal, so every slice is read with the point a reader misses most often.
     */
    private static TimeText withPointShown(List<ByteProcessor> crops, List<Recognizer.ReadLine> readings,
        TimeText sample) {
        if (sample.resolution < 1) {
            return sample;
        }
        int shapes = 0;
        int points = 0;
        for (int k = 0; k < crops.size(); k++) {
            Recognizer.ReadLine line = readings.get(k);
            if (line == null || line.characters.isEmpty()) {
                continue;
            }
            int letter = LabelShape.firstLetter(line.characters);
            if (letter == 0 || letter == line.characters.size()) {
                continue;
            }
            ByteProcessor crop = crops.get(k);
            LabelShape shape = new LabelShape(crop, new Rectangle(crop.getWidth(), crop.getHeight()), line.characters,
                letter);
            if (shape.digitsShown() >= 0) {
                shapes++;
                points += shape.pointBeforeLastGlyph() ? 1 : 0;
            }
        }
        if (points < 2 || 3 * points < 2 * shapes) {
            return sample;
        }
        String text = HiddenPoint.dotted(sample.toString());
        TimeText dotted = text == null ? null : TimeText.parse(text);
        return dotted != null ? dotted : sample;
    }

    /**
     * The probes read as each kind (its {@link TimeText#any} pattern), and the readings of the kind
     * whose texts are likeliest over all probes together (whole-text probabilities multiplied).
     */
    private List<Recognizer.ReadLine> likeliestKind(List<ByteProcessor> crops, java.util.Set<TimeText.Kind> kinds) {
        List<Recognizer.ReadLine> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TimeText.Kind kind : kinds) {
            List<Recognizer.ReadLine> readings = recognizer.readCrops(crops, TimeText.any(kind));
            double total = 0;
            for (int k = 0; k < crops.size(); k++) {
                Recognizer.ReadLine line = readings.get(k);
                String text = line == null || rejected(line) ? null : line.text;
                double score = text == null ? 0 : recognizer.scores(crops.get(k), List.of(text))[0];
                total += Math.log(Math.max(1e-300, score)) * (text == null ? 1 : Math.max(1, text.codePointCount(0,
                    text.length())));
            }
            if (total > bestScore) {
                bestScore = total;
                best = readings;
            }
        }
        return best;
    }

    /**
     * The unit word decided over all probe slices together: each reading rewritten with each unit
     * and scored against its slice's lattice (whole-text probabilities, multiplied over slices). A
     * small "min" read once as "ms" would be a factor of 60,000; one vote per slice is not enough.
     */
    private TimeText unitOf(List<ByteProcessor> crops, List<Recognizer.ReadLine> readings, TimeText sample) {
        double[] total = new double[TimeText.UNITS.size()];
        for (int k = 0; k < crops.size(); k++) {
            TimeText t = readings.get(k) == null ? null : TimeText.parse(readings.get(k).text);
            if (t == null || t.kind != TimeText.Kind.WITH_UNIT) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            TimeText.UNITS.forEach(u -> texts.add(t.withUnit(u)));
            double[] scores = recognizer.scores(crops.get(k), texts);
            for (int u = 0; u < total.length; u++) {
                total[u] += Math.log(Math.max(1e-300, scores[u])) * texts.get(u).codePointCount(0, texts.get(u).length());
            }
        }
        int best = 0;
        for (int u = 1; u < total.length; u++) {
            best = total[u] > total[best] ? u : best;
        }
        if (total[best] == total[0] && java.util.Arrays.stream(total).allMatch(x -> x == total[0])) {
            return sample; // the lattices cannot tell the units apart: keep the unit as read
        }
        TimeText chosen = TimeText.parse(sample.withUnit(TimeText.UNITS.get(best)));
        return chosen != null ? chosen : sample;
    }

    static boolean rejected(Recognizer.ReadLine line) {
        return line.characters.stream().anyMatch(c -> c.rejected);
    }
}
