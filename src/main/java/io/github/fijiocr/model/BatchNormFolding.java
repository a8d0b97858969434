package io.github.fijiocr.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An inference copy of a network with each batch normalisation folded into the convolution
 * before it: at inference the normalisation is a fixed scale and shift per channel, which the
 * convolution's weights and bias can carry. Same outputs, one pass less over the largest
 * activations; on the line network that pass cost about a quarter of the time (measured with
 * DL4J 1.0.0-M2.1 on one thread). Layers that do not fit the pattern are copied as they are.
 */
public final class BatchNormFolding {
    private BatchNormFolding() {
    }

    /** A new network, for inference only (its updater state is not carried over). */
    public static MultiLayerNetwork fold(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        if (!conf.getInputPreProcessors().isEmpty()) {
            return net.clone(); // layer indices would shift under the preprocessors
        }
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
            .dataType(conf.getDataType()).list();
        List<Map<String, INDArray>> params = new ArrayList<>();
        int n = conf.getConfs().size();
        for (int i = 0; i < n; i++) {
            Layer layer = conf.getConf(i).getLayer().clone();
            Map<String, INDArray> p = new LinkedHashMap<>();
            net.getLayer(i).paramTable().forEach((k, v) -> p.put(k, v.dup()));
            if (i + 1 < n && foldable(layer, conf.getConf(i + 1).getLayer())) {
                fold(p, (BatchNormalization) conf.getConf(i + 1).getLayer(), net.getLayer(i + 1).paramTable());
                // DL4J never applies a normalisation layer's own activation: none is folded in.
                i++;
            }
            list.layer(layer);
            params.add(p);
        }
        MultiLayerNetwork folded = new MultiLayerNetwork(list.build());
        folded.init();
        for (int k = 0; k < params.size(); k++) {
            for (Map.Entry<String, INDArray> e : params.get(k).entrySet()) {
                folded.getLayer(k).setParam(e.getKey(), e.getValue());
            }
        }
        return folded;
    }

    private static boolean foldable(Layer layer, Layer next) {
        if (!(layer instanceof ConvolutionLayer) || !(next instanceof BatchNormalization)) {
            return false;
        }
        ConvolutionLayer conv = (ConvolutionLayer) layer;
        return layer.getClass() == ConvolutionLayer.class && conv.hasBias()
            && conv.getActivationFn() instanceof ActivationIdentity && conv.getCnn2dDataFormat() == CNN2DFormat.NCHW
            && ((BatchNormalization) next).getCnn2DFormat() == CNN2DFormat.NCHW;
    }

    /** W' = W * s and b' = (b - mean) * s + beta per output channel, s = gamma / sqrt(var + eps). */
    private static void fold(Map<String, INDArray> conv, BatchNormalization bn, Map<String, INDArray> norm) {
        INDArray mean = norm.get(BatchNormalizationParamInitializer.GLOBAL_MEAN).reshape(-1);
        INDArray var;
        if (bn.isUseLogStd()) {
            // Stored as log10 of the standard deviation: var = 10^(2 log10 std); eps is added as usual.
            var = Transforms.exp(norm.get(BatchNormalizationParamInitializer.GLOBAL_LOG_STD).reshape(-1)
                .mul(2 * Math.log(10)), false);
        } else {
            var = norm.get(BatchNormalizationParamInitializer.GLOBAL_VAR).reshape(-1).dup();
        }
        boolean locked = bn.isLockGammaBeta(); // then gamma and beta are constants of the configuration
        INDArray gamma = locked ? Nd4j.valueArrayOf(mean.shape(), bn.getGamma(), mean.dataType())
            : norm.get(BatchNormalizationParamInitializer.GAMMA).reshape(-1);
        INDArray beta = locked ? Nd4j.valueArrayOf(mean.shape(), bn.getBeta(), mean.dataType())
            : norm.get(BatchNormalizationParamInitializer.BETA).reshape(-1);
        INDArray scale = gamma.div(Transforms.sqrt(var.addi(bn.getEps()), false));
        INDArray w = conv.get(ConvolutionParamInitializer.WEIGHT_KEY);
        long out = w.size(0);
        w.muli(scale.reshape(out, 1, 1, 1));
        INDArray b = conv.get(ConvolutionParamInitializer.BIAS_KEY);
        INDArray folded = b.reshape(-1).sub(mean).muli(scale).addi(beta);
        conv.put(ConvolutionParamInitializer.BIAS_KEY, folded.reshape(b.shape()));
    }
}
