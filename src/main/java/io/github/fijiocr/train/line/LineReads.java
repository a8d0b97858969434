package io.github.fijiocr.train.line;

import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.recognize.line.LineImage;
import io.github.fijiocr.train.ctc.LineBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        boolean[] mask = new boolean[alphabet.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = allowed == null || allowed.contains(alphabet.get(i));
        }
        List<LineDataset.Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(l -> l.image.getWidth() / (double) l.image.getHeight()));
        List<Read> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += BATCH) {
            List<LineDataset.Line> part = sorted.subList(i, Math.min(sorted.size(), i + BATCH));
            List<LineImage> images = new ArrayList<>();
            for (LineDataset.Line l : part) {
                images.add(LineImage.of(l.image));
            }
            float[][][] lp = Predictor.lineLogProbs(net, batch(images, new int[part.size()][]).features);
            for (int k = 0; k < part.size(); k++) {
                float[][] logProbs = lp[k];
                out.add(greedy(part.get(k), logProbs, images.get(k).width / LineArchitectures.COLUMN_WIDTH, alphabet,
                    mask));
            }
        }
        // Back in the order given.
        out.sort(Comparator.comparingInt(r -> lines.indexOf(r.line)));
        return out;
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
