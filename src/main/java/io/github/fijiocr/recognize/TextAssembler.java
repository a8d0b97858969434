package io.github.fijiocr.recognize;

import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins a line's character probabilities into text. Within a word, digits and letters do not mix
 * in dates, times, codes and words, so a letter in a mostly-digit word is replaced by the model's
 * own best digit when that digit is still plausible (0/O, 1/I, 5/S, 8/B), and vice versa. The
 * confidence of a character of the word's kind is its probability among that kind: the word has
 * already ruled out the other kind, so a 0 that might have been an O is no longer in doubt.
 */
final class TextAssembler {
    /** A replacement needs at least this probability of its own. */
    static final double PLAUSIBLE = 0.05;

    private static final Predicate<String> DIGIT = s -> s.length() == 1 && Character.isDigit(s.charAt(0));
    private static final Predicate<String> LETTER = s -> s.length() == 1 && Character.isLetter(s.charAt(0));

    private final List<String> alphabet;
    private final double threshold;

    TextAssembler(List<String> alphabet, double threshold) {
        this.alphabet = alphabet;
        this.threshold = threshold;
    }

    /** Readings for the line's glyphs, in order; {@code probs[i]} belongs to glyph i. */
    List<CharacterReading> readings(TextLine line, float[][] probs) {
        List<Glyph> glyphs = line.glyphs();
        List<CharacterReading> out = new ArrayList<>();
        int wordFrom = 0;
        for (int i = 0; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || (i > 0 && glyphs.get(i).wordStart())) {
                out.addAll(word(glyphs.subList(wordFrom, i), probs, wordFrom));
                wordFrom = i;
            }
        }
        return out;
    }

    String text(TextLine line, List<CharacterReading> readings) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < readings.size(); i++) {
            if (line.glyphs().get(i).wordStart()) {
                sb.append(' ');
            }
            sb.append(readings.get(i).text());
        }
        return sb.toString();
    }

    private double mass(float[] p, Predicate<String> kind) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += kind.test(alphabet.get(i)) ? p[i] : 0;
        }
        return sum;
    }

    private List<CharacterReading> word(List<Glyph> glyphs, float[][] probs, int offset) {
        List<CharacterReading> first = new ArrayList<>();
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            CharacterReading r = Readings.reading(probs[offset + i], alphabet, glyphs.get(i).ink(), threshold);
            first.add(r);
            digits += DIGIT.test(r.label) ? 1 : 0;
            letters += LETTER.test(r.label) ? 1 : 0;
        }
        if (digits == letters) {
            return first;
        }
        Predicate<String> majority = digits > letters ? DIGIT : LETTER;
        Predicate<String> minority = digits > letters ? LETTER : DIGIT;
        List<CharacterReading> out = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            CharacterReading r = first.get(i);
            float[] p = probs[offset + i];
            int swap = minority.test(r.label) ? Readings.best(p, alphabet, majority) : -1;
            if (majority.test(r.label)) {
                r = new CharacterReading(r.label, r.confidence / mass(p, majority), r.secondLabel,
                    r.secondConfidence, r.box, threshold);
            } else if (swap >= 0 && p[swap] >= PLAUSIBLE) {
                // Given the word's kind, the model's answer is its probability among that kind.
                r = new CharacterReading(alphabet.get(swap), p[swap] / mass(p, majority), r.label, r.confidence,
                    r.box, threshold);
            }
            out.add(r);
        }
        return out;
    }
}
