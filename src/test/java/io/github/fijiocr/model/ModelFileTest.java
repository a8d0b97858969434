package io.github.fijiocr.model;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.Preprocessing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ModelFileTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static OcrModel freshModel(long seed) {
        return new OcrModel(Architectures.SEED.build(32, 3, seed),
            new ModelMetadata(List.of("a", ":", "ß"), Preprocessing.standard(), "seed", Map.of("note", "test")));
    }

    private static List<float[]> inputs() {
        Random r = new Random(3);
        float[][] x = new float[5][1024];
        for (float[] row : x) {
            for (int i = 0; i < row.length; i++) {
                row[i] = r.nextFloat();
            }
        }
        return Arrays.asList(x);
    }

    @Test
    public void roundTripKeepsMetadataAndPredictions() throws Exception {
        OcrModel model = freshModel(1);
        Path file = tmp.getRoot().toPath().resolve("m.zip");
        ModelFile.save(model, file);
        OcrModel back = ModelFile.load(file);
        assertEquals(model.alphabet(), back.alphabet());
        assertEquals(model.metadata().preprocessing(), back.metadata().preprocessing());
        assertEquals("test", back.metadata().training().get("note"));
        float[][] a = model.predictor(null).probabilities(inputs());
        float[][] b = back.predictor(null).probabilities(inputs());
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0f);
        }
    }

    @Test
    public void savingOverAModelReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("m.zip");
        ModelFile.save(freshModel(1), file);
        OcrModel second = freshModel(2);
        ModelFile.save(second, file);
        assertArrayEquals(second.predictor(null).probabilities(inputs())[0], ModelFile.load(file).predictor(null).probabilities(inputs())[0], 0f);
        List<String> names = Files.list(tmp.getRoot().toPath()).map(p -> p.getFileName().toString())
            .collect(Collectors.toList());
        assertEquals(List.of("m.zip"), names);
    }

    @Test
    public void aFileThatIsNotAModelIsNamedInTheMessage() throws Exception {
        Path text = tmp.newFile("notes.zip").toPath();
        Files.writeString(text, "hello");
        expectNotAModel(text);
        Path truncated = tmp.getRoot().toPath().resolve("truncated.zip");
        ModelFile.save(freshModel(1), truncated);
        byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        expectNotAModel(truncated);
        Path missing = tmp.getRoot().toPath().resolve("missing.zip");
        try {
            ModelFile.load(missing);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"));
        }
    }

    private static void expectNotAModel(Path file) {
        try {
            ModelFile.load(file);
            fail("loaded " + file);
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(file.toString() + " is not a usable Fiji OCR model"));
        }
    }
}
