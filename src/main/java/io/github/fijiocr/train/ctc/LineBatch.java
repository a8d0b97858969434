package io.github.fijiocr.train.ctc;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Lines of one size and their texts as class indices: one step of {@link CtcTrainer}. */
public final class LineBatch {
    /** {@code [lines, 1, height, width]}, pixel v as v/255 (dark ink on light ground, as characters), as the network takes it. */
    public final INDArray features;
    /** Per line, its text as class indices (never the blank). */
    public final int[][] targets;

    public LineBatch(INDArray features, int[][] targets) {
        if (features.rank() != 4 || features.size(0) != targets.length) {
            throw new IllegalArgumentException(targets.length + " texts for lines shaped "
                + java.util.Arrays.toString(features.shape()));
        }
        this.features = features;
        this.targets = targets;
    }

    /** Lines given row by row, {@code height * width} values each. */
    public static LineBatch of(List<float[]> lines, int height, int width, int[][] targets) {
        float[] flat = new float[lines.size() * height * width];
        for (int i = 0; i < lines.size(); i++) {
            float[] line = lines.get(i);
            if (line.length != height * width) {
                throw new IllegalArgumentException("line " + i + " has " + line.length + " values, not "
                    + height + " x " + width);
            }
            System.arraycopy(line, 0, flat, i * line.length, line.length);
        }
        return new LineBatch(Nd4j.create(flat, new long[] {lines.size(), 1, height, width}, 'c'), targets);
    }

    public int size() {
        return targets.length;
    }
}
