package io.github.fijiocr.evaluate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** Every figure of a tiny evaluation against numbers worked out by hand. */
public class ModelEvaluationTest {
    private static final double EPS = 1e-12;

    /*
     * Ten samples of A, B, C, sorted here by confidence (v = right, x = wrong):
     *   C->C .99 v   A->A .95 v   A->A .90 v   B->B .85 v   B->B .80 v
     *   C->B .70 x   C->B .65 x   A->A .60 v   A->B .55 x   B->A .40 x
     * Confusion (rows true A,B,C; columns read A,B,C): A [3 1 0], B [1 2 0], C [0 2 1].
     * Correct 3+2+1 = 6 of 10: accuracy 0.6. Support A4 B3 C3; predicted A4 B5 C1.
     * Precision A 3/4, B 2/5, C 1/1. Recall A 3/4, B 2/3, C 1/3.
     * F1 = 2tp/(support+predicted): A 6/8 = .75, B 4/8 = .5, C 2/4 = .5 (B: 2*.4*(2/3)/(.4+2/3) = .5).
     * Macro F1 (.75+.5+.5)/3 = 7/12. Pairs: C->B 2, then the ties in row order A->B 1, B->A 1.
     * Read (confidence >= t) and wrong among read:
     *   t .00-.40: 10 read, 4 wrong (.4)      t .41-.55: 9, 3 (1/3)     t .56-.60: 8, 2 (.25)
     *   t .61-.65:  7, 2 (2/7)                t .66-.70: 6, 1 (1/6)     t .71-.80: 5, 0
     *   t .81-.85:  4, 0    t .86-.90: 3, 0   t .91-.95: 2, 0           t .96-.99: 1, 0
     * Target 1%: first t with error <= .01 is .71 (read rate .5); target 20%: .66 (read .6, error
     * 1/6, as .61 has 2/7); target 40%: .00 (error exactly .4).
     */
    private static ModelEvaluation tiny() {
        List<String> truth = List.of("A", "A", "A", "A", "B", "B", "B", "C", "C", "C");
        List<String> read = List.of("A", "A", "A", "B", "B", "B", "A", "C", "B", "B");
        double[] conf = {0.95, 0.90, 0.60, 0.55, 0.85, 0.80, 0.40, 0.99, 0.70, 0.65};
        return new ModelEvaluation(List.of("A", "B", "C"), truth, read, conf);
    }

    @Test
    public void confusionAccuracyAndPerClassFiguresMatchTheHandComputation() {
        ModelEvaluation e = tiny();
        assertEquals(List.of("A", "B", "C"), e.classes());
        assertArrayEquals(new int[][] {{3, 1, 0}, {1, 2, 0}, {0, 2, 1}}, e.confusion());
        assertEquals(10, e.total());
        assertEquals(6, e.correct());
        assertEquals(0.6, e.accuracy(), EPS);
        double[] precision = {0.75, 0.4, 1.0};
        double[] recall = {0.75, 2 / 3.0, 1 / 3.0};
        double[] f1 = {0.75, 0.5, 0.5};
        int[] support = {4, 3, 3};
        int[] predicted = {4, 5, 1};
        for (int c = 0; c < 3; c++) {
            assertEquals(support[c], e.support(c));
            assertEquals(predicted[c], e.predictedCount(c));
            assertEquals("precision " + c, precision[c], e.precision(c), EPS);
            assertEquals("recall " + c, recall[c], e.recall(c), EPS);
            assertEquals("f1 " + c, f1[c], e.f1(c), EPS);
        }
        assertEquals(7 / 12.0, e.macroF1(), EPS);
    }

    @Test
    public void confusedPairsMostFrequentFirstTiesInClassOrder() {
        assertEquals(List.of("C read as B: 2", "A read as B: 1", "B read as A: 1"),
            tiny().confusedPairs().stream().map(ConfusedPair::toString).collect(Collectors.toList()));
    }

