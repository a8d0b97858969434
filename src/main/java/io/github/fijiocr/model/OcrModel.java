package io.github.fijiocr.model;

import io.github.fijiocr.preprocess.Preprocessor;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained model: a network plus the metadata that says how to feed it. Shared and never
 * changed once made; recognition goes through a {@link Predictor} per use and thread.
 */
public final class OcrModel {
    private final MultiLayerNetwork network;
    private final ModelMetadata metadata;
    private final Preprocessor preprocessor;

    public OcrModel(MultiLayerNetwork network, ModelMetadata metadata) {
        this.network = network;
        this.metadata = metadata;
        this.preprocessor = new Preprocessor(metadata.preprocessing());
    }

    public MultiLayerNetwork network() {
        return network;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    public List<String> alphabet() {
        return metadata.alphabet();
    }

    /** Reads whole lines (see {@link ModelMetadata#isLine()}). */
    public boolean isLine() {
        return metadata.isLine();
    }

    public Preprocessor preprocessor() {
        return preprocessor;
    }

    /**
     * A predictor for one thread and one use: its own copy of the network, the {@code allowed}
     * characters (null or empty: all), one ND4J thread (fastest for recognition's small batches).
     */
    public Predictor predictor(String allowed) {
        return predictor(allowed, 1);
    }

    public Predictor predictor(String allowed, int threads) {
        // Line networks are the costly ones (a whole line per input): their normalisation is folded
        // away, and they run channels last.
        MultiLayerNetwork copy = isLine() ? BatchNormFolding.fold(network) : network.clone();
        // Where oneDNN's presets load, it runs the folded network itself (OnednnLines); the
        // channels-last DL4J copy reads shapes it cannot.
        OnednnLines direct = isLine() ? OnednnLines.of(copy) : null;
        if (isLine() && ChannelsLast.convertible(copy)) {
            copy = ChannelsLast.of(copy);
        }
        return new Predictor(this, copy, direct, allowed, threads);
    }

    /** Rows of size*size floats to an NCHW [n,1,size,size] array. */
    public static INDArray toFeatures(List<float[]> inputs, int size) {
        float[] flat = new float[inputs.size() * size * size];
        int offset = 0;
        for (float[] in : inputs) {
            System.arraycopy(in, 0, flat, offset, in.length);
            offset += in.length;
        }
        return Nd4j.create(flat, new long[] {inputs.size(), 1, size, size}, 'c');
    }
}
