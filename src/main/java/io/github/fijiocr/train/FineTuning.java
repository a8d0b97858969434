package io.github.fijiocr.train;

import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Starts training from a trained model (HALCON's fine-tuning): every layer keeps its weights,
 * and the output layer is cut or grown to the user's classes. A class the base model knows keeps
 * its output weights, so reducing the alphabet loses nothing; a new class starts from random
 * weights.
 */
final class FineTuning {
    private FineTuning() {
    }

    /** A copy of the base network with one output per class in {@code classes}, in that order. */
    static MultiLayerNetwork adapt(OcrModel base, List<String> classes, double learningRate, long seed) {
        Nd4jRuntime.ensureReady();
        MultiLayerNetwork source = base.network();
        int last = source.getnLayers() - 1;
        MultiLayerNetwork net = new TransferLearning.Builder(source.clone())
            .fineTuneConfiguration(new FineTuneConfiguration.Builder().updater(new Adam(learningRate)).seed(seed)
                .build())
            .nOutReplace(last, classes.size(), WeightInit.XAVIER_UNIFORM)
            .build();
        Layer oldOut = source.getLayer(last);
        Layer newOut = net.getLayer(last);
        INDArray oldW = oldOut.getParam("W");
        INDArray oldB = oldOut.getParam("b");
        INDArray newW = newOut.getParam("W");
        INDArray newB = newOut.getParam("b");
        List<String> known = base.alphabet();
        for (int j = 0; j < classes.size(); j++) {
            int i = known.indexOf(classes.get(j));
            if (i >= 0) {
                newW.get(NDArrayIndex.all(), NDArrayIndex.point(j)).assign(oldW.get(NDArrayIndex.all(),
                    NDArrayIndex.point(i)));
                newB.putScalar(j, oldB.getDouble(i));
            }
        }
        return net;
    }

    /** How many of {@code classes} the base model can output at all. */
    static long knownClasses(OcrModel base, List<String> classes) {
        return classes.stream().filter(base.alphabet()::contains).count();
    }

    /**
     * The base model's predictions as indices into {@code classes}: the most probable of the
     * classes it shares with them (a user's digits are not read as letters), or -1 if it shares none.
     */
    static int[] baselinePredictions(OcrModel base, List<String> classes, List<float[]> inputs, int[] which) {
        int[] map = new int[classes.size()];
        for (int j = 0; j < classes.size(); j++) {
            map[j] = base.alphabet().indexOf(classes.get(j));
        }
        int[] out = new int[which.length];
        float[][] probs = Predictor.raw(base.network(), base.metadata().preprocessing().size(),
            Trainer.pick(inputs, which));
        for (int k = 0; k < which.length; k++) {
            int best = -1;
            for (int j = 0; j < map.length; j++) {
                if (map[j] >= 0 && (best < 0 || probs[k][map[j]] > probs[k][map[best]])) {
                    best = j;
                }
            }
            out[k] = best;
        }
        return out;
    }
}
