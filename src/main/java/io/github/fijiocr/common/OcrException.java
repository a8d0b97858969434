package io.github.fijiocr.common;

/**
 * A problem the user can fix: the message names the file or value and says what to do.
 * Commands show it as one line, never as a stack trace.
 */
public class OcrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
