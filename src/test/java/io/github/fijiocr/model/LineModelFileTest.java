package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.Preprocessing;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A line model in the model file format: saved, loaded, told apart from a character model, checked. */
public class LineModelFileTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static OcrModel lineModel(List<String> alphabet, int classes) {
        MultiLayerNetwork net = LineArchitectures.build(64, classes, 4, 3, 1, 1e-3);
        return new OcrModel(net, new ModelMetadata(alphabet, new Preprocessing(LineArchitectures.HEIGHT,
            Preprocessing.Resize.STRETCH, Preprocessing.Crop.NONE, Preprocessing.Contrast.STRETCH), "line-cnn", Map.of()));
    }

    @Test
    public void aLineModelSavesAndLoadsAsALineModel() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("line.zip");
        ModelFile.save(lineModel(List.of("0", "1", "2"), 4), file);
        OcrModel loaded = ModelFile.load(file);
        assertTrue(loaded.isLine());
        assertEquals(List.of("0", "1", "2"), loaded.alphabet());
        assertFalse(ModelFile.bundled().isLine());
        assertTrue(ModelFile.bundledLine().isLine());
    }

    @Test
    public void aLineNetworkWithoutRoomForTheBlankIsRefusedInOneLine() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("bad.zip");
        ModelFile.save(lineModel(List.of("0", "1", "2"), 3), file);
        try {
            ModelFile.load(file);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("blank"));
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    public void aLineModelCannotClassifySingleCharacters() {
        try {
            ModelFile.bundledLine().predictor(null).probabilities(List.of(new float[32 * 32]));
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("This is a line model"));
        }
    }
}
