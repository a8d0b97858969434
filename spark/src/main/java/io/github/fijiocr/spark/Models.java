package io.github.fijiocr.spark;

import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model on an executor, loaded once per executor JVM from the bytes the driver broadcast
 * (keyed by their hash): partitions of a job, and later jobs with the same model, reuse it. The
 * one static cache in Fiji OCR, on purpose: an executor has no other place that outlives a task.
 */
final class Models {
    private static final Map<String, OcrModel> LOADED = new ConcurrentHashMap<>();

    private Models() {
    }

    /** {@code bytes} null: the bundled character model for {@code classify}, else the bundled line model. */
    static OcrModel get(byte[] bytes, String command) {
        boolean characters = command.equals("classify");
        String key = bytes != null ? Integer.toHexString(java.util.Arrays.hashCode(bytes)) + ":" + bytes.length
            : characters ? "bundled" : "bundled-line";
        return LOADED.computeIfAbsent(key, k -> bytes != null ? load(bytes)
            : characters ? ModelFile.bundled() : ModelFile.bundledLine());
    }

    private static OcrModel load(byte[] bytes) {
        try {
            Path file = Files.createTempFile("fiji-ocr-model", ".zip");
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return ModelFile.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
