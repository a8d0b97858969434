package io.github.fijiocr.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The network shapes a model can have. Each builds a fresh, initialised network. */
public enum Architectures {
    /**
     * The seed tutorial's LeNet exactly: conv 60 5x5, conv 60 5x5, pool, conv 30 3x3, conv 30 3x3,
     * pool, dropout 0.5, dense 500, dropout 0.5, softmax; Adam 1e-3; ReLU; Glorot init as Keras.
     */
    SEED;

    /** Name as stored in model files and typed as a macro value. */
    public String key() {
        return name().toLowerCase();
    }

    public static Architectures fromKey(String key) {
        for (Architectures a : values()) {
            if (a.key().equalsIgnoreCase(key.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + key + "'; known: seed");
    }

    public MultiLayerNetwork build(int inputSize, int classes, long seed) {
        Nd4jRuntime.ensureReady();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(seed)
            .dataType(DataType.FLOAT)
            .updater(new Adam(1e-3))
            .weightInit(WeightInit.XAVIER_UNIFORM)
            .list()
            .layer(new ConvolutionLayer.Builder(5, 5).nIn(1).nOut(60).activation(Activation.RELU).build())
            .layer(new ConvolutionLayer.Builder(5, 5).nOut(60).activation(Activation.RELU).build())
            .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
            .layer(new ConvolutionLayer.Builder(3, 3).nOut(30).activation(Activation.RELU).build())
            .layer(new ConvolutionLayer.Builder(3, 3).nOut(30).activation(Activation.RELU).build())
            .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
            // DL4J's dropOut(p) is applied to the layer's input with retain probability p.
            .layer(new DenseLayer.Builder().nOut(500).activation(Activation.RELU).dropOut(0.5).build())
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).dropOut(0.5).build())
            .setInputType(InputType.convolutional(inputSize, inputSize, 1))
            .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
