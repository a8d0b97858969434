package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.Preprocessing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Model files that are damaged, hand-edited or hostile: each is refused with one line that names
 * the file and what to do, never a trace or a Java class name. Every fixture is made here.
 */
public class ModelFileChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIZE = 16;
    /** A real network: 16x16 inputs, three classes. */
    private static byte[] network;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void makeNetwork() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelSerializer.writeModel(Architectures.COMPACT.build(SIZE, 3, 1), out, false);
        network = out.toByteArray();
    }

    /** The description that fits {@link #network}, as mutable JSON maps. */
    private static Map<String, Object> description() {
        Map<String, Object> json = new LinkedHashMap<>(new ModelMetadata(List.of("a", "b", "c"),
            new Preprocessing(SIZE, Preprocessing.Resize.FIT, Preprocessing.Crop.INK, Preprocessing.Contrast.EQUALIZE),
            "compact", Map.of("note", "test")).toJson());
        @SuppressWarnings("unchecked")
        Map<String, Object> pre = new LinkedHashMap<>((Map<String, Object>) json.get("preprocessing"));
        json.put("preprocessing", pre);
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pre(Map<String, Object> json) {
        return (Map<String, Object>) json.get("preprocessing");
    }

    private Path model(String fileName, byte[] metadata, byte[] net) throws IOException {
        Path file = tmp.getRoot().toPath().resolve(fileName);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(ModelFile.METADATA_ENTRY));
            zip.write(metadata);
            zip.putNextEntry(new ZipEntry(ModelFile.NETWORK_ENTRY));
            zip.write(net);
            zip.closeEntry();
        }
        return file;
    }

    private Path model(String fileName, Consumer<Map<String, Object>> edit) throws IOException {
        Map<String, Object> json = description();
        edit.accept(json);
        return model(fileName, JSON.writeValueAsBytes(json), network);
    }

    /** Loading {@code file} fails with one clean line that names it and holds every fragment. */
    private static String expectRefused(Path file, String... fragments) {
        try {
            ModelFile.load(file);
        } catch (OcrException e) {
            String m = e.getMessage();
            assertTrue(m, m.startsWith(file.toString()) || m.startsWith("Model file " + file));
            for (String f : fragments) {
                assertTrue("\"" + f + "\" in: " + m, m.contains(f));
            }
            assertFalse("one line: " + m, m.contains("\n"));
            for (String raw : List.of("Exception", "Error", "java.", "org.", "cannot be cast", "null")) {
                assertFalse("no \"" + raw + "\" in: " + m, m.contains(raw));
            }
            return m;
        }
        fail("loaded " + file);
        return null;
    }

    @Test
    public void theTestDescriptionAndNetworkLoad() throws Exception {
        OcrModel model = ModelFile.load(model("good.zip", json -> { }));
        assertEquals(List.of("a", "b", "c"), model.alphabet());
        assertEquals("test", model.metadata().training().get("note"));
    }

    @Test
    public void aDescriptionThatUnpacksToGigabytesIsRefusedAtTheLimit() throws Exception {
        // 64 MB of spaces in about 64 KB: past the limit the rest is never unpacked, so any size
        // (the tester's was 3 GB) costs the same few MB.
        Path file = tmp.getRoot().toPath().resolve("bomb.zip");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(ModelFile.METADATA_ENTRY));
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ModelFile.NETWORK_ENTRY));
            zip.write(network);
        }
        assertTrue(Files.size(file) < 1 << 20);
        expectRefused(file, "its fiji-ocr.json unpacks to more than 4 MB");
    }

    @Test
    public void aNetworkWhoseHeaderClaimsGigabytesIsRefusedBeforeReading() throws Exception {
        // A stored entry's local header gives its size; this one claims 3 GB.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(ModelFile.METADATA_ENTRY));
            zip.write(JSON.writeValueAsBytes(description()));
            zip.putNextEntry(stored(ModelFile.NETWORK_ENTRY, network));
            zip.write(network);
        }
        Path file = tmp.getRoot().toPath().resolve("claims-3gb.zip");
        Files.write(file, declareSize(bytes.toByteArray(), ModelFile.NETWORK_ENTRY, 3_000_000_000L));
        expectRefused(file, "its network.zip unpacks to more than 1024 MB");
    }

    @Test
    public void aNetworkHoldingABombIsRefusedBeforeDl4jUnpacksIt() throws Exception {
        // DL4J would unpack coefficients.bin whole into memory; 1 GB of zeros is about 1 MB packed.
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("coefficients.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= ModelFile.MAX_NETWORK_BYTES >> 20; i++) {
                zip.write(zeros);
            }
        }
        Path file = model("inner-bomb.zip", JSON.writeValueAsBytes(description()), inner.toByteArray());
        expectRefused(file, "its network.zip's coefficients.bin unpacks to more than 1024 MB");
    }

    @Test
    public void anInputSizeTheNetworkDoesNotTakeIsRefused() throws Exception {
        expectRefused(model("size-20.zip", json -> pre(json).put("size", 20)),
            "its network does not take the 20x20 input its fiji-ocr.json gives");
    }

    @Test
    public void aMissingOrMalformedFormatVersionIsRefused() throws Exception {
        expectRefused(model("no-version.zip", json -> json.remove("format_version")),
            "is not a usable Fiji OCR model: its fiji-ocr.json has no format_version");
        expectRefused(model("text-version.zip", json -> json.put("format_version", "1")),
            "its fiji-ocr.json has format_version \"1\", which must be a whole number");
        expectRefused(model("fraction-version.zip", json -> json.put("format_version", 1.5)),
            "format_version 1.5");
        expectRefused(model("zero-version.zip", json -> json.put("format_version", 0)), "format_version 0");
        expectRefused(model("no-format.zip", json -> json.remove("format")),
            "its fiji-ocr.json does not say \"format\": \"fiji-ocr-model\"");
    }

    @Test
    public void aNewerFormatAsksForAnUpdate() throws Exception {
        Path newer = model("newer.zip", json -> json.put("format_version", ModelMetadata.FORMAT_VERSION + 1));
        String m = expectRefused(newer,
            "was saved by a newer Fiji OCR (model format 2; this one reads format 1)", "Update Fiji OCR");
        assertFalse(m, m.contains("not a usable"));
    }

    @Test
    public void aDuplicatedLabelOrAnAlphabetOfTheWrongSizeIsRefused() throws Exception {
        expectRefused(model("twice.zip", json -> json.put("alphabet", List.of("0", "0", "2"))),
            "its alphabet lists \"0\" twice");
        expectRefused(model("four.zip", json -> json.put("alphabet", List.of("a", "b", "c", "d"))),
            "its network has 3 outputs for the 4 labels of its alphabet");
        expectRefused(model("empty-alphabet.zip", json -> json.put("alphabet", List.of())), "its alphabet is empty");
    }

    @Test
    public void aFolderIsNotCalledMissing() throws Exception {
        Path folder = tmp.newFolder("models").toPath();
        String m = expectRefused(folder, "is a folder", "the model's .zip file");
        assertFalse(m, m.contains("does not exist"));
    }

    @Test
    public void wrongTypesAreNamedByField() throws Exception {
        Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
        cases.put("has alphabet \"abc\", which must be a list of labels", json -> json.put("alphabet", "abc"));
        cases.put("has 1 in its alphabet, not a label", json -> json.put("alphabet", List.of(1, 2, 3)));
        cases.put("has \"\" in its alphabet, not a label", json -> json.put("alphabet", List.of("a", "", "c")));
        cases.put("has no alphabet (a list of labels)", json -> json.remove("alphabet"));
        cases.put("has no preprocessing (an object)", json -> json.remove("preprocessing"));
        cases.put("has preprocessing \"32\", which must be an object", json -> json.put("preprocessing", "32"));
        cases.put("has preprocessing.size \"big\", which must be a whole number", json -> pre(json).put("size", "big"));
        cases.put("has preprocessing.size 16.5, which must be a whole number", json -> pre(json).put("size", 16.5));
        cases.put("has no preprocessing.size", json -> pre(json).remove("size"));
        cases.put("describes an impossible preprocessing: input size must be 8..256, not 5",
            json -> pre(json).put("size", 5));
        cases.put("has preprocessing.resize \"bogus\", which must be one of stretch, fit",
            json -> pre(json).put("resize", "bogus"));
        cases.put("has preprocessing.contrast true", json -> pre(json).put("contrast", true));
        cases.put("has training a list, which must be an object", json -> json.put("training", List.of()));
        cases.put("has architecture 5, which must be a name", json -> json.put("architecture", 5));
        int i = 0;
        for (Map.Entry<String, Consumer<Map<String, Object>>> c : cases.entrySet()) {
            expectRefused(model("case" + i++ + ".zip", c.getValue()), "its fiji-ocr.json " + c.getKey());
        }
    }

    @Test
    public void brokenJsonSaysWhereItBreaks() throws Exception {
        byte[] whole = JSON.writeValueAsBytes(description());
        expectRefused(model("truncated.zip", Arrays.copyOf(whole, whole.length / 2), network),
            "its fiji-ocr.json is not valid JSON (it breaks at line 1, column");
        expectRefused(model("empty.zip", new byte[0], network), "its fiji-ocr.json is empty");
        expectRefused(model("array.zip", "[1, 2]".getBytes(StandardCharsets.UTF_8), network),
            "its fiji-ocr.json is not a JSON object");
        expectRefused(model("garbage.zip", new byte[] {(byte) 0xff, 0, 1, 2}, network),
            "its fiji-ocr.json is not valid JSON");
        byte[] deep = new byte[ModelFile.MAX_METADATA_BYTES];
        Arrays.fill(deep, (byte) '[');
        // Jackson stops at a depth of 1000 rather than overflowing the stack.
        expectRefused(model("deep.zip", deep, network), "its fiji-ocr.json is not valid JSON");
    }

    @Test
    public void aNetworkThatIsNotOneIsRefused() throws Exception {
        byte[] meta = JSON.writeValueAsBytes(description());
        expectRefused(model("text-network.zip", meta, "hello".getBytes(StandardCharsets.UTF_8)),
            "its network.zip cannot be restored as a network");
        expectRefused(model("half-network.zip", meta, Arrays.copyOf(network, network.length / 2)),
            "its network.zip");
    }

    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        return e;
    }

    /** Rewrites the uncompressed size in {@code entry}'s local header, as a crafted file would. */
    private static byte[] declareSize(byte[] zip, String entry, long size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 + name.length <= zip.length; i++) {
            boolean header = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            if (header && Arrays.equals(Arrays.copyOfRange(zip, i + 30, i + 30 + name.length), name)) {
                for (int b = 0; b < 4; b++) {
                    zip[i + 22 + b] = (byte) (size >> (8 * b));
                }
                return zip;
            }
        }
        throw new AssertionError("no local header for " + entry);
    }
}
