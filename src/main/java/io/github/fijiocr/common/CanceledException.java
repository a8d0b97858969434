package io.github.fijiocr.common;


/** The user canceled a job: it ends here and publishes nothing. Not an error. */
public final class CanceledException extends OcrException {
    private static final long serialVersionUID = 1L;

    public CanceledException(String message) {
        super(message);
    }
}
