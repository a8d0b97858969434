package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.List;

/**
 * A scale-bar label read again with the decimal point its pixels show. ImageJ labels a short bar
 * with a fraction ({@code 0.5 µm}, {@code 2.5 µm}), and its point, a few pixels in small text, is
 * the mark the line model misses most: {@code 2.5 µm} read {@code 25 µm}, {@code 0.5 µm} read
 * {@code 05 µm}. The judge flags such a label when its pixels show the point; here the label is
 * read once more with a point required, and taken as that reading when four things agree: the
 * pixels show a point among the digits (or the room one takes), the reading is the first one's
 * digits and unit with a point put where ImageJ could have written it
 * ({@link NumberOdds#withPoint}), the line model does not find it far less likely than the first
 * ({@link #LEAST_ODDS}), and the judge finds no doubt in it, its number weighed only against
 * numbers that keep the point. A label ending in 0 is never given one (ImageJ writes no
 * {@code 2.50}). Tried only after the label's strokes alone, which confirm a whole number whose
 * "point" was a speck of the ground.
 */
final class ShownPoint {
    /**
     * The reading with the point must be at least this power of ten as likely as the first, as
     * the line model scores both on the label's pixels. A point missed in small or JPEG text
     * scored from 10^-3.5 to 10^0.9 against its absence on the development bars (seed 1766, twelve
     * faces); a speck of a cell between the digits of a right white {@code 25 nm}, which the
     * judge found no doubt in as {@code 2.5 nm}, scored 10^-5 (seed 1737's bar 5 in FreeSerif).
     */
    static final double LEAST_ODDS = -4;

    /** The label pattern with a point (or comma) required. */
    static final String DOTTED = "\\d+[.,]\\d+ ?(µm|um|nm|mm|cm|microns?|pixels?|px)";

    private ShownPoint() {
    }

    /**
     * {@code label} (read in {@code gray} beside {@code bar}, with no point) read again with the
     * point its pixels show, and the judge's verdict on it; null where the pixels show none, the
     * reading is not the same label with a point put in, the model finds it far less likely, or
     * the judge doubts it.
     */
    static LabelJudge.Reread of(LineRecognizer recognizer, LabelJudge judge, ByteProcessor gray,
        Recognizer.ReadLine label, Rectangle bar) {
        List<String> places = NumberOdds.withPoint(label.text);
        if (places.isEmpty() || !LabelJudge.pointAmongDigits(gray, label, bar)) {
            return null;
        }
        Rectangle box = label.bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        Recognizer.ReadLine again = recognizer.with(DOTTED, 0).readRegions(gray, List.of(box)).get(0);
        String dotted = again.text.replace(',', '.').replace(" ", "");
        if (places.stream().noneMatch(p -> p.replace(" ", "").equals(dotted))) {
            return null;
        }
        Object[] parsed = ScaleBarReader.parse(again.text);
        if (parsed == null || ScaleBarReader.doubtOfNumber(again.text) != null) {
            return null;
        }
        if (!likelyEnough(recognizer, gray, label, again)) {
            return null;
        }
        LabelJudge.Verdict verdict = judge.of(gray, again, (String) parsed[1], bar, true);
        return verdict.doubt == null ? new LabelJudge.Reread(again, verdict) : null;
    }

    /** Whether {@code again} is at least {@link #LEAST_ODDS} as likely as {@code label} on the label's pixels. */
    private static boolean likelyEnough(LineRecognizer recognizer, ByteProcessor gray, Recognizer.ReadLine label,
        Recognizer.ReadLine again) {
        double[] scores = new NumberOdds(recognizer).scores(gray, label, List.of(label.text, again.text));
        if (!(scores[0] > 0) || !(scores[1] > 0)) {
            return false;
        }
        double odds = NumberOdds.logProbability(scores[1], again.text)
            - NumberOdds.logProbability(scores[0], label.text);
        return odds / Math.log(10) >= LEAST_ODDS;
    }
}
