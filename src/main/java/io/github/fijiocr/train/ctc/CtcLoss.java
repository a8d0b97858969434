package io.github.fijiocr.train.ctc;

import io.github.fijiocr.model.LineOutputs;
import io.github.fijiocr.model.Nd4jRuntime;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Connectionist temporal classification loss through libnd4j's {@code ctc_loss} and
 * {@code ctc_loss_grad}: -ln P(text | logits) per sequence, and its gradient with respect to the
 * logits. DL4J has no CTC layer, and ND4J's Java {@code CtcLoss} class leaves out the op's one
 * integer argument (the blank index), so it fails with "1 int args expected"; the ops are built
 * here, in one place.
 * <p>
 * Both ops read their input as log-probabilities: fed raw logits, the loss can come out negative.
 * So the logits are log-softmaxed here first. {@code ctc_loss_grad} then returns the gradient with
 * respect to the logits before that log-softmax (softmax minus the posterior of each class), which
 * is what a network that ends in plain logits needs as its error.
 */
public final class CtcLoss {
    private final int blank;

    /** {@code blank}: the class index of the blank. */
    public CtcLoss(int blank) {
        if (blank < 0) {
            throw new IllegalArgumentException("blank " + blank + " is negative");
        }
        this.blank = blank;
    }

    public int blank() {
        return blank;
    }

    /** Per-sequence losses and their gradient. */
    public static final class Result {
        /** -ln P(target | logits), one per sequence, in nats. */
        public final float[] losses;
        /** d loss[b] / d logits[b, t, c]: {@code [batch, time, classes]}, the logits' layout. */
        public final INDArray gradient;

        Result(float[] losses, INDArray gradient) {
            this.losses = losses;
            this.gradient = gradient;
        }

        public double meanLoss() {
            double sum = 0;
            for (float l : losses) {
                sum += l;
            }
            return sum / losses.length;
        }
    }

    /**
     * {@code logits [batch, time, classes]}; {@code targets[b]}: sequence b's class indices (never
     * the blank; may be empty), short enough to align ({@link CtcSteps#needed} at most time); every
     * sequence uses all time steps.
     */
    public float[] loss(INDArray logits, int[][] targets) {
        INDArray logProbs = LineOutputs.logSoftmax(logits);
        float[] losses = run("ctc_loss", logProbs, new Inputs(logits, targets)).toFloatVector();
        forEmptyTargets(logProbs, targets, losses, null);
        return losses;
    }

    /** The losses and the gradient of each with respect to {@code logits}, as {@link #loss}. */
    public Result lossAndGradient(INDArray logits, int[][] targets) {
        INDArray logProbs = LineOutputs.logSoftmax(logits);
        Inputs in = new Inputs(logits, targets);
        float[] losses = run("ctc_loss", logProbs, in).toFloatVector();
        INDArray gradient = run("ctc_loss_grad", logProbs, in);
        forEmptyTargets(logProbs, targets, losses, gradient);
        return new Result(losses, gradient);
    }

    private INDArray run(String op, INDArray logProbs, Inputs in) {
        DynamicCustomOp custom = DynamicCustomOp.builder(op)
            .addInputs(in.targets, logProbs, in.targetLengths, in.inputLengths)
            .addIntegerArguments(blank)
            .build();
        return Nd4j.exec(custom)[0];
    }

    /**
     * The op leaves an empty target (a line with no text) at an infinite loss and an unwritten
     * gradient; its one path is all blanks, so both are set here: -sum ln P(blank), and softmax
     * minus one at the blank.
     */
    private void forEmptyTargets(INDArray logProbs, int[][] targets, float[] losses, INDArray gradient) {
        for (int b = 0; b < targets.length; b++) {
            if (targets[b].length > 0) {
                continue;
            }
            INDArray row = logProbs.slice(b);
            losses[b] = -row.getColumn(blank).sumNumber().floatValue();
            if (gradient != null) {
                INDArray g = Transforms.exp(row, true);
                g.getColumn(blank).subi(1);
                gradient.slice(b).assign(g);
            }
        }
    }

    /** The op's integer inputs: targets padded with the blank, and the two length vectors. */
    private final class Inputs {
        final INDArray targets;
        final INDArray targetLengths;
        final INDArray inputLengths;

        Inputs(INDArray logits, int[][] labels) {
            Nd4jRuntime.ensureReady();
            if (logits.rank() != 3) {
                throw new IllegalArgumentException("logits must be [batch, time, classes], not "
                    + Arrays.toString(logits.shape()));
            }
            int batch = (int) logits.size(0);
            int time = (int) logits.size(1);
            int classes = (int) logits.size(2);
            if (labels.length != batch) {
                throw new IllegalArgumentException(labels.length + " targets for a batch of " + batch);
            }
            if (blank >= classes) {
                throw new IllegalArgumentException("blank " + blank + " is not one of the " + classes + " classes");
            }
            // More columns than the blank's index: with a narrower target array, M2.1's op scores
            // the wrong paths whenever the blank is not class 0 or 1 (measured: blank 3 needed
            // three columns for a one-character text). What the padding holds does not matter.
            int longest = blank + 1;
            for (int[] l : labels) {
                longest = Math.max(longest, l.length);
            }
            int[] padded = new int[batch * longest];
            int[] lengths = new int[batch];
            Arrays.fill(padded, blank);
            for (int b = 0; b < batch; b++) {
                if (CtcSteps.needed(labels[b]) > time) {
                    // No alignment exists: the op would return an infinite loss and NaN gradients.
                    throw new IllegalArgumentException("target " + b + " needs " + CtcSteps.needed(labels[b])
                        + " time steps (a repeated character needs a blank between), the logits have " + time);
                }
                for (int i = 0; i < labels[b].length; i++) {
                    int c = labels[b][i];
                    if (c < 0 || c >= classes || c == blank) {
                        throw new IllegalArgumentException("target " + b + " has class " + c
                            + ", not a character class of " + classes + " with blank " + blank);
                    }
                    padded[b * longest + i] = c;
                }
                lengths[b] = labels[b].length;
            }
            int[] times = new int[batch];
            Arrays.fill(times, time);
            targets = Nd4j.createFromArray(padded).reshape(batch, longest);
            targetLengths = Nd4j.createFromArray(lengths);
            inputLengths = Nd4j.createFromArray(times);
        }
    }
}
