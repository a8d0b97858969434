package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which length unit a scale bar's label has, and whether that is sure: a wrong unit sets a scale
 * a thousand or a million times off. The label is scored with each unit in its place and with
 * every other letter in its unit's first letter's ({@link NumberOdds#scores}); a µ's descender
 * ({@link LabelShape#microSign}) and the letters' widths and strokes ({@link NmOrMm}) settle the
 * close calls the model leaves. Part of {@link LabelJudge}'s verdict.
 */
final class UnitJudge {
    /**
     * The label with the unit read must be this many times more probable (the whole text) than
     * with any other length unit: about 90% against the runner-up.
     */
    static final double UNIT_MARGIN = 10;
    /**
     * The margin between nm and mm where the digits are under {@link UnitLetters#MIN_SETTLING_HEIGHT}
     * pixels or unmeasured: no count of the unit's strokes backs the model there, and it takes a
     * small nm for a sure mm or the reverse by up to 10^2.9 (labels of 5 to 7 pixels drawn in six
     * faces, 33 such of 1,126 nm and mm labels read with their digits right; a 12-point DejaVu
     * Serif {@code 200 nm} scaled to 0.75 was set as mm on fresh seed 1609). Only between those
     * two: against µm it caught nothing and cost right labels (a µ's descender is its own cue).
     */
    static final double SMALL_UNIT_MARGIN = 1000;
    private final LineRecognizer recognizer;
    private final NumberOdds odds;

    /** {@code recognizer}: the label reader; {@code odds}: its scores of other texts for the same line. */
    UnitJudge(LineRecognizer recognizer, NumberOdds odds) {
        this.recognizer = recognizer;
        this.odds = odds;
    }

    /**
     * When something touches the unit's letters (ink joined to them past their strokes' rows) and
     * the digits are {@link UnitLetters#MIN_STEM_HEIGHT} pixels or more, the label read again with only
     * its strokes; a doubt when the unit then reads as another (a bright cell under a bold nm:
     * a sure mm). Burned-in text is drawn at the ground's far extreme, and a cell is not. Not
     * for a unit read as µm.
     */
    String doubtOfUnitTouch(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape, String unit,
        Rectangle bar) {
        // Not µm, judged by its descender (microSign) and its letter's probability: with only its
        // strokes, a µ can lose the tail of its descender and read as a c (seen seed 1055's bar 21).
        if (unit.equals("µm") || shape.digitsHeight() < UnitLetters.MIN_STEM_HEIGHT || shape.unitTouched() == null) {
            return null;
        }
        ByteProcessor strokes = LabelJudge.strokesOnly(gray, label.bounds, shape.groundAndSide(), bar);
        String again = recognizer.readRegions(strokes, List.of(label.bounds)).get(0).text;
        Object[] p = ScaleBarReader.parse(again);
        return p == null || p[1].equals(unit) ? null : String.format(Locale.ROOT, "the label reads as %s, but as %s"
            + " with what touches its unit left out", label.text, again);
    }

    /**
     * How sure the unit's first letter is (the one that makes it µm, nm, mm or cm): the label's
     * probability (with the letters of {@code oneMeaning} one meaning) against the sum over the
     * label with each letter, or µ, in that letter's place.
     * Comparing the four units alone would miss a letter the network takes for none of them.
     */
    double prefixConfidence(ByteProcessor gray, Recognizer.ReadLine line, String oneMeaning) {
        String text = line.text;
        int at = 0;
        while (at < text.length() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        if (at == text.length()) {
            return 0;
        }
        List<String> texts = new ArrayList<>();
        texts.add(text);
        for (char c : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZµ".toCharArray()) {
            if (c != text.charAt(at)) {
                texts.add(text.substring(0, at) + c + text.substring(at + 1));
            }
        }
        double[] scores = scores(gray, line, texts);
        int n = text.codePointCount(0, text.length());
        double sum = 0;
        double own = 0;
        for (int k = 0; k < scores.length; k++) {
            double p = Math.pow(scores[k], n);
            sum += p;
            char c = texts.get(k).charAt(at);
            own += k == 0 || oneMeaning.indexOf(c) >= 0 && oneMeaning.indexOf(text.charAt(at)) >= 0 ? p : 0;
        }
        return sum > 0 ? own / sum : 0;
    }

    /**
     * The unit's first letter's confidence ({@link #prefixConfidence}) in the label read again
     * with its strokes alone, where that reading is the same text; 0 where it is not. A faint
     * cell at the letters (one on a white 26-point bold µ's top, under the usual threshold: dev
     * seed 1606's bar 13 in DejaVu Serif, {@code 80 µm} read right but its µ at 0.39) is no
     * stroke of them, as it is not drawn at the text's extreme; without it the letter is judged
     * as on clean ground. Only for digits of {@link UnitLetters#MIN_STEM_HEIGHT} pixels or more:
     * in smaller labels the strokes' level thins a letter into another.
     */
    double prefixWithStrokesAlone(ByteProcessor gray, Recognizer.ReadLine label, LabelShape shape,
        Rectangle bar, String oneMeaning) {
        ByteProcessor strokes = LabelJudge.strokesOnly(gray, label.bounds, shape.groundAndSide(), bar);
        Recognizer.ReadLine again = recognizer.readRegions(strokes, List.of(label.bounds)).get(0);
        return again.text.equals(label.text) ? prefixConfidence(strokes, again, oneMeaning) : 0;
    }

    /** How well the label's line reads as each of {@code texts} ({@link LineRecognizer#scores}). */
    private double[] scores(ByteProcessor gray, Recognizer.ReadLine line, List<String> texts) {
        return odds.scores(gray, line, texts);
    }

    /**
     * {unit, doubt, letters}: the unit the label has, and null when it is sure; otherwise why not;
     * and the unit letters that the strokes told apart (null: none). The label's text is scored
     * with each length unit in its place (µm and um are one meaning). Where the unit's first letter
     * hangs below the digits' baseline, only µ does ({@link LabelShape}): the unit is µm when the
     * model finds that at least plausible (within {@link #UNIT_MARGIN} of the best). Otherwise the
     * unit read must be {@link #UNIT_MARGIN} times more probable than any other ({@code small}
     * digits: {@link #SMALL_UNIT_MARGIN} between nm and mm), and without a
     * descender the µ glyph is not one of the readings weighed. A wrong unit is a calibration off
     * by a thousand, so a close call is flagged, not taken; except nm against mm, when the letters
     * show the {@code strokes} of the unit read and not the other's ({@link NmOrMm#strokesSettle}).
     */
    String[] settled(ByteProcessor gray, Recognizer.ReadLine line, String unit, LabelShape.Answer cue,
        int strokes, boolean small, boolean nThenM) {
        String[] units = {"µm", "nm", "mm", "cm"};
        int read = Arrays.asList(units).indexOf(unit);
        if (read < 0) {
            return new String[] {unit, null};
        }
        String number = line.text.replaceAll("[^0-9.,].*$", "");
        String sep = line.text.substring(number.length()).startsWith(" ") ? " " : "";
        String[][] meanings = {cue == LabelShape.Answer.NO ? new String[] {"um"} : new String[] {"µm", "um"}, {"nm"},
            {"mm"}, {"cm"}};
        List<String> texts = new ArrayList<>();
        for (String[] m : meanings) {
            for (String u : m) {
                texts.add(number + sep + u);
            }
        }
        double[] scores = scores(gray, line, texts);
        double[] byMeaning = new double[meanings.length];
        int k = 0;
        for (int m = 0; m < meanings.length; m++) {
            for (int j = 0; j < meanings[m].length; j++) {
                byMeaning[m] = Math.max(byMeaning[m], scores[k++]);
            }
        }
        // Scores are per-character geometric means: the texts' probabilities are their powers.
        int length = texts.get(0).codePointCount(0, texts.get(0).length());
        if (cue == LabelShape.Answer.YES) {
            double best = Arrays.stream(byMeaning).max().orElse(0);
            return Math.pow(best / byMeaning[0], length) <= UNIT_MARGIN ? new String[] {"µm", null, null}
                : new String[] {unit, String.format(Locale.ROOT, "the unit reads as %s, yet its first letter hangs below"
                    + " the digits as a µ does", unit), null};
        }
        List<String> close = new ArrayList<>();
        for (int m = 0; m < meanings.length; m++) {
            double ratio = Math.pow(byMeaning[read] / byMeaning[m], length);
            double margin = small && NmOrMm.nmAgainstMm(unit, List.of(units[m])) ? SMALL_UNIT_MARGIN : UNIT_MARGIN;
            if (m != read && !(ratio >= margin)) { // NaN (both zero) is a doubt too
                close.add(units[m]);
            }
        }
        if (close.isEmpty()) {
            return new String[] {unit, null, null};
        }
        if (NmOrMm.strokesSettle(unit, close, strokes)) {
            return new String[] {unit, null, "nm"};
        }
        if (NmOrMm.nmAgainstMm(unit, close) && nThenM && strokes != NmOrMm.STROKES.get("mm")) {
            // A close call, and the letters' widths show an n before the m: nm.
            return new String[] {"nm", null, "nm"};
        }
        int m = Arrays.asList(units).indexOf(close.get(0));
        return new String[] {unit, String.format(Locale.ROOT, "the unit could be %s or %s (scores %.2f and %.2f)",
            units[read], units[m], byMeaning[read], byMeaning[m]), null};
    }
}
