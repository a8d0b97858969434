package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** pattern= on the character path: the most probable text the pattern accepts, a class per glyph. */
public class PatternReaderTest {
    private static final List<String> ALPHABET = List.of("0", "1", "2", "3", "4", "5", "6", "S", "O", ":", ".");

    /** Probabilities putting {@code best} first and {@code second} (if any) second. */
    private static float[] glyph(String best, float p, String second) {
        float[] out = new float[ALPHABET.size()];
        float rest = 1 - p;
        if (second != null) {
            out[ALPHABET.indexOf(second)] = rest * 0.9f;
            rest *= 0.1f;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += rest / out.length;
        }
        out[ALPHABET.indexOf(best)] += p;
        return out;
    }

    private static String text(PatternReader.Choice c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.classes.length; i++) {
            sb.append(c.spaceBefore[i] ? " " : "").append(ALPHABET.get(c.classes[i]));
        }
        return sb.toString();
    }

    @Test
    public void aLetterTheGreedyReadingTakesIsReadAsTheDigitTheTimeNeeds() {
        float[][] probs = {glyph("1", .9f, null), glyph("2", .9f, null), glyph(":", .9f, null),
            glyph("3", .9f, null), glyph("O", .6f, "0"), glyph(":", .9f, null), glyph("S", .6f, "5"),
            glyph("6", .9f, null)};
        PatternReader.Choice c = new PatternReader("time", ALPHABET).read(probs, new boolean[probs.length]);
        assertEquals("12:30:56", text(c));
        assertTrue(c.score > 0.3 && c.score < 0.9);
    }

    @Test
    public void aWordGapThePatternHasNoSpaceForIsReadAsNone() {
        float[][] probs = {glyph("1", .9f, null), glyph("2", .9f, null), glyph(":", .9f, null),
            glyph("3", .9f, null), glyph("4", .9f, null)};
        boolean[] gaps = {false, false, true, false, false};
        assertEquals("12:34", text(new PatternReader("\\d\\d:\\d\\d", ALPHABET).read(probs, gaps)));
        PatternReader spaced = new PatternReader("\\d\\d :\\d\\d", ALPHABET);
        assertEquals("12 :34", text(spaced.read(probs, gaps)));
        assertFalse(spaced.read(probs, new boolean[5]) != null);
    }

    @Test
    public void noAcceptedTextIsNoChoice() {
        float[][] probs = {glyph("1", .9f, null), glyph("2", .9f, null)};
        assertNull(new PatternReader("\\d\\d\\d", ALPHABET).read(probs, new boolean[2]));
    }
}
