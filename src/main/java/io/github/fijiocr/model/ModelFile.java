package io.github.fijiocr.model;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.shade.jackson.core.type.TypeReference;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.SerializationFeature;

/**
 * The model file: one zip with {@code fiji-ocr.json} (metadata) and {@code network.zip} (DL4J's
 * own format: configuration JSON and raw weights). Saving writes a temporary file beside the
 * target and renames it, so a crash mid-write never leaves a half model over a good one.
 */
public final class ModelFile {
    static final String METADATA_ENTRY = "fiji-ocr.json";
    static final String NETWORK_ENTRY = "network.zip";
    /** The model shipped inside the plugin jar. */
    public static final String BUNDLED_RESOURCE = "/io/github/fijiocr/model/bundled-model.zip";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    public static void save(OcrModel model, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(model, out));
    }

    static void write(OcrModel model, OutputStream out) throws IOException {
        write(model, out, false);
    }

    /** The model file format; {@code withUpdater} adds the optimiser's state, which resuming needs. */
    public static void write(OcrModel model, OutputStream out, boolean withUpdater) throws IOException {
        ByteArrayOutputStream net = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), net, withUpdater);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
            zip.write(JSON.writeValueAsBytes(model.metadata().toJson()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
            net.writeTo(zip);
            zip.closeEntry();
        }
    }

    /** Loads a model file, or explains in one sentence why the file is not one. */
    public static OcrModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OcrException("Model file " + file + " does not exist. Give model= the path of a "
                + ".zip saved by \"Train Character Model\", or leave it empty for the bundled model.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new OcrException("Cannot read model file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** The model that ships with Fiji OCR. */
    public static OcrModel bundled() {
        try (InputStream in = ModelFile.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new OcrException("The bundled model is missing from fiji-ocr.jar; reinstall Fiji OCR.");
            }
            return read(in, "the bundled model");
        } catch (IOException e) {
            throw new OcrException("Cannot read the bundled model: " + e.getMessage(), e);
        }
    }

    static OcrModel read(InputStream in, String name) throws IOException {
        return read(in, name, false);
    }

    /** Reads the model file format; {@code withUpdater} restores the optimiser's state too. */
    public static OcrModel read(InputStream in, String name, boolean withUpdater) throws IOException {
        byte[] metadata = null;
        byte[] network = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (METADATA_ENTRY.equals(e.getName())) {
                    metadata = zip.readAllBytes();
                } else if (NETWORK_ENTRY.equals(e.getName())) {
                    network = zip.readAllBytes();
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw notAModel(name, "it is damaged or truncated (" + e.getMessage() + ")");
        }
        if (metadata == null || network == null) {
            throw notAModel(name, "it has no " + (metadata == null ? METADATA_ENTRY : NETWORK_ENTRY));
        }
        ModelMetadata meta;
        try {
            meta = ModelMetadata.fromJson(JSON.readValue(metadata, new TypeReference<Map<String, Object>>() {
            }));
        } catch (IOException | RuntimeException e) {
            throw notAModel(name, "its description cannot be read (" + e.getMessage() + ")");
        }
        Nd4jRuntime.ensureReady();
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(network), withUpdater);
        } catch (IOException | RuntimeException e) {
            throw notAModel(name, "its network cannot be restored (" + e.getMessage() + ")");
        }
        long outputs = net.layerSize(net.getnLayers() - 1);
        if (outputs != meta.alphabet().size()) {
            throw notAModel(name, "its network has " + outputs + " outputs for "
                + meta.alphabet().size() + " classes");
        }
        return new OcrModel(net, meta);
    }

    private static OcrException notAModel(String name, String why) {
        return new OcrException(name + " is not a usable Fiji OCR model: " + why
            + ". Choose a .zip saved by \"Train Character Model\", or leave model= empty for the bundled model.");
    }
}
