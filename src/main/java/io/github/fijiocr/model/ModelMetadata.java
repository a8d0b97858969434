package io.github.fijiocr.model;

import io.github.fijiocr.preprocess.Preprocessing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything about a model except its weights: alphabet, input, preprocessing and how it was
 * trained. Written as JSON inside the model file; plain data, no Java serialisation.
 */
public final class ModelMetadata {
    /** Bumped when the file layout changes incompatibly. */
    public static final int FORMAT_VERSION = 1;
    private static final String FORMAT = "fiji-ocr-model";

    private final List<String> alphabet;
    private final Preprocessing preprocessing;
    private final String architecture;
    private final Map<String, Object> training;

    public ModelMetadata(List<String> alphabet, Preprocessing preprocessing, String architecture,
        Map<String, Object> training) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("its alphabet is empty");
        }
        Set<String> seen = new HashSet<>();
        for (String label : alphabet) {
            // Labels map back to classes by indexOf: a second "0" would make its class read as the first.
            if (!seen.add(label)) {
                throw new IllegalArgumentException("its alphabet lists \"" + label + "\" twice");
            }
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

    /**
     * A line model (a CTC network reading whole lines, {@code preprocessing.size} pixels high, its
     * last class the blank) rather than a character classifier. Its architecture says so.
     */
    public boolean isLine() {
        return architecture.startsWith("line");
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
        json.put("format", FORMAT);
        json.put("format_version", FORMAT_VERSION);
        json.put("alphabet", alphabet);
        json.put("architecture", architecture);
        json.put("preprocessing", pre);
        json.put("training", training);
        return json;
    }

    /**
     * The format version a description declares, checked before the rest is read: a newer format
     * may lay out the rest differently. Refuses a description that is not a Fiji OCR one.
     */
    static long formatVersion(Map<?, ?> json) {
        if (!FORMAT.equals(json.get("format"))) {
            throw invalid("does not say \"format\": \"" + FORMAT + "\"");
        }
        Object version = json.get("format_version");
        if (!(version instanceof Integer || version instanceof Long) || ((Number) version).longValue() < 1) {
            throw invalid(version == null ? "has no format_version (a whole number from 1)"
                : "has format_version " + describe(version) + ", which must be a whole number from 1");
        }
        return ((Number) version).longValue();
    }

    /**
     * Reads a description written by {@link #toJson()}, of a version {@link #formatVersion} accepted.
     * Files may be hand-edited or damaged, so every field is checked: a problem is an
     * IllegalArgumentException whose message says in words which field is wrong and how.
     */
    static ModelMetadata fromJson(Map<?, ?> json) {
        Map<?, ?> pre = field(json, "preprocessing", Map.class, "an object");
        int size = wholeNumber(pre, "preprocessing.size");
        Preprocessing.Resize resize = option(pre, "preprocessing.resize", Preprocessing.Resize.class);
        Preprocessing.Crop crop = option(pre, "preprocessing.crop", Preprocessing.Crop.class);
        Preprocessing.Contrast contrast = option(pre, "preprocessing.contrast", Preprocessing.Contrast.class);
        Preprocessing p;
        try {
            p = new Preprocessing(size, resize, crop, contrast);
        } catch (IllegalArgumentException e) {
            throw invalid("describes an impossible preprocessing: " + e.getMessage());
        }
        List<String> alphabet = new ArrayList<>();
        for (Object label : field(json, "alphabet", List.class, "a list of labels")) {
            if (!(label instanceof String) || ((String) label).isEmpty()) {
                throw invalid("has " + describe(label) + " in its alphabet, not a label");
            }
            alphabet.add((String) label);
        }
        Object training = json.get("training");
        Map<String, Object> summary = new LinkedHashMap<>();
        if (training != null) {
            field(json, "training", Map.class, "an object").forEach((k, v) -> summary.put(String.valueOf(k), v));
        }
        return new ModelMetadata(alphabet, p, field(json, "architecture", String.class, "a name"), summary);
    }

    /** {@code key} of {@code json} (a dotted path in messages), refused unless it is a {@code type}. */
    private static <T> T field(Map<?, ?> json, String key, Class<T> type, String what) {
        Object value = json.get(key.substring(key.lastIndexOf('.') + 1));
        if (!type.isInstance(value)) {
            throw invalid(value == null ? "has no " + key + " (" + what + ")"
                : "has " + key + " " + describe(value) + ", which must be " + what);
        }
        return type.cast(value);
    }

    private static int wholeNumber(Map<?, ?> json, String key) {
        Object value = field(json, key, Number.class, "a whole number");
        if (!(value instanceof Integer)) {
            throw invalid("has " + key + " " + describe(value) + ", which must be a whole number");
        }
        return (Integer) value;
    }

    /** An enum constant by its lower-case name, as {@link #toJson()} writes it. */
    private static <E extends Enum<E>> E option(Map<?, ?> json, String key, Class<E> type) {
        String name = field(json, key, String.class, "a name");
        List<String> known = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
            known.add(e.name().toLowerCase());
        }
        throw invalid("has " + key + " " + describe(name) + ", which must be one of " + String.join(", ", known));
    }

    /** A JSON value as a message may quote it: short, on one line, in JSON's words rather than Java's. */
    private static String describe(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String) {
            String s = ((String) value).replaceAll("\\s+", " ");
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        return String.valueOf(value);
    }

    private static IllegalArgumentException invalid(String what) {
        return new IllegalArgumentException("its " + ModelFile.METADATA_ENTRY + " " + what);
    }
}
