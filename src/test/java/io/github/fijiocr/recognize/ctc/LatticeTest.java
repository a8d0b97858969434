package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class LatticeTest {
    @Test
    public void theBlankMayBeAnyClass() {
        float[][] logs = {{-1, -2, -3}};
        Lattice blankFirst = new Lattice(logs, 0, List.of("a", "b"));
        assertEquals(-1, blankFirst.blankLogProb(0), 0);
        assertEquals(-2, blankFirst.logProb(0, 0), 0);
        assertEquals(-3, blankFirst.logProb(0, 1), 0);
        Lattice blankMiddle = new Lattice(logs, 1, List.of("a", "b"));
        assertEquals(-2, blankMiddle.blankLogProb(0), 0);
        assertEquals(-3, blankMiddle.logProb(0, 1), 0);
        logs[0][0] = 0;
        assertEquals("copied, not shared", -1, blankFirst.blankLogProb(0), 0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aColumnOfTheWrongSizeIsRefused() {
        new Lattice(new float[][] {{-1, -2}}, 0, List.of("a", "b"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anAlphabetEntryOfTwoCharactersIsRefused() {
        new Lattice(new float[][] {{-1, -2}}, 0, List.of("ab"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void notANumberIsRefused() {
        new Lattice(new float[][] {{-1, Float.NaN}}, 0, List.of("a"));
    }
}
