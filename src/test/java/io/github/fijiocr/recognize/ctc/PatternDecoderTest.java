package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.Test;

public class PatternDecoderTest {
    private static final String CHARS = "0123456789:.,/-+ OlS";
    private static final List<String> ALPHABET = Lattices.alphabet(CHARS);
    private static final String B = Lattices.sure(Lattices.BLANK);

    private static String s(String c) {
        return Lattices.sure(c);
    }

    /** The greedy text breaks the pattern; the pattern decoder reads {@code expected}. */
    private static Decoded assertRepaired(String pattern, String expected, Lattice lattice) {
        String greedy = new GreedyDecoder(ALPHABET).decode(lattice).text;
        assertFalse(greedy + " matches " + pattern, PatternCompiler.compile(pattern, ALPHABET).matches(greedy));
        Decoded d = new PatternDecoder(pattern, ALPHABET, 0.5).decode(lattice);
        assertEquals("greedy read " + greedy, expected, d.text);
        assertFalse(d.rejected);
        return d;
    }

    @Test
    public void anOInATimeStampIsReadAsTheZeroThePatternNeeds() {
        Lattice lattice = Lattices.of(CHARS, s("1"), B, s("0"), s(":"), s("3"), "O=.55 0=.4 _=.05", B, s(":"), s("0"),
            B, s("5"));
        Decoded d = assertRepaired("time", "10:30:05", lattice);
        // The repaired character keeps its own, modest, confidence and its column.
        Span zero = d.characters.get(4);
        assertEquals("0", zero.character);
        assertEquals(5, zero.firstColumn);
        assertEquals(0.4, zero.confidence, 0.01);
    }

    @Test
    public void aMissedColonIsPutBack() {
        Lattice lattice = Lattices.of(CHARS, s("1"), s("2"), ":=.35 _=.65", s("3"), s("4"));
        assertRepaired("time", "12:34", lattice);
    }

    @Test
    public void aDoubledDigitWithAWeakBlankBetweenIsKeptDouble() {
        // Greedy reads three 3-columns as one 3; the pattern needs two seconds digits.
        Lattice lattice = Lattices.of(CHARS, s("1"), B, s("1"), s(":"), s("2"), B, s("2"), s(":"), "3=.9",
            "3=.6 _=.35", "3=.9");
        assertRepaired("time", "11:22:33", lattice);
    }

    @Test
    public void aSlashReadAsOneIsASlashAgainInADate() {
        // Greedy reads 1, 1, 2 as "12": a date with a month and no day.
        Lattice lattice = Lattices.of(CHARS, s("1"), "1=.5 /=.4 _=.1", s("2"), s("/"), s("2"), s("0"), s("2"), s("4"));
        assertRepaired("date", "1/2/2024", lattice);
    }

    @Test
    public void lettersLikeDigitsBecomeDigitsInNumbers() {
        Lattice number = Lattices.of(CHARS, "l=.6 1=.35 _=.05", s("2"), s("0"), s("5"));
        assertRepaired("number", "1205", number);
        Lattice decimal = Lattices.of(CHARS, s("-"), s("3"), s(","), "S=.7 5=.25 _=.05");
        assertRepaired("decimal", "-3,5", decimal);
    }

    @Test
    public void theBestPathThePatternAcceptsMatchesTheBruteForce() {
        String[] patterns = {"a+b?", "(ab|ba)c?", "[^a]*", "a{2}|c", "b.?a", "c(a|b)*c", "a*"};
        Random random = new Random(7);
        int compared = 0;
        for (String pattern : patterns) {
            Predicate<String> accepted = Pattern.compile(pattern).asMatchPredicate();
            for (int i = 0; i < 150; i++) {
                Lattice lattice = Lattices.random(random, 1 + random.nextInt(5), 4);
                BruteForce brute = new BruteForce(lattice);
                String best = BruteForce.argMax(brute.bestPath, accepted);
                Decoded d = new PatternDecoder(pattern, lattice.alphabet(), 0).decode(lattice);
                if (best == null) {
                    assertNull(pattern, d.text);
                    assertTrue(d.rejected);
                    continue;
                }
                if (brute.bestPath.get(best) - BruteForce.runnerUp(brute.bestPath, best, accepted) < 1e-9) {
                    continue;
                }
                assertEquals(pattern, best, d.text);
                assertEquals(pattern, Math.log(brute.total.get(best)), d.logProb, 1e-5);
                compared++;
            }
        }
        assertTrue("" + compared, compared > 900);
    }

