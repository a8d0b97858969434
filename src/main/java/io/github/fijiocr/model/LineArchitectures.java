package io.github.fijiocr.model;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;

/**
 * Line networks for CTC: a text line {@value #HEIGHT} pixels high in, one column of class logits
 * per {@value #COLUMN_WIDTH} pixels of width out. Convolutions only, so that every column sees
 * the same weights and a wider line is just more columns. Five 3x3 convolutions, each with batch
 * normalisation and no other activation (see {@link #normalised}; without the normalisation,
 * CTC training sat at "all blank" for the first hundreds of steps where with it a digit test reads 98% of lines after 150); the first two pools halve both axes,
 * the last three only the height, down to one row. A 1x1 convolution then gives the logits, with
 * no softmax: the CTC loss wants logits, and decoding takes {@link LineOutputs#logSoftmax}.
 */
public final class LineArchitectures {
    public static final int HEIGHT = 32;
    /** Input pixels per output column: the two pools that halve the width. */
    public static final int COLUMN_WIDTH = 4;
    /** Channels of the five convolutions, as multiples of the first. */
    private static final int[] CHANNELS = {1, 2, 2, 4, 4};

    private LineArchitectures() {
    }

    /**
     * A fresh network for lines {@code width} pixels wide (a multiple of {@value #COLUMN_WIDTH}),
     * {@code classes} logits per column (the characters and the blank), {@code channels} filters
     * in the first convolution (16: 71k weights for 11 classes).
     */
    public static MultiLayerNetwork build(int width, int classes, int channels, long seed, double learningRate) {
        return build(width, classes, channels, 0, seed, learningRate);
    }

    /**
     * As {@link #build(int, int, int, long, double)}, with a {@code 1 x context} convolution on the
     * last row before the logits (0: none). The five 3x3 convolutions see about 34 pixels of
     * width, one character of a 32-pixel line; the context layer lets each column see its
     * neighbours, which tells a lower-case l from a 1 and a stroke from a letter's part.
     */
    public static MultiLayerNetwork build(int width, int classes, int channels, int context, long seed,
        double learningRate) {
        if (width <= 0 || width % COLUMN_WIDTH != 0) {
            throw new IllegalArgumentException("line width " + width + " is not a positive multiple of "
                + COLUMN_WIDTH);
        }
        Nd4jRuntime.ensureReady();
        NeuralNetConfiguration.ListBuilder list = Architectures.settings(seed, learningRate)
            .convolutionMode(ConvolutionMode.Same)
            .list();
        for (int i = 0; i < CHANNELS.length; i++) {
            list.layer(new ConvolutionLayer.Builder(3, 3).nOut(channels * CHANNELS[i])
                .activation(Activation.IDENTITY).build());
            normalised(list);
            int across = i < 2 ? 2 : 1;
            list.layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, across).stride(2, across).build());
        }
        if (context > 0) {
            list.layer(new ConvolutionLayer.Builder(1, context).nOut(channels * CHANNELS[CHANNELS.length - 1])
                .activation(Activation.IDENTITY).build());
            normalised(list);
        }
        MultiLayerConfiguration conf = list
            .layer(new ConvolutionLayer.Builder(1, 1).nOut(classes).activation(Activation.IDENTITY).build())
            .setInputType(InputType.convolutional(HEIGHT, width, 1))
            .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /**
     * Batch normalisation with no activation after it: what the bundled line network computes.
     * Its first build asked the normalisation layer for a ReLU, which DL4J accepts and never
     * applies (checked in 1.0.0-M2.1, training and inference), so the network's only
     * nonlinearity is its max pools (piecewise linear, as maxout). A build with a real ReLU layer
     * after each normalisation, as many steps of the same renderer, read far less (words_real
     * 26.9% against 43.1%; its loss ended higher too; BENCHMARKS.md), so this is kept.
     */
    private static void normalised(NeuralNetConfiguration.ListBuilder list) {
        list.layer(new BatchNormalization.Builder().build());
    }
}
