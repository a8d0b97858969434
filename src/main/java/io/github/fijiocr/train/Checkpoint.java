package io.github.fijiocr.train;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.core.type.TypeReference;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Where training stands after an epoch: the latest network with its optimiser state (to resume),
 * the best weights so far, and the history. Written atomically after every epoch, so a killed
 * JVM leaves the previous checkpoint whole; a file cut short by other means is recognised.
 */
public final class Checkpoint {
    private static final String STATE = "checkpoint.json";
    private static final String LATEST = "latest-model.zip";
    private static final String BEST = "best-weights.bin";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The latest network, its metadata and optimiser state. */
    final OcrModel latest;
    final INDArray bestParams;
    final List<EpochStats> history;
    final int bestEpoch;
    final double bestAccuracy;
    final double bestLoss;

    Checkpoint(OcrModel latest, INDArray bestParams, List<EpochStats> history, int bestEpoch, double bestAccuracy,
        double bestLoss) {
        this.latest = latest;
        this.bestParams = bestParams;
        this.history = List.copyOf(history);
        this.bestEpoch = bestEpoch;
        this.bestAccuracy = bestAccuracy;
        this.bestLoss = bestLoss;
    }

    /** Epochs done. */
    int epoch() {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch;
    }

    /** {@code digits.zip} keeps its checkpoint in {@code digits.checkpoint.zip}. */
    public static Path pathFor(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return model.resolveSibling(stem + ".checkpoint.zip");
    }

    void write(Path file) throws IOException {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", "fiji-ocr-checkpoint");
        state.put("format_version", 1);
        state.put("best_epoch", bestEpoch);
        state.put("best_accuracy", bestAccuracy);
        state.put("best_loss", bestLoss);
        List<Map<String, Object>> epochs = new ArrayList<>();
        for (EpochStats e : history) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", e.epoch);
            m.put("loss", e.trainLoss);
            m.put("accuracy", e.trainAccuracy);
            m.put("val_loss", e.validationLoss);
            m.put("val_accuracy", e.validationAccuracy);
            m.put("seconds", e.seconds);
            epochs.add(m);
        }
        state.put("history", epochs);
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(STATE));
                zip.write(JSON.writeValueAsBytes(state));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(LATEST));
                ByteArrayOutputStream model = new ByteArrayOutputStream();
                ModelFile.write(latest, model, true);
                model.writeTo(zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(BEST));
                DataOutputStream data = new DataOutputStream(zip);
                Nd4j.write(bestParams, data);
                data.flush();
                zip.closeEntry();
            }
        });
    }

    /** The network after the checkpoint's last epoch, with its metadata (preprocessing, alphabet). */
    public static OcrModel latestModel(Path file) {
        return read(file).latest;
    }

    /** Reads a checkpoint, or says in one sentence why it cannot be resumed from. */
    static Checkpoint read(Path file) {
        byte[] state = null;
        byte[] latest = null;
        byte[] best = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                switch (e.getName()) {
                    case STATE: state = bytes; break;
                    case LATEST: latest = bytes; break;
                    case BEST: best = bytes; break;
                    default: break;
                }
            }
        } catch (ZipException | EOFException e) {
            throw damaged(file, "it is truncated or damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new OcrException("Cannot read checkpoint " + file + ": " + e.getMessage() + ".", e);
        }
        if (state == null || latest == null || best == null) {
            throw damaged(file, "it is truncated or incomplete (no " + (state == null ? STATE
                : latest == null ? LATEST : BEST) + " in it)");
        }
        try {
            Map<String, Object> json = JSON.readValue(state, new TypeReference<Map<String, Object>>() {
            });
            if (!"fiji-ocr-checkpoint".equals(json.get("format"))) {
                throw damaged(file, "it is not a Fiji OCR checkpoint");
            }
            OcrModel model = ModelFile.read(new ByteArrayInputStream(latest), file.toString(), true);
            INDArray bestParams;
            try (InputStream in = new ByteArrayInputStream(best)) {
                bestParams = Nd4j.read(new DataInputStream(in));
            }
            if (bestParams.length() != model.network().numParams()) {
                throw damaged(file, "its best weights do not fit its network");
            }
            List<EpochStats> history = new ArrayList<>();
            for (Object o : (List<?>) json.get("history")) {
                Map<?, ?> m = (Map<?, ?>) o;
                history.add(new EpochStats(num(m, "epoch").intValue(), num(m, "loss").doubleValue(),
                    num(m, "accuracy").doubleValue(), num(m, "val_loss").doubleValue(),
                    num(m, "val_accuracy").doubleValue(), num(m, "seconds").doubleValue()));
            }
            return new Checkpoint(model, bestParams, history, num(json, "best_epoch").intValue(),
                num(json, "best_accuracy").doubleValue(), num(json, "best_loss").doubleValue());
        } catch (OcrException e) {
            throw e.getMessage().startsWith("Checkpoint") ? e : damaged(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its contents cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Jackson reads "NaN" written for a missing validation split back as a string or number. */
    private static Number num(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Number) {
            return (Number) v;
        }
        return Double.valueOf(String.valueOf(v));
    }

    private static OcrException damaged(Path file, String why) {
        return new OcrException("Checkpoint " + file + " cannot be resumed from: " + why + ". Delete it and train "
            + "again without resume, or resume from a copy of a complete checkpoint.");
    }
}
