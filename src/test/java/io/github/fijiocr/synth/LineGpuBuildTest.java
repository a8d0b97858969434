package io.github.fijiocr.synth;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.model.LineArchitectures;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The two ends of the GPU build that run in Java: the weights' round trip and the shard format. */
public class LineGpuBuildTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void weightsExportedAndImportedGiveTheSameOutputs() throws Exception {
        MultiLayerNetwork a = LineArchitectures.build(64, 11, 4, 3, 1, 1e-3);
        // Move the running statistics too: a fresh network has mean 0 and variance 1 everywhere.
        Nd4j.getRandom().setSeed(3);
        a.params().assign(Nd4j.rand(a.params().dataType(), a.params().shape()).muli(0.8).addi(0.2));
        MultiLayerNetwork b = LineArchitectures.build(64, 11, 4, 3, 2, 1e-3);
        INDArray in = Nd4j.rand(a.params().dataType(), 2, 1, LineArchitectures.HEIGHT, 64);
        assertNotEquals(a.output(in, false), b.output(in, false));

        Path dir = tmp.newFolder().toPath();
        LineWeights.export(a, dir);
        LineWeights.load(b, dir);
        assertArrayEquals(a.output(in, false).data().asFloat(), b.output(in, false).data().asFloat(), 0f);
    }

    @Test
    public void weightsOfAnotherNetworkAreRefusedNamingTheParameter() throws Exception {
        Path dir = tmp.newFolder().toPath();
        LineWeights.export(LineArchitectures.build(64, 11, 4, 3, 1, 1e-3), dir);
        MultiLayerNetwork wider = LineArchitectures.build(64, 11, 8, 3, 1, 1e-3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineWeights.load(wider, dir));
        assertTrue(e.getMessage(), e.getMessage().contains("does not fit the network"));
    }

    @Test
    public void aShardHoldsWholeLinesInItsDocumentedLayout() throws Exception {
        Path words = tmp.newFile("words").toPath();
        Files.write(words, List.of("sample", "Reading", "micrograph", "battery", "label"));
        LineBatches lines = new LineBatches(LineTexts.load(words),
            new LineRenderer(List.of(new Font(Font.SANS_SERIF, Font.PLAIN, 20)), List.of()), LineTexts.ALPHABET, 1, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineShards.write(lines, new Random(7), out);

        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(LineShards.LINES, b.getInt());
        for (int i = 0; i < LineShards.LINES; i++) {
            int width = b.getShort();
            int n = b.get();
            assertEquals(0, width % LineArchitectures.COLUMN_WIDTH);
            assertTrue("line " + i + " has " + n + " characters in " + width + " columns",
                n > 0 && n * LineArchitectures.COLUMN_WIDTH <= width);
            for (int c = 0; c < n; c++) {
                int cls = b.get();
                assertTrue(cls >= 0 && cls < LineTexts.ALPHABET.codePointCount(0, LineTexts.ALPHABET.length()));
            }
            b.position(b.position() + LineArchitectures.HEIGHT * width);
        }
        assertEquals("bytes after the last line", 0, b.remaining());
    }
}