    @Test
    public void aLineThePatternFitsOnlyImprobablyIsRejectedWithItsBestText() {
        Lattice letters = Lattices.of(CHARS, s("O"), B, s("l"), s("S"));
        Decoded d = new PatternDecoder("number", ALPHABET, 0.5).decode(letters);
        assertTrue(d.rejected);
        assertTrue(d.text, d.text.matches("\\d+"));
        assertTrue("" + d.score, d.score < 0.01);
        assertFalse(new PatternDecoder("number", ALPHABET, 0).decode(letters).rejected);

        Lattice clear = Lattices.of(CHARS, s("4"), s("2"));
        Decoded ok = new PatternDecoder("number", ALPHABET, 0.9).decode(clear);
        assertEquals("42", ok.text);
        assertFalse(ok.rejected);
        assertTrue("" + ok.score, ok.score > 0.95);
    }

    @Test
    public void aLineNoAcceptedTextFitsIsRejectedWithoutText() {
        Lattice twoColumns = Lattices.of(CHARS, s("4"), s("2"));
        Decoded d = new PatternDecoder("\\d{3}", ALPHABET, 0).decode(twoColumns);
        assertNull(d.text);
        assertTrue(d.rejected);
        assertEquals(0, d.score, 0);
        assertEquals(List.of(), d.characters);
    }

    @Test
    public void allowedCharactersNarrowThePattern() {
        Lattice lattice = Lattices.of(CHARS, s("1"), "O=.6 0=.35 _=.05", s("7"));
        assertEquals("1O7", new PatternDecoder("[0-9O]+", ALPHABET, 0).decode(lattice).text);
        assertEquals("107", new PatternDecoder("[0-9O]+", ALPHABET, "0123456789", 0).decode(lattice).text);
        try {
            new PatternDecoder("O+", ALPHABET, "0123456789", 0);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("pattern=O+: no text of the allowed"));
        }
    }

    @Test
    public void aThresholdThatIsNoProbabilityIsRefusedByName() {
        try {
            new PatternDecoder("time", ALPHABET, 1.5);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("threshold=1.5 "));
        }
    }

    @Test
    public void decodingA64ColumnLineOver80ClassesIsFast() {
        String chars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:.,/-+ !?()[]%#*=<>";
        List<String> alphabet = Lattices.alphabet(chars.substring(0, 79));
        Lattice lattice = timeStampLine(alphabet, "12:34:56.78", 64, new Random(3));
        PatternDecoder pattern = new PatternDecoder("time", alphabet, 0.5);
        GreedyDecoder greedy = new GreedyDecoder(alphabet);
        BeamDecoder beam = new BeamDecoder(alphabet);
        assertEquals("12:34:56.78", pattern.decode(lattice).text);
        System.out.printf("64 columns x 80 classes: pattern (time) %.1f us, greedy %.1f us, beam (16) %.1f us"
            + " per line%n", micros(() -> pattern.decode(lattice)), micros(() -> greedy.decode(lattice)),
            micros(() -> beam.decode(lattice)));
    }

    /** Mean microseconds per call over a quarter of a second, after 5000 calls (or a second) for the JIT. */
    private static double micros(Runnable r) {
        long end = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < 5000 && System.nanoTime() < end; i++) {
            r.run();
        }
        int n = 0;
        long t0 = System.nanoTime();
        long t = t0;
        for (; t - t0 < 250_000_000L; t = System.nanoTime()) {
            r.run();
            n++;
        }
        return (t - t0) / 1e3 / n;
    }

    /**
     * A line as a trained network might give it: each character over 3 columns and a blank after
     * it, blanks around, every class with some noise (about 5% of each column's probability).
     */
    private static Lattice timeStampLine(List<String> alphabet, String text, int columns, Random random) {
        int classes = alphabet.size() + 1;
        float[][] probs = new float[columns][classes];
        int t = 2;
        for (float[] col : probs) {
            for (int c = 0; c < classes; c++) {
                col[c] = (float) (0.05 * Math.exp(random.nextGaussian()));
            }
        }
        for (char ch : text.toCharArray()) {
            for (int k = 0; k < 3; k++) {
                probs[t++][alphabet.indexOf(String.valueOf(ch))] += 60 + 40 * random.nextFloat();
            }
            probs[t++][classes - 1] += 80;
        }
        for (; t < columns; t++) {
            probs[t][classes - 1] += 100;
        }
        probs[0][classes - 1] += 100;
        probs[1][classes - 1] += 100;
        for (float[] col : probs) {
            float sum = 0;
            for (float p : col) {
                sum += p;
            }
            for (int c = 0; c < classes; c++) {
                col[c] /= sum;
            }
        }
        return Lattice.ofProbabilities(probs, classes - 1, alphabet);
    }

    @Test
    public void theLatticeMustFitTheDecodersAlphabet() {
        Lattice other = Lattices.of("12", s("1"));
        try {
            new PatternDecoder("1", ALPHABET, 0).decode(other);
            fail();
        } catch (IllegalArgumentException expected) {
            assertNotEquals(null, expected.getMessage());
        }
    }
}
