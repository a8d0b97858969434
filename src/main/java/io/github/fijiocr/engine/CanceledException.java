package io.github.fijiocr.engine;

import io.github.fijiocr.common.OcrException;

/** The user canceled a job: it ends here and publishes nothing. Not an error. */
public final class CanceledException extends OcrException {
    private static final long serialVersionUID = 1L;

    public CanceledException(String message) {
        super(message);
    }
}
