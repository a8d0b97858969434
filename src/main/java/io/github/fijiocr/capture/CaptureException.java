package io.github.fijiocr.capture;

import io.github.fijiocr.common.OcrException;

/** A camera that cannot be opened or stops delivering frames; the message says what to do. */
public class CaptureException extends OcrException {
    private static final long serialVersionUID = 1L;

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