    @Test
    public void readRateCurveAndChosenThresholdsMatchTheHandComputation() {
        ModelEvaluation e = tiny();
        List<ThresholdPoint> curve = e.readRateCurve();
        assertEquals(100, curve.size());
        assertEquals(0.0, curve.get(0).threshold(), EPS);
        assertEquals(0.99, curve.get(99).threshold(), EPS);
        // {threshold index, read, wrong}
        int[][] expected = {{0, 10, 4}, {40, 10, 4}, {41, 9, 3}, {55, 9, 3}, {56, 8, 2}, {60, 8, 2}, {61, 7, 2},
            {65, 7, 2}, {66, 6, 1}, {70, 6, 1}, {71, 5, 0}, {80, 5, 0}, {81, 4, 0}, {86, 3, 0}, {91, 2, 0},
            {96, 1, 0}, {99, 1, 0}};
        for (int[] x : expected) {
            ThresholdPoint p = curve.get(x[0]);
            assertEquals("read at " + p.threshold(), x[1], p.read());
            assertEquals("wrong at " + p.threshold(), x[2], p.wrong());
            assertEquals(x[1] / 10.0, p.readRate(), EPS);
            assertEquals((double) x[2] / x[1], p.errorRate(), EPS);
            assertEquals(1 - (double) x[2] / x[1], p.accuracyOfRead(), EPS);
        }
        assertEquals(0.71, e.thresholdFor(0.01).threshold(), EPS);
        assertEquals(0.5, e.thresholdFor(0.01).readRate(), EPS);
        assertEquals(0.71, e.thresholdFor(0).threshold(), EPS);
        assertEquals(0.66, e.thresholdFor(0.2).threshold(), EPS);
        assertEquals(0.6, e.thresholdFor(0.2).readRate(), EPS);
        assertEquals(0.0, e.thresholdFor(0.4).threshold(), EPS);
        // The seed's 0.7 keeps the .70 sample: 6 read, 1 wrong.
        assertEquals(6, e.at(0.7).read());
        assertEquals(1, e.at(0.7).wrong());
    }

    @Test
    public void noThresholdWhenEvenTheSurestReadingsAreWrong() {
        ModelEvaluation e = new ModelEvaluation(List.of("A", "B"), List.of("A", "B"), List.of("B", "B"),
            new double[] {0.999, 0.5});
        assertNull(e.thresholdFor(0.01));
        assertEquals(1, e.at(0.99).read());
        assertEquals(1.0, e.at(0.99).errorRate(), EPS);
        ThresholdPoint none = new ModelEvaluation(List.of("A"), List.of("A"), List.of("A"), new double[] {0.2}).at(0.5);
        assertEquals(0, none.read());
        assertTrue(Double.isNaN(none.errorRate()));
    }

    /*
     * Truth 0 0 Q Q O read as 0 O 0 0 O; the model knows 0, O, Z but not Q. Classes: 0, O, Z, then Q.
     * Rows: 0 [1 1 0 0], O [0 1 0 0], Z [0 0 0 0], Q [2 0 0 0]. Correct 2 of 5.
     * Q: never predicted, so precision NaN; recall 0/2 = 0; F1 0/(2+0) = 0.
     * Z: no samples, no predictions: all three NaN. 0: precision 1/3, recall 1/2, F1 2/(2+3) = .4.
     */
    @Test
    public void labelsTheModelCannotReadAreRowsAndErrors() {
        ModelEvaluation e = new ModelEvaluation(List.of("0", "O", "Z"), List.of("0", "0", "Q", "Q", "O"),
            List.of("0", "O", "0", "0", "O"), new double[] {0.9, 0.9, 0.9, 0.9, 0.9});
        assertEquals(List.of("0", "O", "Z", "Q"), e.classes());
        assertArrayEquals(new int[][] {{1, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}, {2, 0, 0, 0}}, e.confusion());
        assertEquals(0.4, e.accuracy(), EPS);
        assertTrue(Double.isNaN(e.precision(3)));
        assertEquals(0.0, e.recall(3), EPS);
        assertEquals(0.0, e.f1(3), EPS);
        assertTrue(Double.isNaN(e.precision(2)) && Double.isNaN(e.recall(2)) && Double.isNaN(e.f1(2)));
        assertEquals(1 / 3.0, e.precision(0), EPS);
        assertEquals(0.5, e.recall(0), EPS);
        assertEquals(0.4, e.f1(0), EPS);
        assertEquals("Q read as 0: 2", e.confusedPairs().get(0).toString());
        // Macro F1 over the classes with samples: 0 (.4), O (tp 1, support 1, read 2: 2/3), Q (0).
        assertEquals((0.4 + 2 / 3.0 + 0) / 3, e.macroF1(), EPS);
    }

    @Test
    public void emptyOrMismatchedInputIsAClearError() {
        try {
            new ModelEvaluation(List.of("A"), List.of(), List.of(), new double[0]);
            fail();
        } catch (OcrException ex) {
            assertTrue(ex.getMessage(), ex.getMessage().contains("Nothing to evaluate"));
        }
        try {
            new ModelEvaluation(List.of("A"), List.of("A"), List.of(), new double[1]);
            fail();
        } catch (IllegalArgumentException ex) {
            assertTrue(ex.getMessage(), ex.getMessage().contains("differ in length"));
        }
    }
}
