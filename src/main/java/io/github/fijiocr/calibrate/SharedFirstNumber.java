package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clock's first number as the slices that show it share it. The first number changes rarely,
 * so on every slice that shows the same one its ink is the same, while a cell that crosses it is
 * there on some slices and gone on others. Where slices are flagged for a first number other
 * than the sequence predicts (or {@link FirstNumber} doubts it), their first number is replaced
 * by the shared image: per pixel, the value furthest from the ink on any of the slices predicted
 * to show it (the brightest, for dark text). A pixel is then ink only where it is ink on every
 * slice, as the text's own pixels are and a moving cell's are not; those slices are read again
 * with it ({@link TimestampReader}). A cell that never leaves the first number stays, but then
 * no slice read it otherwise.
 */
final class SharedFirstNumber {
    /** Slices that must show a first number for their shared image to replace it. */
    static final int MIN_SLICES = 3;

    private final int cut;
    /** Per group key (the text before the first colon), the slices' shared image. */
    private final Map<String, ByteProcessor> shared = new LinkedHashMap<>();
    /** Per slice, its group's key, or null where it is read as it is. */
    private final String[] keys;

    private SharedFirstNumber(int cut, String[] keys) {
        this.cut = cut;
        this.keys = keys;
    }

    /**
     * Where each slice's first number is: left of the first colon, in crop columns, as the slices
     * read without doubt ({@code trusted}) place it; the median over them. -1 when none shows one.
     */
    static int cut(List<Recognizer.ReadLine> lines, boolean[] trusted) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Recognizer.ReadLine l = lines.get(i);
            if (l == null || !trusted[i]) {
                continue;
            }
            for (CharacterReading c : l.characters) {
                if (c.label.equals(":")) {
                    xs.add(c.box.x);
                    break;
                }
            }
        }
        if (xs.isEmpty()) {
            return -1;
        }
        xs.sort(null);
        return xs.get(xs.size() / 2);
    }

    /**
     * The shared images for the slices grouped by {@code predicted} (the text each slice's time
     * shows as the sequence has it; null: none), from {@code crop} (slice index to its region as
     * it is); {@code light}: the text is lighter than its ground. Null when no group has
     * {@value #MIN_SLICES} slices, or {@code cut} is not inside the crops.
     */
    static SharedFirstNumber of(String[] predicted, int cut, java.util.function.IntFunction<ByteProcessor> crop,
        boolean light) {
        String[] keys = new String[predicted.length];
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            int colon = predicted[i] == null ? -1 : predicted[i].indexOf(':');
            keys[i] = colon > 0 ? predicted[i].substring(0, colon) : null;
            if (keys[i] != null) {
                sizes.merge(keys[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keys[i] != null && sizes.get(keys[i]) >= MIN_SLICES ? keys[i] : null;
        }
        if (cut <= 0 || Arrays.stream(keys).allMatch(k -> k == null)) {
            return null;
        }
        SharedFirstNumber out = new SharedFirstNumber(cut, keys);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            ByteProcessor c = crop.apply(i);
            if (cut >= c.getWidth()) {
                return null;
            }
            ByteProcessor s = out.shared.get(keys[i]);
            if (s == null) {
                out.shared.put(keys[i], (ByteProcessor) c.duplicate());
                continue;
            }
            byte[] a = (byte[]) s.getPixels();
            byte[] b = (byte[]) c.getPixels();
            for (int p = 0; p < a.length; p++) {
                int va = a[p] & 0xff;
                int vb = b[p] & 0xff;
                // Furthest from the ink: the ground wherever any slice shows it.
                a[p] = (byte) (light ? Math.min(va, vb) : Math.max(va, vb));
            }
        }
        return out;
    }

    /** Whether slice {@code i}'s first number is replaced. */
    boolean covers(int i) {
        return keys[i] != null;
    }

    /** Slice {@code i}'s region with its first number's columns replaced by its group's shared image. */
    ByteProcessor pasted(int i, ByteProcessor crop) {
        if (keys[i] == null) {
            return crop;
        }
        ByteProcessor s = shared.get(keys[i]);
        ByteProcessor out = (ByteProcessor) crop.duplicate();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < cut; x++) {
                out.set(x, y, s.get(x, y));
            }
        }
        return out;
    }
}
