package io.github.fijiocr.train.line;

import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.recognize.line.LineImage;
import io.github.fijiocr.train.ctc.LineBatch;
import io.github.fijiocr.model.LineOutputs;
import io.github.fijiocr.train.ctc.CtcLoss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Labelled lines read by a line network, greedily, in batches of similar width: what training
 * validates with and what "Evaluate Text Model" scores. A line's confidence is the lowest
 * probability among its characters' best columns, so one doubtful character makes a doubtful line.
 */
public final class LineReads {
    /** Lines per network call. */
    static final int BATCH = 32;

    /** One line's reading. */
    public static final class Read {
        public final LineDataset.Line line;
        public final String text;
        public final double confidence;

        Read(LineDataset.Line line, String text, double confidence) {
            this.line = line;
            this.text = text;
            this.confidence = confidence;
        }

        public boolean exact() {
            return text.equals(line.text);
        }
    }

    private LineReads() {
    }

    /** {@code net} reads {@code alphabet} (the blank last); only characters in {@code allowed} are read (null: all). */
    public static List<Read> read(MultiLayerNetwork net, List<String> alphabet, List<LineDataset.Line> lines,
        List<String> allowed) {
        return read(net, alphabet, lines, allowed, null, new double[1]);
    }

    /**
     * As {@link #read(MultiLayerNetwork, List, List, List)}; with a {@code loss}, each line's CTC
     * loss from the same network pass is added to {@code lossSum[0]} (a batch holding a label
     * outside the alphabet adds none).
     */
    static List<Read> read(MultiLayerNetwork net, List<String> alphabet, List<LineDataset.Line> lines,
        List<String> allowed, CtcLoss loss, double[] lossSum) {
        boolean[] mask = new boolean[alphabet.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = allowed == null || allowed.contains(alphabet.get(i));
        }
        // Lines of similar shape share a batch, so it pads little; results go back in the order given.
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> lines.get(i).image.getWidth()
            / (double) lines.get(i).image.getHeight()));
        Read[] out = new Read[lines.size()];
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            List<LineImage> images = new ArrayList<>();
            int[][] targets = new int[to - from][];
            boolean labelled = true;
            for (int k = from; k < to; k++) {
                LineDataset.Line l = lines.get(order[k]);
                images.add(LineImage.of(l.image, LineImage.TRAINING_MAX_WIDTH));
                targets[k - from] = LineTraining.targets(l.text, alphabet);
                labelled &= targets[k - from] != null;
            }
            INDArray logits = Predictor.lineLogits(net, batch(images, targets).features);
            if (loss != null && labelled) {
                for (float v : loss.loss(logits, targets)) {
                    lossSum[0] += v;
                }
            }
            INDArray lp = LineOutputs.logSoftmax(logits);
            for (int k = from; k < to; k++) {
                out[order[k]] = greedy(lines.get(order[k]), lp.slice(k - from).toFloatMatrix(),
                    images.get(k - from).width / LineArchitectures.COLUMN_WIDTH, alphabet, mask);
            }
        }
        return Arrays.asList(out);
    }

    static LineBatch batch(List<LineImage> images, int[][] targets) {
        int width = images.stream().mapToInt(im -> im.width).max().orElse(LineImage.MIN_WIDTH);
        List<float[]> rows = new ArrayList<>();
        for (LineImage im : images) {
            rows.add(im.padded(width));
        }
        return LineBatch.of(rows, LineImage.HEIGHT, width, targets);
    }

    /** Best class per column (among the allowed, and the blank, last), repeats and blanks dropped. */
    private static Read greedy(LineDataset.Line line, float[][] logProbs, int columns, List<String> alphabet,
        boolean[] mask) {
        StringBuilder out = new StringBuilder();
        int blank = alphabet.size();
        int previous = blank;
        double lowest = 0;
        double run = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < Math.min(columns, logProbs.length); t++) {
            int best = blank;
            for (int c = 0; c < blank; c++) {
                if (mask[c] && logProbs[t][c] > logProbs[t][best]) {
                    best = c;
                }
            }
            if (best != previous) {
                if (previous != blank) {
                    lowest = Math.min(lowest, run);
                }
                run = Double.NEGATIVE_INFINITY;
                if (best != blank) {
                    out.append(alphabet.get(best));
                }
            }
            if (best != blank) {
                run = Math.max(run, logProbs[t][best]);
            }
            previous = best;
        }
        if (previous != blank) {
            lowest = Math.min(lowest, run);
        }
        return new Read(line, out.toString(), Math.exp(lowest));
    }
}
