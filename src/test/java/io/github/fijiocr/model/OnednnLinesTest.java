package io.github.fijiocr.model;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;

/** oneDNN run directly reads what DL4J's layers read, shape after shape, and leaves what it cannot run to them. */
public class OnednnLinesTest {
    private static final int H = LineArchitectures.HEIGHT;

    @Test
    public void theBundledLineNetworkGivesDl4jsLogitsThroughOnednnItself() {
        MultiLayerNetwork folded = BatchNormFolding.fold(ModelFile.bundledLine().network());
        MultiLayerNetwork last = ChannelsLast.of(folded);
        try (OnednnLines direct = OnednnLines.of(folded)) {
            assertNotNull("oneDNN's presets load on this platform", direct);
            assertEquals(83, direct.classes());
            // Shapes met again (kept primitives, shared buffers), a shape whose activations are
            // given back after the call (8 x 1024 pixels: 32 MB), and a small one after it.
            int[][] shapes = {{1, 64}, {3, 448}, {1, 64}, {8, 1024}, {3, 448}, {2, 128}};
            for (int[] s : shapes) {
                float[] flat = random(s[0] * H * s[1], 31L * s[0] + s[1]);
                float[] expected = last.output(Nd4j.create(flat, new long[] {s[0], H, s[1], 1}, 'c'), false)
                    .dup('c').data().asFloat();
                float[] actual = direct.output(flat, s[0], H, s[1]);
                assertEquals(expected.length, actual.length);
                assertArrayEquals("batch " + s[0] + " x " + s[1], expected, actual, 1e-4f);
            }
            // A width the poolings cannot halve twice: left to DL4J, which pads it.
            assertNull(direct.output(random(H * 66, 1), 1, H, 66));
        }
    }

    @Test
    public void aLineModelsPredictorRunsOnednnItselfAndReadsAsDl4j() {
        OcrModel model = ModelFile.bundledLine();
        Predictor predictor = model.predictor(null);
        assertTrue(predictor.direct());
        List<float[]> rows = new ArrayList<>();
        rows.add(random(H * 96, 7));
        rows.add(random(H * 96, 8));
        float[][][] read = predictor.lineLogProbs(rows, 96, new int[] {24, 17});
        float[][][] stored = Predictor.lineLogProbs(BatchNormFolding.fold(model.network()),
            Nd4j.create(concat(rows), new long[] {2, 1, H, 96}, 'c'));
        assertEquals(24, read[0].length);
        assertEquals(17, read[1].length);
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < read[b].length; t++) {
                assertArrayEquals(stored[b][t], read[b][t], 1e-4f);
            }
        }
    }

    @Test
    public void networksOfOtherLayersAreLeftToDl4j() {
        // Normalisation layers not folded away.
        assertNull(OnednnLines.of(ModelFile.bundledLine().network()));
        // An activation layer after the logits.
        MultiLayerNetwork base = LineArchitectures.build(64, 4, 4, 3, 1, 1e-3);
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().list();
        for (int i = 0; i < base.getnLayers(); i++) {
            list.layer(base.getLayerWiseConfigurations().getConf(i).getLayer().clone());
        }
        list.layer(new ActivationLayer.Builder().activation(Activation.IDENTITY).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        assertNull(OnednnLines.of(BatchNormFolding.fold(net)));
        // Asked not to.
        MultiLayerNetwork folded = BatchNormFolding.fold(ModelFile.bundledLine().network());
        String before = System.getProperty(OnednnLines.PROPERTY);
        System.setProperty(OnednnLines.PROPERTY, "false");
        try {
            assertNull(OnednnLines.of(folded));
        } finally {
            if (before == null) {
                System.clearProperty(OnednnLines.PROPERTY);
            } else {
                System.setProperty(OnednnLines.PROPERTY, before);
            }
        }
    }

    private static float[] random(int n, long seed) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextFloat();
        }
        return v;
    }

    private static float[] concat(List<float[]> rows) {
        float[] out = new float[rows.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] a : rows) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }
}
