package io.github.fijiocr.train.ctc;

import io.github.fijiocr.model.LineOutputs;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.progress.Progress;
import java.util.List;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a line network (logits out, as {@link io.github.fijiocr.model.LineArchitectures} builds)
 * with the CTC loss. DL4J has no CTC output layer, so each step feeds the loss's gradient back as
 * an external error: forward, {@link CtcLoss}, backpropagate that error, let the network's own
 * updater (Adam, as configured) turn the gradient into a step, and subtract it. Runs in the
 * calling thread; checks for cancellation between steps.
 */
public final class CtcTrainer {
    /** The batch for each step, called in order from the training thread. */
    public interface Batches {
        LineBatch next(int step);
    }

    /** Told the mean loss of each step's batch, in nats per line, before that step's update. */
    public interface Listener {
        void step(int step, double meanLoss);
    }

    private final CtcLoss loss;
    private final double learningRate;
    private final int threads;

    /**
     * {@code blank}: the blank's class index; {@code learningRate}: Adam's rate at the start,
     * decayed to zero by a cosine over the run; {@code threads}: ND4J threads for the run (one is
     * fastest on a busy machine: ND4J's threads wait for each other by spinning).
     */
    public CtcTrainer(int blank, double learningRate, int threads) {
        this.loss = new CtcLoss(blank);
        this.learningRate = learningRate;
        this.threads = threads;
    }

    /** Trains {@code net} in place for {@code steps} steps (fewer when canceled) and returns it. */
    public MultiLayerNetwork train(MultiLayerNetwork net, Batches batches, int steps, Listener listener,
        Progress progress) {
        return train(net, batches, 0, steps, listener, progress);
    }

    /**
     * Steps {@code first} to {@code steps - 1} of a run of {@code steps}: a run resumed from a
     * checkpoint taken after step {@code first - 1} goes on with the same learning-rate schedule.
     */
    public MultiLayerNetwork train(MultiLayerNetwork net, Batches batches, int first, int steps, Listener listener,
        Progress progress) {
        return train(net, batches, first, steps, steps, listener, progress);
    }

    /**
     * Steps {@code first} to {@code last - 1} of a run of {@code steps}: one epoch of a run that
     * checks its validation lines between epochs.
     */
    public MultiLayerNetwork train(MultiLayerNetwork net, Batches batches, int first, int last, int steps,
        Listener listener, Progress progress) {
        Nd4jRuntime.useThreads(threads);
        for (int step = first; step < Math.min(last, steps); step++) {
            if (progress.isCanceled()) {
                break;
            }
            // The decay matters beyond the usual polish: batch normalisation's running statistics
            // follow the weights with a lag of about ten steps, and only a network that has stopped
            // moving reads as well with them as with each batch's own statistics.
            net.setLearningRate(learningRate * 0.5 * (1 + Math.cos(Math.PI * step / steps)));
            double mean = step(net, batches.next(step), step);
            listener.step(step, mean);
            progress.progress(step + 1, steps, String.format("Step %d/%d, CTC loss %.3f", step + 1, steps, mean));
        }
        return net;
    }

    /** One update on one batch; returns the batch's mean loss before it. */
    double step(MultiLayerNetwork net, LineBatch batch, int iteration) {
        net.setInput(batch.features);
        // Training mode, and the layers keep their inputs for the backward pass.
        List<INDArray> activations = net.feedForward(true, false);
        INDArray logits = activations.get(activations.size() - 1);
        CtcLoss.Result result = loss.lossAndGradient(LineOutputs.toSequence(logits), batch.targets);
        // Summed over the batch, as DL4J's layers give it: the updater divides by the batch size.
        INDArray error = LineOutputs.toNetworkLayout(result.gradient);
        Pair<Gradient, INDArray> backward = net.backpropGradient(error, LayerWorkspaceMgr.noWorkspaces());
        Gradient gradient = backward.getFirst();
        net.getUpdater().update(net, gradient, iteration, 0, batch.size(), LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(gradient.gradient());
        net.clear();
        // Freed now, not when the garbage collector gets to them: these arrays live off the Java
        // heap, which hardly grows meanwhile, and a long run grew past 20 GB and was killed.
        activations.forEach(CtcTrainer::release);
        release(result.gradient);
        release(error);
        release(backward.getSecond());
        return result.meanLoss();
    }

    private static void release(INDArray a) {
        if (a != null && !a.wasClosed() && a.closeable()) {
            a.close();
        }
    }
}
