package io.github.fijiocr.model;

import org.deeplearning4j.nn.conf.CacheMode;
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

/**
 * The network shapes a model can have. Each builds a fresh, initialised network. Small nets here
 * are bound by DL4J's fixed cost per layer more than by multiply-adds, so the faster shapes have
 * fewer layers, not just fewer operations (BENCHMARKS.md, "Architectures").
 */
public enum Architectures {
    /**
     * The seed tutorial's LeNet exactly: conv 60 5x5, conv 60 5x5, pool, conv 30 3x3, conv 30 3x3,
     * pool, dropout 0.5, dense 500, dropout 0.5, softmax; Adam 1e-3; ReLU; Glorot init as Keras.
     * 55M multiply-adds at 32x32.
     */
    SEED,
    /** 3x3 convolutions 32-32-pool-64-64-pool, dropout, dense 128, dropout, softmax (14M multiply-adds). */
    SMALL,
    /** 3x3 convolutions 32-pool-64-pool, dense 128 with dropout (4M multiply-adds, six layers). */
    COMPACT;

    /** The architecture new models get unless told otherwise: chosen by measurement. */
    public static final Architectures DEFAULT = COMPACT;

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
        throw new IllegalArgumentException("unknown architecture '" + key + "'; known: seed, small, compact");
    }

    public MultiLayerNetwork build(int inputSize, int classes, long seed) {
        return build(inputSize, classes, seed, 1e-3);
    }

    /** A fresh network trained with Adam at {@code learningRate}. */
    public MultiLayerNetwork build(int inputSize, int classes, long seed, double learningRate) {
        Nd4jRuntime.ensureReady();
        NeuralNetConfiguration.ListBuilder list = settings(seed, learningRate)
            // Keeps each layer's forward activations for the backward pass: about 20% faster
            // training for the seed net on the oneDNN path (BENCHMARKS.md), at a little memory.
            .cacheMode(CacheMode.DEVICE)
            .list();
        switch (this) {
            case SEED:
                list.layer(conv(5, 60)).layer(conv(5, 60)).layer(pool()).layer(conv(3, 30)).layer(conv(3, 30))
                    .layer(pool())
                    // DL4J's dropOut(p) is applied to the layer's input with retain probability p.
                    .layer(dense(500, 0.5));
                break;
            case SMALL:
                list.layer(conv(3, 32)).layer(conv(3, 32)).layer(pool()).layer(conv(3, 64)).layer(conv(3, 64))
                    .layer(pool()).layer(dense(128, 0.75));
                break;
            default:
                list.layer(conv(3, 32)).layer(pool()).layer(conv(3, 64)).layer(pool()).layer(dense(128, 0.75));
                break;
        }
        MultiLayerConfiguration conf = list
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).dropOut(0.5).build())
            .setInputType(InputType.convolutional(inputSize, inputSize, 1))
            .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** What every network of the project shares: float weights, Xavier initialisation, Adam. */
    static NeuralNetConfiguration.Builder settings(long seed, double learningRate) {
        return new NeuralNetConfiguration.Builder()
            .seed(seed)
            .dataType(DataType.FLOAT)
            .updater(new Adam(learningRate))
            .weightInit(WeightInit.XAVIER_UNIFORM);
    }

    private static ConvolutionLayer conv(int kernel, int filters) {
        return new ConvolutionLayer.Builder(kernel, kernel).nOut(filters).activation(Activation.RELU).build();
    }

    private static SubsamplingLayer pool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    private static DenseLayer dense(int units, double retain) {
        return new DenseLayer.Builder().nOut(units).activation(Activation.RELU).dropOut(retain).build();
    }
}
