package io.github.fijiocr.locate;

import io.github.fijiocr.common.OcrException;

/**
 * The threshold cut an image into noise, not text (more particles than can be labelled). It
 * concerns one image: a stack or a folder skips it with a log line, a live camera reads no text.
 */
public final class NoiseException extends OcrException {
    private static final long serialVersionUID = 1L;

    NoiseException(String message) {
        super(message);
    }
}
