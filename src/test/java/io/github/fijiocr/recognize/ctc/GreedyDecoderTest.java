package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.Test;

public class GreedyDecoderTest {
    @Test
    public void repeatsCollapseBlanksDropAndABlankSeparatesADoubledLetter() {
        Lattice lattice = Lattices.of("ab", "a=.9", "a=.6 b=.4", "_=.8", "a=.7", "b=.5 _=.4", "b=.99", "_=1");
        Decoded d = new GreedyDecoder(lattice.alphabet()).decode(lattice);
        assertEquals("aab", d.text);
        List<Span> s = d.characters;
        assertEquals(3, s.size());
        assertEquals(0, s.get(0).firstColumn);
        assertEquals(1, s.get(0).lastColumn);
        assertEquals(3, s.get(1).firstColumn);
        assertEquals(3, s.get(1).lastColumn);
        assertEquals(4, s.get(2).firstColumn);
        assertEquals(5, s.get(2).lastColumn);
        // The highest probability over a character's columns: column 0 for the first a.
        assertEquals(s.get(0).confidence, Math.exp(lattice.logProb(0, 0)), 1e-9);
        assertEquals(s.get(2).confidence, Math.exp(lattice.logProb(5, 1)), 1e-9);
        assertEquals(CtcForward.logProb(lattice, new int[] {0, 0, 1}), d.logProb, 1e-12);
    }

    @Test
    public void theTextIsThatOfTheMostProbablePath() {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            Lattice lattice = Lattices.random(random, 1 + random.nextInt(5), 2 + random.nextInt(3));
            BruteForce brute = new BruteForce(lattice);
            String best = BruteForce.argMax(brute.bestPath, s -> true);
            assertEquals(best, new GreedyDecoder(lattice.alphabet()).decode(lattice).text);
        }
    }

    @Test
    public void aCharacterNotAllowedGivesWayToTheBestAllowedOne() {
        Lattice lattice = Lattices.of("0123456789O", "1=1", "O=.6 0=.3 _=.1", "_=1", "7=.9");
        assertEquals("1O7", new GreedyDecoder(lattice.alphabet()).decode(lattice).text);
        assertEquals("107", new GreedyDecoder(lattice.alphabet(), "0123456789").decode(lattice).text);
    }

    @Test
    public void anEmptyLatticeReadsNothing() {
        Lattice lattice = new Lattice(new float[0][], 0, Lattices.alphabet("ab"));
        Decoded d = new GreedyDecoder(lattice.alphabet()).decode(lattice);
        assertEquals("", d.text);
        assertEquals(0, d.logProb, 0);
    }
}
