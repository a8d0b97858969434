package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.List;

/**
 * The {@code allowed=} characters as a mask over the alphabet, with the same meaning as for the
 * character classifier: null or empty allows all; a list naming none of the alphabet is refused,
 * since it could only read blank lines. The blank is always allowed.
 */
final class Allowed {
    private Allowed() {
    }

    /** One flag per alphabet index. */
    static boolean[] mask(List<String> alphabet, String allowed) {
        boolean[] keep = new boolean[alphabet.size()];
        boolean any = false;
        for (int i = 0; i < keep.length; i++) {
            keep[i] = allowed == null || allowed.isEmpty() || allowed.contains(alphabet.get(i));
            any |= keep[i];
        }
        if (!any && keep.length > 0) {
            throw new OcrException("None of the allowed characters \"" + allowed + "\" is in the model's alphabet "
                + alphabet + ". Set allowed= to characters the model reads, or leave it empty.");
        }
        return keep;
    }
}
