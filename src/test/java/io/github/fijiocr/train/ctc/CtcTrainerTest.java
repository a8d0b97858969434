package io.github.fijiocr.train.ctc;

import static org.junit.Assert.assertTrue;

import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ctc.GreedyDecoder;
import io.github.fijiocr.recognize.ctc.Lattice;
import io.github.fijiocr.synth.DigitLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;

/**
 * The whole CTC training loop on rendered digit lines: after a few hundred steps the network reads
 * most new lines exactly, which a wrong layout, a wrong blank or a wrong sign in the gradient
 * cannot reach (chance is about 10^-4.5 for 3 to 6 digits). Also reads the network through
 * {@link Predictor#lineLogProbs}, with batch normalisation's running statistics, as recognition will.
 */
public class CtcTrainerTest {
    private static final int WIDTH = 128;
    private static final int BATCH = 32;
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** The blank last, as {@link Lattice} keeps it. */
    private static final int BLANK = DIGITS.size();

    private final DigitLines lines = new DigitLines(LineArchitectures.HEIGHT, WIDTH, 3, 6);

    @Test
    public void learnsToReadDigitLines() {
        // -Dctc.steps=, -Dctc.channels=, -Dctc.threads= to measure other settings by hand.
        int steps = Integer.getInteger("ctc.steps", 150);
        int channels = Integer.getInteger("ctc.channels", 16);
        double rate = Double.parseDouble(System.getProperty("ctc.rate", "3e-3"));
        MultiLayerNetwork net = LineArchitectures.build(WIDTH, DIGITS.size() + 1, channels, 17, rate);
        Random random = new Random(1);
        double[] losses = new double[steps];
        long start = System.nanoTime();
        new CtcTrainer(BLANK, rate, Integer.getInteger("ctc.threads", 1))
            .train(net, step -> batch(random, BATCH), steps, (step, loss) -> losses[step] = loss, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double first = mean(losses, 0, 20);
        double last = mean(losses, steps - 20, steps);
        double exact = exactRate(net, new Random(99), 256);
        System.out.printf("CTC digit lines: %d parameters, %d steps of %d in %.1f s (%.2f steps/s, %.0f lines/s);"
            + " loss %.3f -> %.3f; %.1f%% of new lines exact%n", net.numParams(), steps, BATCH, seconds,
            steps / seconds, steps * BATCH / seconds, first, last, 100 * exact);
        assertTrue("loss fell: " + first + " -> " + last, last < first / 4);
        // 98% at 150 steps when measured; chance is nil, and a network that reads nothing scores 0.
        assertTrue("exact " + exact, exact > 0.8);
    }

    private LineBatch batch(Random random, int size) {
        List<float[]> pixels = new ArrayList<>();
        int[][] targets = new int[size][];
        for (int i = 0; i < size; i++) {
            DigitLines.Line line = lines.next(random);
            pixels.add(line.pixels);
            targets[i] = line.text.chars().map(c -> c - '0').toArray();
        }
        return LineBatch.of(pixels, LineArchitectures.HEIGHT, WIDTH, targets);
    }

    private double exactRate(MultiLayerNetwork net, Random random, int count) {
        GreedyDecoder decoder = new GreedyDecoder(DIGITS);
        int exact = 0;
        List<String> shown = new ArrayList<>();
        for (int done = 0; done < count; done += BATCH) {
            LineBatch batch = batch(random, BATCH);
            float[][][] logProbs = Predictor.lineLogProbs(net, batch.features);
            for (int i = 0; i < BATCH; i++) {
                String truth = text(batch.targets[i]);
                String read = decoder.decode(new Lattice(logProbs[i], BLANK, DIGITS)).text;
                exact += truth.equals(read) ? 1 : 0;
                if (shown.size() < 8) {
                    shown.add(truth + "->" + read);
                }
            }
        }
        System.out.println("CTC digit lines, first reads: " + shown);
        return exact / (double) count;
    }

    private static String text(int[] target) {
        StringBuilder sb = new StringBuilder();
        for (int c : target) {
            sb.append(DIGITS.get(c));
        }
        return sb.toString();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
