package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.Test;

public class BeamDecoderTest {
    /** Wider than the number of prefixes a lattice of 5 columns and 3 characters can have (364). */
    private static final int EXHAUSTIVE = 1000;

    /** Runs {@code check} on random lattices of every size up to 5 columns and 4 classes. */
    private static int forTinyLattices(long seed, java.util.function.BiConsumer<Lattice, String> check) {
        Random random = new Random(seed);
        int runs = 0;
        for (int columns = 1; columns <= 5; columns++) {
            for (int classes = 2; classes <= 4; classes++) {
                for (int i = 0; i < 30; i++) {
                    Lattice lattice = Lattices.random(random, columns, classes);
                    check.accept(lattice, columns + "x" + classes + " #" + i);
                    runs++;
                }
            }
        }
        return runs;
    }

    /** The best text of the brute force over paths through {@code allowed}, or null when too close to call. */
    private static String clearBest(Map<String, Double> totals, Predicate<String> accept) {
        String best = BruteForce.argMax(totals, accept);
        double second = BruteForce.runnerUp(totals, best, accept);
        return totals.get(best) - second < 1e-9 ? null : best;
    }

    @Test
    public void aWideBeamFindsTheBruteForceBestTextAndItsProbability() {
        int[] compared = {0};
        int runs = forTinyLattices(1, (lattice, name) -> {
            BruteForce brute = new BruteForce(lattice);
            String best = clearBest(brute.total, s -> true);
            if (best == null) {
                return;
            }
            Decoded d = new BeamDecoder(lattice.alphabet(), EXHAUSTIVE, null).decode(lattice);
            assertEquals(name, best, d.text);
            assertEquals(name, Math.log(brute.total.get(best)), d.logProb, 1e-5);
            compared[0]++;
        });
        assertTrue(compared[0] > runs * 0.95);
    }

    @Test
    public void theDefaultBeamAgreesWithTheBruteForceOnTinyLattices() {
        int[] agreed = {0};
        int[] compared = {0};
        forTinyLattices(2, (lattice, name) -> {
            BruteForce brute = new BruteForce(lattice);
            String best = clearBest(brute.total, s -> true);
            if (best == null) {
                return;
            }
            Decoded d = new BeamDecoder(lattice.alphabet()).decode(lattice);
            compared[0]++;
            if (best.equals(d.text)) {
                agreed[0]++;
                assertEquals(name, Math.log(brute.total.get(best)), d.logProb, 1e-5);
            }
        });
        System.out.println("default beam (" + BeamDecoder.DEFAULT_WIDTH + "): brute-force best text in " + agreed[0]
            + " of " + compared[0] + " tiny lattices");
        assertEquals(compared[0], agreed[0]);
    }

    @Test
    public void theForwardAlgorithmSumsEveryAlignmentOfEveryText() {
        forTinyLattices(3, (lattice, name) -> {
            for (Map.Entry<String, Double> e : new BruteForce(lattice).total.entrySet()) {
                int[] text = e.getKey().chars().map(c -> lattice.alphabet().indexOf(String.valueOf((char) c)))
                    .toArray();
                assertEquals(name + " " + e.getKey(), Math.log(e.getValue()), CtcForward.logProb(lattice, text), 1e-5);
            }
        });
    }

    @Test
    public void allowedCharactersAreTheOnlyOnesEmittedAndTheBestAmongThemIsFound() {
        forTinyLattices(4, (lattice, name) -> {
            Predicate<String> allowed = c -> !c.equals("b");
            BruteForce brute = new BruteForce(lattice, allowed);
            String best = clearBest(brute.total, s -> true);
            Decoded d = new BeamDecoder(lattice.alphabet(), EXHAUSTIVE, "ac").decode(lattice);
            assertFalse(name, d.text.contains("b"));
            if (best != null) {
                assertEquals(name, best, d.text);
                assertEquals(name, Math.log(brute.total.get(best)), d.logProb, 1e-5);
            }
        });
    }

    @Test
    public void theBeamReadsATextWhoseProbabilityIsSpreadOverAlignments() {
        // Each column alone prefers the blank, so the best path reads nothing (0.6 x 0.6), but the
        // three paths of "a" (a_, _a, aa) make 0.64 (a little less: Lattices.of leaves 1% to b).
        Lattice lattice = Lattices.of("ab", "a=.4 _=.6", "a=.4 _=.6");
        assertEquals("", new GreedyDecoder(lattice.alphabet()).decode(lattice).text);
        Decoded d = new BeamDecoder(lattice.alphabet()).decode(lattice);
        assertEquals("a", d.text);
        double a = 0.4 * 0.99;
        double blank = 0.6 * 0.99;
        assertEquals(2 * a * blank + a * a, Math.exp(d.logProb), 1e-6);
        assertEquals(1, d.characters.size());
    }

    @Test
    public void spansComeFromTheBestAlignmentOfTheText() {
        Lattice lattice = Lattices.of("ab", "a=.9 _=.1", "a=.8 _=.2", "_=1", "a=.7 b=.3", "_=1", "b=.95");
        Decoded d = new BeamDecoder(lattice.alphabet()).decode(lattice);
        assertEquals("aab", d.text);
        List<Span> s = d.characters;
        assertEquals(0, s.get(0).firstColumn);
        assertEquals(1, s.get(0).lastColumn);
        assertEquals(0.9 * 0.99, s.get(0).confidence, 1e-3);
        assertEquals(3, s.get(1).firstColumn);
        assertEquals(3, s.get(1).lastColumn);
        assertEquals(5, s.get(2).firstColumn);
    }

    @Test
    public void aBeamWidthUnderOneIsRefusedByName() {
        try {
            new BeamDecoder(Lattices.alphabet("ab"), 0, null);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("beam=0 "));
        }
    }

    @Test
    public void allowedCharactersOutsideTheAlphabetAreRefusedByName() {
        try {
            new BeamDecoder(Lattices.alphabet("ab"), 4, "xyz");
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("allowed="));
        }
    }
}
