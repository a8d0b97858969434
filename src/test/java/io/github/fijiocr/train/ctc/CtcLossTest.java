package io.github.fijiocr.train.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.recognize.ctc.CtcForward;
import io.github.fijiocr.recognize.ctc.Lattice;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The libnd4j ops against the plain-Java forward algorithm of decoding: the loss is -ln P(text),
 * the gradient is the loss's slope, and sequences of a batch do not leak into each other.
 */
public class CtcLossTest {
    private final Random random = new Random(17);

    @Test
    public void lossIsMinusLogProbabilityOfTheText() {
        int cases = 0;
        for (int trial = 0; trial < 1000; trial++) {
            int time = 1 + random.nextInt(5);
            int classes = 2 + random.nextInt(5);
            int blank = random.nextInt(classes);
            float[][] logits = randomLogits(time, classes);
            int[] target = feasibleTarget(time, classes, blank);
            float loss = new CtcLoss(blank).loss(batch(logits), new int[][] {target})[0];
            assertEquals("T=" + time + " C=" + classes + " blank=" + blank + " target " + java.util.Arrays.toString(target),
                -forward(logits, blank, target), loss, 1e-4);
            cases++;
        }
        assertEquals(1000, cases);
    }

    @Test
    public void gradientMatchesCentralDifferences() {
        for (int trial = 0; trial < 20; trial++) {
            int time = 1 + random.nextInt(5);
            int classes = 2 + random.nextInt(5);
            int blank = random.nextInt(classes);
            float[][] logits = randomLogits(time, classes);
            int[] target = feasibleTarget(time, classes, blank);
            CtcLoss ctc = new CtcLoss(blank);
            float[][] gradient = ctc.lossAndGradient(batch(logits), new int[][] {target}).gradient
                .reshape(time, classes).toFloatMatrix();
            double h = 1e-2;
            for (int t = 0; t < time; t++) {
                for (int c = 0; c < classes; c++) {
                    // Differences of the exact reference loss, so only the op's gradient is under test.
                    double saved = logits[t][c];
                    logits[t][c] = (float) (saved + h);
                    double up = -forward(logits, blank, target);
                    logits[t][c] = (float) (saved - h);
                    double down = -forward(logits, blank, target);
                    logits[t][c] = (float) saved;
                    assertEquals("t=" + t + " c=" + c, (up - down) / (2 * h), gradient[t][c], 1e-3);
                }
            }
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void targetWithNoAlignmentIsRefused() {
        // Two 1s need a blank between them: three steps, not two.
        new CtcLoss(0).loss(batch(randomLogits(2, 3)), new int[][] {{1, 1}});
    }

    @Test
    public void batchOfDifferentLengthsScoresEachSequenceAlone() {
        int time = 6;
        int classes = 4;
        int blank = 0;
        int[][] targets = {{1}, {2, 3, 1}, {}, {3, 3}, {1, 2, 3, 1, 2}};
        float[][][] logits = new float[targets.length][][];
        for (int b = 0; b < targets.length; b++) {
            logits[b] = randomLogits(time, classes);
        }
        CtcLoss ctc = new CtcLoss(blank);
        CtcLoss.Result all = ctc.lossAndGradient(Nd4j.create(logits), targets);
        for (int b = 0; b < targets.length; b++) {
            assertEquals("sequence " + b, -forward(logits[b], blank, targets[b]), all.losses[b], 1e-4);
            CtcLoss.Result alone = ctc.lossAndGradient(batch(logits[b]), new int[][] {targets[b]});
            float[][] together = all.gradient.slice(b).toFloatMatrix();
            float[][] single = alone.gradient.slice(0).toFloatMatrix();
            for (int t = 0; t < time; t++) {
                for (int c = 0; c < classes; c++) {
                    assertEquals("sequence " + b + " t=" + t + " c=" + c, single[t][c], together[t][c], 1e-5);
                }
            }
        }
        assertTrue(all.meanLoss() > 0);
    }

    private float[][] randomLogits(int time, int classes) {
        float[][] logits = new float[time][classes];
        for (float[] row : logits) {
            for (int c = 0; c < classes; c++) {
                row[c] = (float) (2 * random.nextGaussian());
            }
        }
        return logits;
    }

    /** A target that fits in {@code time} steps (a repeated character needs a blank between); may be empty. */
    private int[] feasibleTarget(int time, int classes, int blank) {
        while (true) {
            int length = random.nextInt(time + 1);
            int[] target = new int[length];
            int needed = 0;
            for (int i = 0; i < length; i++) {
                do {
                    target[i] = random.nextInt(classes);
                } while (target[i] == blank);
                needed += i > 0 && target[i] == target[i - 1] ? 2 : 1;
            }
            if (needed <= time) {
                return target;
            }
        }
    }

    private static INDArray batch(float[][] logits) {
        return Nd4j.create(new float[][][] {logits});
    }

    /** ln P(target) by decoding's forward algorithm over the log-softmax of the logits. */
    static double forward(float[][] logits, int blank, int[] target) {
        int classes = logits[0].length;
        float[][] logProbs = new float[logits.length][classes];
        for (int t = 0; t < logits.length; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (float v : logits[t]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (float v : logits[t]) {
                sum += Math.exp(v - max);
            }
            for (int c = 0; c < classes; c++) {
                logProbs[t][c] = (float) (logits[t][c] - max - Math.log(sum));
            }
        }
        List<String> alphabet = new ArrayList<>();
        for (int i = 0; i < classes - 1; i++) {
            alphabet.add(String.valueOf((char) ('a' + i)));
        }
        int[] symbols = new int[target.length];
        for (int i = 0; i < target.length; i++) {
            symbols[i] = target[i] < blank ? target[i] : target[i] - 1;
        }
        return CtcForward.logProb(new Lattice(logProbs, blank, alphabet), symbols);
    }
}
