package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The folded inference copy computes what the network computes, with no normalisation layers left. */
public class BatchNormFoldingTest {
    @Test
    public void theBundledLineNetworkFoldsToTheSameOutputs() {
        MultiLayerNetwork net = ModelFile.bundledLine().network();
        assertSameOutputs(net, BatchNormFolding.fold(net), 208);
    }

    @Test
    public void aNetworkWithMovedStatisticsFoldsToTheSameOutputs() {
        // A fresh network has mean 0 and variance 1 everywhere: give every parameter, the running
        // statistics included, other values so that each term of the fold is exercised.
        MultiLayerNetwork net = LineArchitectures.build(64, 7, 4, 3, 5, 1e-3);
        Nd4j.getRandom().setSeed(3);
        INDArray p = net.params();
        p.assign(Nd4j.rand(p.dataType(), p.shape()).muli(0.8).addi(0.2));
        assertSameOutputs(net, BatchNormFolding.fold(net), 64);
    }

    private static void assertSameOutputs(MultiLayerNetwork net, MultiLayerNetwork folded, int width) {
        int norms = 0;
        for (int i = 0; i < folded.getnLayers(); i++) {
            norms += folded.getLayerWiseConfigurations().getConf(i).getLayer() instanceof BatchNormalization ? 1 : 0;
        }
        assertEquals("normalisation layers left", 0, norms);
        assertTrue(folded.getnLayers() < net.getnLayers());
        Nd4j.getRandom().setSeed(11);
        INDArray in = Nd4j.rand(net.params().dataType(), 3, 1, LineArchitectures.HEIGHT, width);
        INDArray expected = net.output(in, false);
        INDArray actual = folded.output(in, false);
        assertEquals(expected.shapeInfoToString(), actual.shapeInfoToString());
        double scale = expected.amaxNumber().doubleValue();
        double diff = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue("largest difference " + diff + " of outputs up to " + scale, diff <= 1e-4 * Math.max(1, scale));
    }
}
