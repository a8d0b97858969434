package io.github.fijiocr.model;

import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An inference copy of a line network that keeps its activations channels last (NHWC) instead of
 * DL4J's default channels first (NCHW). The weights are the same, and so are the outputs, to the
 * bit: oneDNN computes these convolutions channels last either way, so in NCHW every layer's
 * activations were reordered in and back out (a quarter of the time of a 384-pixel line, measured
 * with DL4J 1.0.0-M2.1 on one thread), and the first max pooling of a line wider than about 400
 * pixels fell off oneDNN's fast path (4.2 ms instead of 0.14). Only networks of convolutions and
 * poolings are converted (a folded line network); anything else is left as it is.
 */
public final class ChannelsLast {
    private ChannelsLast() {
    }

    /** Whether every layer of {@code net} can run channels last: convolutions and poolings only. */
    public static boolean convertible(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        if (!conf.getInputPreProcessors().isEmpty()) {
            return false;
        }
        for (int i = 0; i < conf.getConfs().size(); i++) {
            Layer layer = conf.getConf(i).getLayer();
            if (layer.getClass() != ConvolutionLayer.class && layer.getClass() != SubsamplingLayer.class) {
                return false;
            }
        }
        return true;
    }

    /**
     * A new network computing {@code net}'s function on {@code [batch, height, width, channels]}
     * inputs, giving {@code [batch, height, width, classes]}; {@code net} itself is not changed.
     * Call only when {@link #convertible}.
     */
    public static MultiLayerNetwork of(MultiLayerNetwork net) {
        if (!convertible(net)) {
            throw new IllegalArgumentException("only a network of convolutions and poolings runs channels last");
        }
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
            .dataType(conf.getDataType()).list();
        for (int i = 0; i < conf.getConfs().size(); i++) {
            Layer layer = conf.getConf(i).getLayer().clone();
            if (layer instanceof ConvolutionLayer) {
                ((ConvolutionLayer) layer).setCnn2dDataFormat(CNN2DFormat.NHWC);
            } else {
                ((SubsamplingLayer) layer).setCnn2dDataFormat(CNN2DFormat.NHWC);
            }
            list.layer(layer);
        }
        MultiLayerNetwork out = new MultiLayerNetwork(list.build());
        out.init();
        // DL4J keeps convolution weights [out, in, height, width] in either layout.
        for (int i = 0; i < conf.getConfs().size(); i++) {
            for (Map.Entry<String, INDArray> e : net.getLayer(i).paramTable().entrySet()) {
                out.getLayer(i).setParam(e.getKey(), e.getValue().dup());
            }
        }
        return out;
    }

    /** Whether {@code net} takes channels-last input ({@link #of}); false for DL4J's default. */
    public static boolean isChannelsLast(MultiLayerNetwork net) {
        Layer first = net.getLayerWiseConfigurations().getConf(0).getLayer();
        return first instanceof ConvolutionLayer
            && ((ConvolutionLayer) first).getCnn2dDataFormat() == CNN2DFormat.NHWC;
    }
}
