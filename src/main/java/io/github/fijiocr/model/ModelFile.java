package io.github.fijiocr.model;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.shade.jackson.core.JsonLocation;
import org.nd4j.shade.jackson.core.JsonProcessingException;
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
    /** The line model shipped inside the plugin jar (scripts/make-line-model builds it). */
    public static final String BUNDLED_LINE_RESOURCE = "/io/github/fijiocr/model/bundled-line-model.zip";

    /**
     * Most bytes read from fiji-ocr.json. Real ones are under 1 KB (alphabet, preprocessing,
     * training summary); 4 MB holds any alphabet and summary with room, and stops a zip bomb.
     */
    static final int MAX_METADATA_BYTES = 4 << 20;
    /**
     * Most bytes read from network.zip, and unpacked from its entries together. The bundled network
     * is 1.5 MB; the largest an architecture builds (seed at the largest input, 256x256, saved
     * with Adam's state in a training checkpoint) about 650 MB. DL4J holds it all in memory.
     */
    static final int MAX_NETWORK_BYTES = 1 << 30;

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
        if (Files.isDirectory(file)) {
            throw new OcrException("Model file " + file + " is a folder. Give model= the model's .zip file "
                + "(as saved by \"Train Character Model\"), or leave it empty for the bundled model.");
        }
        if (!Files.isRegularFile(file)) {
            throw new OcrException("Model file " + file + " does not exist. Give model= the path of a "
                + ".zip saved by \"Train Character Model\", or leave it empty for the bundled model.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new OcrException("Cannot read model file " + file + ": " + why + ".", e);
        }
    }

    /** The model that ships with Fiji OCR. */
    public static OcrModel bundled() {
        return bundled(BUNDLED_RESOURCE, "the bundled model");
    }

    /** The bundled line model: reads whole lines (Read Text's default reader). */
    public static OcrModel bundledLine() {
        return bundled(BUNDLED_LINE_RESOURCE, "the bundled line model");
    }

    private static OcrModel bundled(String resource, String name) {
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new OcrException(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    + " is missing from fiji-ocr.jar; reinstall Fiji OCR.");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new OcrException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static OcrModel read(InputStream in, String name) throws IOException {
        return read(in, name, false);
    }

    /**
     * Reads the model file format; {@code withUpdater} restores the optimiser's state too. Every
     * way a file can fail to be a model ends in one OcrException line naming the file.
     */
    public static OcrModel read(InputStream in, String name, boolean withUpdater) throws IOException {
        try {
            Map<String, byte[]> entries = entries(in, name);
            ModelMetadata meta = metadata(entries.get(METADATA_ENTRY), name);
            MultiLayerNetwork net = network(entries.get(NETWORK_ENTRY), name, withUpdater);
            checkFit(net, meta, name);
            return new OcrModel(net, meta);
        } catch (OutOfMemoryError e) {
            // Within the limits only a real, very large model gets here: its arrays are garbage once
            // this unwinds, so saying so beats letting the error end the command with a trace.
            throw new OcrException(name + " is too large for the memory Fiji has (" + (Runtime.getRuntime()
                .maxMemory() >> 20) + " MB). Give Fiji more in Edit > Options > Memory & Threads.");
        }
    }

    /** A line network: one output per character plus the blank, and it takes a line of its height. */
    private static void checkLineFit(MultiLayerNetwork net, ModelMetadata meta, String name, long outputs) {
        if (outputs != meta.alphabet().size() + 1) {
            throw notAModel(name, "its line network has " + outputs + " outputs for the "
                + meta.alphabet().size() + " labels of its alphabet and the blank");
        }
        int height = meta.preprocessing().size();
        try {
            Predictor.lineLogProbs(net, org.nd4j.linalg.factory.Nd4j.zeros(1, 1, height, 4 * height));
        } catch (RuntimeException e) {
            throw notAModel(name, "its line network does not take lines " + height + " pixels high, as its "
                + METADATA_ENTRY + " gives", e);
        }
    }

    /** Both entries, each read only up to its limit whatever its header says: zip bombs understate. */
    private static Map<String, byte[]> entries(InputStream in, String name) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (METADATA_ENTRY.equals(e.getName())) {
                    found.put(METADATA_ENTRY, bounded(zip, e, MAX_METADATA_BYTES, name));
                } else if (NETWORK_ENTRY.equals(e.getName())) {
                    found.put(NETWORK_ENTRY, bounded(zip, e, MAX_NETWORK_BYTES, name));
                }
            }
        } catch (ZipException | EOFException e) {
            throw notAModel(name, "it is damaged or truncated (" + e.getMessage() + ")");
        }
        for (String entry : List.of(METADATA_ENTRY, NETWORK_ENTRY)) {
            if (!found.containsKey(entry)) {
                throw notAModel(name, "it has no " + entry);
            }
        }
        return found;
    }

    private static byte[] bounded(InputStream zip, ZipEntry entry, int limit, String name) throws IOException {
        // readNBytes grows its buffers as bytes come (then copies them once), so a bomb costs at most
        // about twice the limit in memory, however large it claims or unpacks to be.
        byte[] bytes = entry.getSize() > limit ? null : zip.readNBytes(limit + 1);
        if (bytes == null || bytes.length > limit) {
            throw tooLarge(name, entry.getName(), limit);
        }
        return bytes;
    }

    private static ModelMetadata metadata(byte[] bytes, String name) {
        Map<?, ?> json = jsonObject(bytes, name);
        try {
            long version = ModelMetadata.formatVersion(json);
            if (version > ModelMetadata.FORMAT_VERSION) {
                throw new OcrException(name + " was saved by a newer Fiji OCR (model format " + version
                    + "; this one reads format " + ModelMetadata.FORMAT_VERSION
                    + "). Update Fiji OCR (Help > Update...) to use it.");
            }
            return ModelMetadata.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw notAModel(name, e.getMessage());
        }
    }

    /** The description as a JSON object; where its JSON breaks, not the parser's own words. */
    private static Map<?, ?> jsonObject(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw notAModel(name, "its " + METADATA_ENTRY + " is empty");
        }
        Object json;
        try {
            json = JSON.readValue(bytes, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw notAModel(name, "its " + METADATA_ENTRY + " is not valid JSON" + (at == null ? ""
                : " (it breaks at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw notAModel(name, "its " + METADATA_ENTRY + " cannot be read");
        }
        if (!(json instanceof Map)) {
            throw notAModel(name, "its " + METADATA_ENTRY + " is not a JSON object");
        }
        return (Map<?, ?>) json;
    }

    private static MultiLayerNetwork network(byte[] bytes, String name, boolean withUpdater) {
        checkUnpackedSize(bytes, name);
        Nd4jRuntime.ensureReady();
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), withUpdater);
        } catch (IOException | RuntimeException e) {
            // DL4J's own message names its classes and JSON internals; the cause keeps it for debugging.
            throw notAModel(name, "its " + NETWORK_ENTRY + " cannot be restored as a network", e);
        }
    }

    /**
     * DL4J unpacks every entry of network.zip into memory, allocating what each header claims; so
     * the entries are measured first, by unpacking them without keeping anything.
     */
    private static void checkUnpackedSize(byte[] network, String name) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(network))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getSize() > MAX_NETWORK_BYTES - total) {
                    throw tooLarge(name, NETWORK_ENTRY + "'s " + e.getName(), MAX_NETWORK_BYTES);
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_NETWORK_BYTES) {
                        throw tooLarge(name, NETWORK_ENTRY + "'s " + e.getName(), MAX_NETWORK_BYTES);
                    }
                }
            }
        } catch (IOException e) {
            throw notAModel(name, "its " + NETWORK_ENTRY + " is damaged (" + e.getMessage() + ")");
        }
    }

    /**
     * The description must fit the network: its alphabet one label per output, its input size one
     * the network takes. Otherwise the first image read would end in DL4J's trace, so one blank
     * input goes through now.
     */
    private static void checkFit(MultiLayerNetwork net, ModelMetadata meta, String name) {
        long outputs = net.layerSize(net.getnLayers() - 1);
        if (meta.isLine()) {
            checkLineFit(net, meta, name, outputs);
            return;
        }
        if (outputs != meta.alphabet().size()) {
            throw notAModel(name, "its network has " + outputs + " outputs for the "
                + meta.alphabet().size() + " labels of its alphabet");
        }
        int size = meta.preprocessing().size();
        try {
            Predictor.raw(net, size, List.of(new float[size * size]));
        } catch (RuntimeException e) {
            throw notAModel(name, "its network does not take the " + size + "x" + size + " input its "
                + METADATA_ENTRY + " gives", e);
        }
    }

    private static OcrException tooLarge(String name, String entry, int limit) {
        return notAModel(name, "its " + entry + " unpacks to more than " + (limit >> 20)
            + " MB, far more than any model holds");
    }

    private static OcrException notAModel(String name, String why) {
        return notAModel(name, why, null);
    }

    private static OcrException notAModel(String name, String why, Throwable cause) {
        return new OcrException(name + " is not a usable Fiji OCR model: " + why
            + ". Choose a .zip saved by \"Train Character Model\", or leave model= empty for the bundled model.",
            cause);
    }
}
