package io.github.fijiocr.train.line;

import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.OcrModel;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The network a line training starts from: a base line model with its output cut to a new
 * alphabet (HALCON's alphabet reduction), or a new one. A character the base reads keeps its
 * row of output weights, so before any training the adapted network ranks the kept characters
 * exactly as the base did; a character new to it starts from small random weights.
 */
public final class LineNetworks {
    /** Filters and context of a new network: those of the bundled line model. */
    static final int CHANNELS = 32;
    static final int CONTEXT = 5;

    private LineNetworks() {
    }

    /** A copy of {@code base}'s network that outputs {@code alphabet} and the blank, last. */
    public static MultiLayerNetwork adapt(OcrModel base, List<String> alphabet, double learningRate, long seed) {
        MultiLayerNetwork source = base.network();
        int last = source.getnLayers() - 1;
        if (!(source.getLayerWiseConfigurations().getConf(last).getLayer() instanceof ConvolutionLayer)) {
            throw new IllegalArgumentException("not a line network: its last layer is not a 1x1 convolution");
        }
        MultiLayerNetwork net = new TransferLearning.Builder(source.clone())
            .fineTuneConfiguration(new FineTuneConfiguration.Builder().updater(new Adam(learningRate)).seed(seed)
                .build())
            .nOutReplace(last, alphabet.size() + 1, WeightInit.XAVIER)
            .build();
        List<String> old = base.alphabet();
        INDArray w0 = source.getLayer(last).getParam("W");
        INDArray b0 = source.getLayer(last).getParam("b");
        INDArray w = net.getLayer(last).getParam("W");
        INDArray b = net.getLayer(last).getParam("b");
        // New characters start small, so they do not outshout the ones the base already reads.
        w.muli(0.1);
        b.assign(b0.getDouble(old.size()) - 5);
        for (int k = 0; k <= alphabet.size(); k++) {
            int from = k == alphabet.size() ? old.size() : old.indexOf(alphabet.get(k));
            if (from >= 0) {
                w.get(NDArrayIndex.point(k)).assign(w0.get(NDArrayIndex.point(from)));
                b.putScalar(k, b0.getDouble(from));
            }
        }
        return net;
    }

    /** A new line network for {@code classes} outputs (the alphabet and the blank). */
    public static MultiLayerNetwork fresh(int classes, double learningRate, long seed) {
        return LineArchitectures.build(128, classes, CHANNELS, CONTEXT, seed, learningRate);
    }
}
