package io.github.fijiocr.synth;

import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.ModelMetadata;
import io.github.fijiocr.model.OcrModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves a line network's weights between a model file and plain arrays, for the GPU build
 * (scripts/make-line-model-gpu), whose trainer is PyTorch:
 * <ul>
 * <li>{@code export model.zip dir}: {@code dir/manifest.txt} (one line per parameter: DL4J's key,
 * then its shape) and {@code dir/weights.bin} (float32, little-endian, in manifest order);</li>
 * <li>{@code import model.zip dir out.zip [key=value...]}: the model with the weights of
 * {@code dir} put in, the pairs added to its training metadata (after the value of a key it has
 * already: the history of a model trained in several runs).</li>
 * </ul>
 * Normalisation layers keep DL4J's form: {@code log10stdev} is log10 of the running standard
 * deviation, without the epsilon (see BatchNormFolding).
 */
public final class LineWeights {
    private LineWeights() {
    }

    public static void main(String[] args) throws IOException {
        OcrModel model = read(Paths.get(args[1]));
        Path dir = Paths.get(args[2]);
        if (args[0].equals("export")) {
            export(model.network(), dir);
        } else if (args[0].equals("import")) {
            load(model.network(), dir);
            Map<String, Object> training = new LinkedHashMap<>(model.metadata().training());
            for (String pair : Arrays.asList(args).subList(4, args.length)) {
                int eq = pair.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("'" + pair + "' is not key=value: name what the run was, "
                        + "as gpu_run=...");
                }
                // A key already there (an earlier run) keeps its value: the runs are listed in order.
                training.merge(pair.substring(0, eq), pair.substring(eq + 1), (a, b) -> a + "; then " + b);
            }
            ModelMetadata m = model.metadata();
            ModelMetadata meta = new ModelMetadata(m.alphabet(), m.preprocessing(), m.architecture(), training);
            AtomicFiles.write(Paths.get(args[3]), o -> ModelFile.write(new OcrModel(model.network(), meta), o,
                false));
        } else {
            throw new IllegalArgumentException("first argument: export or import, not " + args[0]);
        }
        // ND4J's native threads are not daemons.
        System.exit(0);
    }

    static OcrModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelFile.read(in, file.toString(), false);
        }
    }

    static void export(MultiLayerNetwork net, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> manifest = new ArrayList<>();
        long n = net.numParams();
        ByteBuffer bytes = ByteBuffer.allocate((int) n * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            INDArray p = e.getValue();
            StringBuilder line = new StringBuilder(e.getKey());
            for (long s : p.shape()) {
                line.append(' ').append(s);
            }
            manifest.add(line.toString());
            for (float v : p.dup('c').data().asFloat()) {
                bytes.putFloat(v);
            }
        }
        Files.write(dir.resolve("manifest.txt"), manifest, StandardCharsets.UTF_8);
        Files.write(dir.resolve("weights.bin"), bytes.array());
    }

    static void load(MultiLayerNetwork net, Path dir) throws IOException {
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.txt"), StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("weights.bin")))
            .order(ByteOrder.LITTLE_ENDIAN);
        Map<String, INDArray> table = net.paramTable();
        if (manifest.size() != table.size()) {
            throw new IllegalArgumentException(dir + ": " + manifest.size() + " parameters, the network has "
                + table.size());
        }
        for (String line : manifest) {
            String[] parts = line.trim().split(" ");
            INDArray p = table.get(parts[0]);
            long[] shape = Arrays.stream(parts, 1, parts.length).mapToLong(Long::parseLong).toArray();
            if (p == null || !Arrays.equals(p.shape(), shape)) {
                throw new IllegalArgumentException(dir + ": parameter " + line + " does not fit the network");
            }
            float[] values = new float[(int) p.length()];
            bytes.asFloatBuffer().get(values);
            bytes.position(bytes.position() + values.length * 4);
            net.setParam(parts[0], Nd4j.create(values, shape, 'c'));
        }
        if (bytes.hasRemaining()) {
            throw new IllegalArgumentException(dir + ": weights.bin is longer than its manifest");
        }
    }
}
