package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.Test;

/** {@link CtcSplice} against the plain forward pass over the whole spliced text. */
public class CtcSpliceTest {
    @Test
    public void everyWordScoresAsTheWholeLineWould() {
        Random r = new Random(5);
        int compared = 0;
        for (int trial = 0; trial < 400; trial++) {
            // Three or four classes, so characters repeat across the splice's edges as often as not.
            int classes = 3 + r.nextInt(2);
            Lattice lattice = Lattices.random(r, 1 + r.nextInt(14), classes);
            int symbols = lattice.symbols();
            int[] prefix = text(r, r.nextInt(4), symbols);
            int[] read = text(r, 1 + r.nextInt(3), symbols);
            int[] suffix = text(r, r.nextInt(4), symbols);
            CtcSplice splice = new CtcSplice(lattice, prefix, read, suffix);
            assertEquals("the line as read, bit for bit", CtcForward.logProb(lattice, concat(prefix, read, suffix)),
                splice.asRead(), 0);
            for (int k = 0; k < 6; k++) {
                int[] word = text(r, 1 + r.nextInt(4), symbols);
                double plain = CtcForward.logProb(lattice, concat(prefix, word, suffix));
                double spliced = splice.logProb(word);
                if (plain == Double.NEGATIVE_INFINITY) {
                    assertEquals(plain, spliced, 0); // too long for the columns
                } else {
                    assertEquals(plain, spliced, 1e-9 * Math.max(1, Math.abs(plain)));
                    compared++;
                }
            }
        }
        assertTrue("enough texts that fit their lattices: " + compared, compared > 1000);
    }

    @Test
    public void aLongLineOfManyColumnsKeepsItsScale() {
        Random r = new Random(9);
        Lattice lattice = Lattices.random(r, 300, 6);
        int[] prefix = text(r, 40, 5);
        int[] suffix = text(r, 40, 5);
        CtcSplice splice = new CtcSplice(lattice, prefix, new int[] {1, 2, 3}, suffix);
        for (int[] word : new int[][] {{1, 2, 3}, {3, 3}, {0, 4, 4, 0}, {2}}) {
            double plain = CtcForward.logProb(lattice, concat(prefix, word, suffix));
            assertEquals(plain, splice.logProb(word), 1e-9 * Math.abs(plain));
        }
    }

    private static int[] text(Random r, int length, int symbols) {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = r.nextInt(symbols);
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        return IntStream.concat(IntStream.concat(Arrays.stream(a), Arrays.stream(b)), Arrays.stream(c)).toArray();
    }
}
