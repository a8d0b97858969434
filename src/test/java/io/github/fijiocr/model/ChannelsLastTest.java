package io.github.fijiocr.model;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.preprocess.Preprocessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The channels-last inference copy reads what the stored network reads. */
public class ChannelsLastTest {
    @Test
    public void theBundledLineNetworkGivesTheSameLnProbabilitiesChannelsLast() {
        MultiLayerNetwork folded = BatchNormFolding.fold(ModelFile.bundledLine().network());
        assertTrue(ChannelsLast.convertible(folded));
        MultiLayerNetwork last = ChannelsLast.of(folded);
        assertTrue(ChannelsLast.isChannelsLast(last));
        assertFalse(ChannelsLast.isChannelsLast(folded));
        // 448 pixels: past the width where NCHW pooling left oneDNN's fast path.
        for (int width : new int[] {64, 448}) {
            Nd4j.getRandom().setSeed(width);
            INDArray in = Nd4j.rand(folded.params().dataType(), 3, 1, LineArchitectures.HEIGHT, width);
            float[][][] expected = Predictor.lineLogProbs(folded, in);
            float[][][] actual = LineOutputs.logSoftmaxColumnsLast(
                last.output(in.reshape('c', 3, LineArchitectures.HEIGHT, width, 1), false));
            assertEquals(expected.length, actual.length);
            for (int b = 0; b < expected.length; b++) {
                assertEquals(width / LineArchitectures.COLUMN_WIDTH, actual[b].length);
                for (int t = 0; t < expected[b].length; t++) {
                    assertArrayEquals(expected[b][t], actual[b][t], 1e-4f);
                }
            }
        }
    }

    @Test
    public void aPredictorOfTheBundledLineModelReadsAsStoredAndTrimsEachLine() {
        OcrModel model = ModelFile.bundledLine();
        Predictor predictor = model.predictor(null);
        MultiLayerNetwork folded = BatchNormFolding.fold(model.network());
        Random r = new Random(5);
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            float[] row = new float[LineArchitectures.HEIGHT * 96];
            for (int k = 0; k < row.length; k++) {
                row[k] = r.nextFloat();
            }
            rows.add(row);
        }
        float[][][] read = predictor.lineLogProbs(rows, 96, new int[] {24, 17});
        float[][][] stored = Predictor.lineLogProbs(folded,
            Nd4j.create(concat(rows), new long[] {2, 1, LineArchitectures.HEIGHT, 96}, 'c'));
        assertEquals(24, read[0].length);
        assertEquals(17, read[1].length);
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < read[b].length; t++) {
                assertArrayEquals(stored[b][t], read[b][t], 1e-4f);
            }
        }
    }

    @Test
    public void aNetworkWithNormalisationLayersIsLeftAsItIs() {
        assertFalse(ChannelsLast.convertible(ModelFile.bundledLine().network()));
        assertFalse(ChannelsLast.convertible(ModelFile.bundled().network()));
        try {
            ChannelsLast.of(ModelFile.bundledLine().network());
            fail("a network with normalisation layers was converted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("convolutions and poolings"));
        }
    }

    /** A line network with a layer that has no channels-last form reads through the old layout, as before. */
    @Test
    public void aLineModelThatCannotRunChannelsLastReadsAsStored() {
        MultiLayerNetwork base = LineArchitectures.build(64, 4, 4, 3, 1, 1e-3);
        MultiLayerNetwork net = withActivationLayer(base);
        OcrModel model = new OcrModel(net, new ModelMetadata(List.of("0", "1", "2"), new Preprocessing(
            LineArchitectures.HEIGHT, Preprocessing.Resize.STRETCH, Preprocessing.Crop.NONE,
            Preprocessing.Contrast.STRETCH), "line-cnn", Map.of()));
        assertTrue(model.isLine());
        Random r = new Random(3);
        float[] row = new float[LineArchitectures.HEIGHT * 64];
        for (int k = 0; k < row.length; k++) {
            row[k] = r.nextFloat();
        }
        float[][][] read = model.predictor(null).lineLogProbs(List.of(row), 64, new int[] {16});
        float[][][] stored = Predictor.lineLogProbs(base, Nd4j.create(row, new long[] {1, 1, LineArchitectures.HEIGHT,
            64}, 'c'));
        for (int t = 0; t < 16; t++) {
            assertArrayEquals(stored[0][t], read[0][t], 1e-3f);
        }
    }

    /** {@code base} with an identity activation layer after its logits: a layer with no channels-last form. */
    static MultiLayerNetwork withActivationLayer(MultiLayerNetwork base) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().list();
        for (int i = 0; i < base.getnLayers(); i++) {
            list.layer(base.getLayerWiseConfigurations().getConf(i).getLayer().clone());
        }
        list.layer(new ActivationLayer.Builder().activation(Activation.IDENTITY).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        net.setParams(base.params().dup());
        return net;
    }

    static float[] concat(List<float[]> rows) {
        float[] out = new float[rows.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] a : rows) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }
}
