package io.github.fijiocr.model;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A line network's shape, and the two layouts of its output. */
public class LineArchitecturesTest {
    @Test
    public void oneColumnOfLogitsPerFourPixels() {
        MultiLayerNetwork net = LineArchitectures.build(128, 11, 8, 1, 1e-3);
        float[][][] logProbs = Predictor.lineLogProbs(net, Nd4j.rand(3, 1, LineArchitectures.HEIGHT, 128));
        assertEquals(3, logProbs.length);
        assertEquals(128 / LineArchitectures.COLUMN_WIDTH, logProbs[0].length);
        assertEquals(11, logProbs[0][0].length);
        double sum = 0;
        for (float p : logProbs[2][5]) {
            sum += Math.exp(p);
        }
        assertEquals(1, sum, 1e-5);
    }

    @Test
    public void layoutsAreInverse() {
        INDArray out = Nd4j.rand(2, 5, 1, 7);
        INDArray sequence = LineOutputs.toSequence(out);
        assertArrayEquals(new long[] {2, 7, 5}, sequence.shape());
        assertEquals(out.getFloat(1, 3, 0, 6), sequence.getFloat(1, 6, 3), 0);
        assertEquals(out, LineOutputs.toNetworkLayout(sequence));
    }

    @Test(expected = IllegalArgumentException.class)
    public void widthMustBeWholeColumns() {
        LineArchitectures.build(126, 11, 8, 1, 1e-3);
    }
}
