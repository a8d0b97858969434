package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.recognize.Recognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How probable a label's number is against every number one digit away (one digit changed, put
 * in or left out), as the line model scores them on the label's pixels. A dropped digit is a
 * scale off by ten, so this is what a label must pass. Where the pixels have counted the
 * number's glyphs ({@link LabelShape}), a neighbour with another count is not weighed: the
 * model's doubt between {@code 200} and {@code 1200}, or {@code 100} and {@code 10}, is then one
 * the pixels have settled (it flagged right labels of 17 to 25 points, their glyphs clear).
 * A point the reader left out is weighed apart ({@link #pointOdds}): its place is bounded by
 * how ImageJ writes a fraction, not by one digit's change.
 */
final class NumberOdds {
    private final LineRecognizer recognizer;

    NumberOdds(LineRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /**
     * The number of {@code line}'s probability among its neighbours with {@code fewest} to
     * {@code most} digits (the number read is always weighed); 0 when it has none.
     */
    double of(ByteProcessor gray, Recognizer.ReadLine line, int fewest, int most) {
        return of(gray, line, fewest, most, false);
    }

    /** The same, weighing only neighbours with a point where {@code keepPoint} (the pixels show one). */
    double of(ByteProcessor gray, Recognizer.ReadLine line, int fewest, int most, boolean keepPoint) {
        String text = line.text;
        int start = 0;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.'
            || text.charAt(end) == ',')) {
            end++;
        }
        if (start == end) {
            return 0;
        }
        String head = text.substring(0, start);
        String number = text.substring(start, end);
        String tail = text.substring(end);
        Set<String> near = new LinkedHashSet<>();
        for (String n : neighbours(number)) {
            int digits = digits(n);
            if (digits >= fewest && digits <= most && (!keepPoint || n.matches(".*[.,].*"))) {
                near.add(head + n + tail);
            }
        }
        near.remove(text);
        List<String> texts = new ArrayList<>();
        texts.add(text);
        texts.addAll(near);
        double[] scores = scores(gray, line, texts);
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            // Scores are per-character geometric means: a text's probability is its power.
            sum += Math.pow(scores[k], texts.get(k).codePointCount(0, texts.get(k).length()));
        }
        double own = Math.pow(scores[0], text.codePointCount(0, text.length()));
        return sum > 0 ? own / sum : 0;
    }

    /**
     * How probable, against the reading itself, the likeliest reading of {@code line} with a
     * decimal point put between two of its number's digits is; 0 when the number has a point or
     * no such place. ImageJ writes a fraction with the fewest decimals it needs and one whole
     * digit before a 0 ({@code 0.25}, never {@code 2.50} or {@code 02.5}), so a place that would
     * give those is not weighed: a right {@code 100 µm} is never doubted as {@code 10.0 µm}.
     */
    double pointOdds(ByteProcessor gray, Recognizer.ReadLine line) {
        List<String> texts = new ArrayList<>();
        texts.add(line.text);
        texts.addAll(withPoint(line.text));
        if (texts.size() == 1) {
            return 0;
        }
        double[] scores = scores(gray, line, texts);
        if (!(scores[0] > 0)) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < scores.length; k++) {
            best = Math.max(best, logProbability(scores[k], texts.get(k)));
        }
        return Math.exp(best - logProbability(scores[0], line.text));
    }

    /**
     * {@code text} with a decimal point put between two digits of its number, at each place
     * where ImageJ could have written it; none when the number has a point or comma already.
     */
    static List<String> withPoint(String text) {
        int start = 0;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        List<String> texts = new ArrayList<>();
        if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
            || end == start || text.charAt(end - 1) == '0') {
            return texts;
        }
        for (int k = start + 1; k < end; k++) {
            if (k == start + 1 || text.charAt(start) != '0') {
                texts.add(text.substring(0, k) + "." + text.substring(k));
            }
        }
        return texts;
    }

    /** A text's ln-probability from its per-character geometric-mean score. */
    static double logProbability(double score, String text) {
        return Math.log(score) * text.codePointCount(0, text.length());
    }

    /** The model's scores of {@code texts} on the pixels of {@code line}'s box. */
    double[] scores(ByteProcessor gray, Recognizer.ReadLine line, List<String> texts) {
        gray.setRoi(line.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight())));
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        return recognizer.scores(crop, texts);
    }

    /** Every number one digit away from {@code number}: one changed, put in, or (of two or more) left out. */
    static List<String> neighbours(String number) {
        Set<String> near = new LinkedHashSet<>();
        for (int i = 0; i <= number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                near.add(number.substring(0, i) + d + number.substring(i));
                if (i < number.length() && Character.isDigit(number.charAt(i))) {
                    near.add(number.substring(0, i) + d + number.substring(i + 1));
                }
            }
            if (i < number.length() && number.length() > 1) {
                near.add(number.substring(0, i) + number.substring(i + 1));
            }
        }
        near.remove(number);
        return new ArrayList<>(near);
    }

    /** How many digits {@code text} has. */
    static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }
}
