package io.github.fijiocr.model;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;
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
            // Shapes met again (kept primitives, shared buffers); a batch run in parts (20 x 1024
            // pixels: 80 MB of activations, parts of 8 lines); one line whose 128 MB buffers are
            // given back after its call; a small batch after it.
            int[][] shapes = {{1, 64}, {3, 448}, {1, 64}, {20, 1024}, {1, 8192}, {3, 448}, {2, 128}};
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

    /** A plan with no scratchpad (every plan on an AVX2-only CPU) still runs. */
    @Test
    public void aBufferOfNoBytesIsStillABuffer() {
        try (OnednnLines direct = OnednnLines.of(BatchNormFolding.fold(ModelFile.bundledLine().network()))) {
            assertNotNull(direct.arena.get(2, 0));
            assertNotNull(direct.arena.get(2, 16));
            assertNotNull(direct.arena.get(2, 0));
        }
    }

    /**
     * What the predictor reads is compared with DL4J's in {@link ChannelsLastTest}: it runs oneDNN
     * itself, and a width oneDNN's plan refuses is read by DL4J, padded as before.
     */
    @Test
    public void aLineModelsPredictorRunsOnednnItselfAndLeavesOddWidthsToDl4j() {
        OcrModel model = ModelFile.bundledLine();
        Predictor predictor = model.predictor(null);
        assertTrue(predictor.direct());
        assertFalse(ModelFile.bundled().predictor(null).direct());
        float[] row = random(H * 66, 9);
        float[][][] read = predictor.lineLogProbs(java.util.List.of(row), 66, new int[] {16});
        float[][][] stored = Predictor.lineLogProbs(BatchNormFolding.fold(model.network()),
            Nd4j.create(row, new long[] {1, 1, H, 66}, 'c'));
        assertEquals(16, read[0].length);
        for (int t = 0; t < 16; t++) {
            assertArrayEquals(stored[0][t], read[0][t], 1e-4f);
        }
    }

    @Test
    public void networksOfOtherLayersAreLeftToDl4j() {
        // Normalisation layers not folded away.
        assertNull(OnednnLines.of(ModelFile.bundledLine().network()));
        // An activation layer after the logits.
        MultiLayerNetwork net = ChannelsLastTest.withActivationLayer(LineArchitectures.build(64, 4, 4, 3, 1, 1e-3));
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
}
