package io.github.fijiocr.model;

import io.github.fijiocr.preprocess.Preprocessing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about a model except its weights: alphabet, input, preprocessing and how it was
 * trained. Written as JSON inside the model file; plain data, no Java serialisation.
 */
public final class ModelMetadata {
    /** Bumped when the file layout changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    private final List<String> alphabet;
    private final Preprocessing preprocessing;
    private final String architecture;
    private final Map<String, Object> training;

    public ModelMetadata(List<String> alphabet, Preprocessing preprocessing, String architecture,
        Map<String, Object> training) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one class");
        }
        this.alphabet = List.copyOf(alphabet);
        this.preprocessing = preprocessing;
        this.architecture = architecture;
        this.training = new LinkedHashMap<>(training);
    }

    public List<String> alphabet() {
        return alphabet;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public String architecture() {
        return architecture;
    }

    /** Free-form training summary (dataset, epochs, accuracies, time), shown to users. */
    public Map<String, Object> training() {
        return new LinkedHashMap<>(training);
    }

    Map<String, Object> toJson() {
        Map<String, Object> pre = new LinkedHashMap<>();
        pre.put("size", preprocessing.size());
        pre.put("resize", preprocessing.resize().name().toLowerCase());
        pre.put("crop", preprocessing.crop().name().toLowerCase());
        pre.put("contrast", preprocessing.contrast().name().toLowerCase());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "fiji-ocr-model");
        json.put("format_version", FORMAT_VERSION);
        json.put("alphabet", alphabet);
        json.put("architecture", architecture);
        json.put("preprocessing", pre);
        json.put("training", training);
        return json;
    }

    @SuppressWarnings("unchecked")
    static ModelMetadata fromJson(Map<String, Object> json) {
        if (!"fiji-ocr-model".equals(json.get("format"))) {
            throw new IllegalArgumentException("not a Fiji OCR model description");
        }
        int version = ((Number) json.get("format_version")).intValue();
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException("model format " + version
                + " is newer than this Fiji OCR reads (" + FORMAT_VERSION + "); update Fiji OCR");
        }
        Map<String, Object> pre = (Map<String, Object>) json.get("preprocessing");
        Preprocessing p = new Preprocessing(((Number) pre.get("size")).intValue(),
            Preprocessing.Resize.valueOf(((String) pre.get("resize")).toUpperCase()),
            Preprocessing.Crop.valueOf(((String) pre.get("crop")).toUpperCase()),
            Preprocessing.Contrast.valueOf(((String) pre.get("contrast")).toUpperCase()));
        Object training = json.get("training");
        return new ModelMetadata(new ArrayList<>((List<String>) json.get("alphabet")), p,
            (String) json.get("architecture"),
            training == null ? Map.of() : (Map<String, Object>) training);
    }
}
