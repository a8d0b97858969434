package io.github.fijiocr.model;

import io.github.fijiocr.common.OcrException;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One use of a model: inputs made by the model's preprocessor in, class probabilities out, in
 * batches, restricted to the {@code allowed} characters. The only place that feeds a network.
 * Each predictor owns a copy of the network (DL4J networks keep per-call state), so predictors
 * of one shared {@link OcrModel} may run on different threads; one predictor is for one thread.
 */
public final class Predictor {
    /** Inputs per network call: large enough to amortise DL4J's fixed cost, small in memory. */
    public static final int BATCH = 256;

    private final OcrModel model;
    private final MultiLayerNetwork network;
    /** oneDNN running a line network itself, or null: DL4J runs {@link #network}. */
    private final OnednnLines direct;
    private final boolean[] allowedMask;
    private final int threads;

    Predictor(OcrModel model, MultiLayerNetwork network, OnednnLines direct, String allowed, int threads) {
        this.model = model;
        this.network = network;
        this.direct = direct;
        this.allowedMask = mask(model.alphabet(), allowed);
        this.threads = threads;
    }

    public OcrModel model() {
        return model;
    }

    public List<String> alphabet() {
        return model.alphabet();
    }

    /** True when {@code label} may be read. */
    public boolean allows(String label) {
        int i = model.alphabet().indexOf(label);
        return i >= 0 && (allowedMask == null || allowedMask[i]);
    }

    /** Probabilities for every input, renormalised over the allowed classes. */
    public float[][] probabilities(List<float[]> inputs) {
        if (model.isLine()) {
            throw new OcrException("This is a line model: it reads whole lines, with Read Text, Evaluate Text"
                + " Reading or Live Read Text in text mode. Give a character model (Train Character Model) here.");
        }
        Nd4jRuntime.useThreads(threads);
        float[][] probs = raw(network, model.metadata().preprocessing().size(), inputs);
        if (allowedMask != null) {
            restrict(probs, allowedMask);
        }
        return probs;
    }

    /**
     * For a line model: ln P(class) per column of each line, the blank last. {@code lines} are rows
     * of {@code height * width} values, all of one width; each result is trimmed to
     * {@code columns[i]} columns (its own width, without the padding it was batched with).
     */
    public float[][][] lineLogProbs(List<float[]> lines, int width, int[] columns) {
        if (!model.isLine()) {
            throw new IllegalStateException("a character model cannot read whole lines");
        }
        Nd4jRuntime.useThreads(threads);
        int height = model.metadata().preprocessing().size();
        float[] flat = new float[lines.size() * height * width];
        for (int i = 0; i < lines.size(); i++) {
            System.arraycopy(lines.get(i), 0, flat, i * height * width, height * width);
        }
        // One channel: [n, 1, h, w] and [n, h, w, 1] are the same values in the same order.
        float[][][] all;
        int n = lines.size();
        float[] logits = direct == null ? null : direct.output(flat, n, height, width);
        if (logits != null) {
            int classes = direct.classes();
            all = LineOutputs.logSoftmaxColumnsLast(logits, n, logits.length / n / classes, classes);
        } else if (ChannelsLast.isChannelsLast(network)) {
            INDArray input = org.nd4j.linalg.factory.Nd4j.create(flat, new long[] {n, height, width, 1}, 'c');
            all = LineOutputs.logSoftmaxColumnsLast(network.output(input, false));
        } else {
            INDArray input = org.nd4j.linalg.factory.Nd4j.create(flat, new long[] {n, 1, height, width}, 'c');
            all = lineLogProbs(network, input);
        }
        for (int i = 0; i < all.length; i++) {
            if (columns[i] < all[i].length) {
                all[i] = Arrays.copyOf(all[i], columns[i]);
            }
        }
        return all;
    }

    /** Whether oneDNN runs this predictor's line network itself ({@link OnednnLines}), not DL4J. */
    public boolean direct() {
        return direct != null;
    }

    /**
     * A network's softmax outputs for {@code inputs}, {@link #BATCH} at a time: the batching loop of
     * recognition, evaluation and training alike.
     */
    public static float[][] raw(MultiLayerNetwork network, int size, List<float[]> inputs) {
        float[][] out = new float[inputs.size()][];
        for (int from = 0; from < inputs.size(); from += BATCH) {
            int to = Math.min(inputs.size(), from + BATCH);
            float[][] p = network.output(OcrModel.toFeatures(inputs.subList(from, to), size), false)
                .toFloatMatrix();
            System.arraycopy(p, 0, out, from, p.length);
        }
        return out;
    }

    /**
     * A line network's ln-probabilities for a batch of lines ({@code [batch, 1, height, width]}):
     * {@code [line][column][class]}, as a CTC lattice takes them.
     */
    public static float[][][] lineLogProbs(MultiLayerNetwork network, INDArray lines) {
        return LineOutputs.logSoftmaxColumns(network.output(lines, false));
    }

    /** A line network's logits for a batch of lines, {@code [batch, column, class]}: what the CTC loss takes. */
    public static INDArray lineLogits(MultiLayerNetwork network, INDArray lines) {
        return LineOutputs.toSequence(network.output(lines, false));
    }

    /**
     * Which classes may be read; null when all may. A list that names none of the model's classes
     * is refused: it would read nothing at all.
     */
    static boolean[] mask(List<String> alphabet, String allowed) {
        if (allowed == null || allowed.isEmpty()) {
            return null;
        }
        boolean[] keep = new boolean[alphabet.size()];
        boolean any = false;
        for (int i = 0; i < keep.length; i++) {
            keep[i] = allowed.contains(alphabet.get(i));
            any |= keep[i];
        }
        if (!any) {
            throw new OcrException("None of the allowed characters \"" + allowed + "\" is in the model's alphabet "
                + alphabet + ". Set allowed= to characters the model reads, or leave it empty.");
        }
        return keep;
    }

    /** Zeroes the classes not kept and renormalises, in place, so digits only can never read a letter. */
    public static void restrict(float[][] probs, boolean[] keep) {
        for (float[] p : probs) {
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = keep[i] ? p[i] : 0;
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = sum > 0 ? (float) (p[i] / sum) : (keep[i] ? 1f / p.length : 0);
            }
        }
    }

    /** {@link #restrict(float[][], boolean[])} to the classes named in {@code allowed}. */
    public static void restrict(float[][] probs, List<String> alphabet, String allowed) {
        boolean[] keep = mask(alphabet, allowed);
        if (keep != null) {
            restrict(probs, keep);
        }
    }
}
