package io.github.fijiocr.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What a line network's output means. DL4J's convolutions emit {@code [batch, classes, 1, columns]};
 * a CTC lattice and libnd4j's CTC ops read {@code [batch, columns, classes]}. The two conversions
 * here are each other's inverse, so a gradient computed in sequence layout goes back unchanged.
 */
public final class LineOutputs {
    private LineOutputs() {
    }

    /** {@code [batch, classes, 1, columns]} to a new {@code [batch, columns, classes]}, C order. */
    public static INDArray toSequence(INDArray networkOutput) {
        if (networkOutput.rank() != 4 || networkOutput.size(2) != 1) {
            throw new IllegalArgumentException("a line network's output is [batch, classes, 1, columns], not "
                + java.util.Arrays.toString(networkOutput.shape()));
        }
        long[] s = networkOutput.shape();
        return networkOutput.reshape('c', s[0], s[1], s[3]).permute(0, 2, 1).dup('c');
    }

    /** {@code [batch, columns, classes]} back to a new {@code [batch, classes, 1, columns]}. */
    public static INDArray toNetworkLayout(INDArray sequence) {
        long[] s = sequence.shape();
        return sequence.permute(0, 2, 1).dup('c').reshape('c', s[0], s[2], 1, s[1]);
    }

    /**
     * ln softmax over the classes of a network's output {@code [batch, classes, 1, columns]}, as
     * {@code [line][column][class]}: {@link #toSequence} then {@link #logSoftmax}, computed in Java
     * on one copy of the output. For one line the ND4J ops and their copies took a quarter of the
     * reading's time (0.9 of 3.4 ms for a 160-pixel line, one thread).
     */
    public static float[][][] logSoftmaxColumns(INDArray networkOutput) {
        long[] s = networkOutput.shape();
        if (s.length != 4 || s[2] != 1) {
            throw new IllegalArgumentException("a line network's output is [batch, classes, 1, columns], not "
                + java.util.Arrays.toString(s));
        }
        return logSoftmaxColumns(networkOutput, (int) s[1], (int) s[3], (int) s[3], 1);
    }

    /**
     * As {@link #logSoftmaxColumns(INDArray)}, for a channels-last network's output
     * {@code [batch, 1, columns, classes]} ({@link ChannelsLast}).
     */
    public static float[][][] logSoftmaxColumnsLast(INDArray networkOutput) {
        long[] s = networkOutput.shape();
        if (s.length != 4 || s[1] != 1) {
            throw new IllegalArgumentException("a channels-last line network's output is [batch, 1, columns, classes],"
                + " not " + java.util.Arrays.toString(s));
        }
        return logSoftmaxColumns(networkOutput, (int) s[3], (int) s[2], 1, (int) s[3]);
    }

    /** As {@link #logSoftmaxColumnsLast(INDArray)}, for the same values in a Java array ({@link OnednnLines}). */
    static float[][][] logSoftmaxColumnsLast(float[] v, int batch, int columns, int classes) {
        return logSoftmaxColumns(v, batch, classes, columns, 1, classes);
    }

    /** The value of class c at column t of a line is at {@code c * classStride + t * columnStride}. */
    private static float[][][] logSoftmaxColumns(INDArray networkOutput, int classes, int columns, int classStride,
        int columnStride) {
        int batch = (int) networkOutput.size(0);
        float[] v = networkOutput.dup('c').data().asFloat(); // a fresh array: offset 0, length its own
        return logSoftmaxColumns(v, batch, classes, columns, classStride, columnStride);
    }

    private static float[][][] logSoftmaxColumns(float[] v, int batch, int classes, int columns, int classStride,
        int columnStride) {
        float[][][] out = new float[batch][columns][classes];
        for (int b = 0; b < batch; b++) {
            int line = b * classes * columns;
            for (int t = 0; t < columns; t++) {
                int base = line + t * columnStride;
                float max = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    max = Math.max(max, v[base + c * classStride]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    sum += Math.exp(v[base + c * classStride] - max);
                }
                float logSum = (float) Math.log(sum);
                float[] row = out[b][t];
                for (int c = 0; c < classes; c++) {
                    row[c] = v[base + c * classStride] - max - logSum;
                }
            }
        }
        return out;
    }

    /** ln softmax over the last axis (the classes), in a new array; stable for large logits. */
    public static INDArray logSoftmax(INDArray logits) {
        int last = logits.rank() - 1;
        INDArray shifted = logits.sub(logits.max(true, last));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, last), false);
        return shifted.subi(logSum);
    }
}
