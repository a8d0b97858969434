package io.github.fijiocr.model;

import io.github.fijiocr.preprocess.Preprocessor;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The seam around the network: preprocessed inputs in, class probabilities out. A model is a
 * network plus the metadata that says how to feed it. Not thread-safe: one user at a time.
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

    public Preprocessor preprocessor() {
        return preprocessor;
    }

    /** Probabilities for a batch of inputs made by {@link #preprocessor()}; one call, one batch. */
    public float[][] predict(List<float[]> inputs) {
        int n = inputs.size();
        float[][] out = new float[n][];
        if (n == 0) {
            return out;
        }
        INDArray probs = network.output(toFeatures(inputs, metadata.preprocessing().size()), false);
        for (int i = 0; i < n; i++) {
            out[i] = probs.getRow(i).toFloatVector();
        }
        return out;
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
