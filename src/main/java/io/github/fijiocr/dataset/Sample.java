package io.github.fijiocr.dataset;

import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import java.io.IOException;

/**
 * One labelled character image. Pixels are read when asked for, not kept: a dataset of any size
 * costs a few hundred bytes a sample, and what import learnt about the image is in {@link #facts()}.
 */
public final class Sample {
    /** Where the pixels come from: a file read again, or a slice already in memory. */
    public interface Pixels {
        ByteProcessor read() throws IOException;
    }

    private final String key;
    private final String source;
    private final String label;
    private final Pixels pixels;
    private final SampleFacts facts;

    public Sample(String key, String source, String label, Pixels pixels, SampleFacts facts) {
        this.key = key;
        this.source = source;
        this.label = label;
        this.pixels = pixels;
        this.facts = facts;
    }

    /** A sample whose 8-bit image is already in memory (a stack slice, a generated image). */
    public static Sample inMemory(String key, String label, ByteProcessor image) {
        return new Sample(key, key, label, () -> image, SampleFacts.of(image, image));
    }

    /** Its name inside the dataset (path relative to the dataset, or "slice N"); split files use it. */
    public String key() {
        return key;
    }

    /** Where it came from, for messages: a full path or an image title and slice. */
    public String source() {
        return source;
    }

    public String label() {
        return label;
    }

    public SampleFacts facts() {
        return facts;
    }

    /** The image as 8-bit gray, read now; an I/O failure is the caller's to report. */
    public ByteProcessor read() throws IOException {
        return pixels.read();
    }

    /** The image as 8-bit gray, read now. */
    public ByteProcessor image() {
        try {
            return pixels.read();
        } catch (IOException e) {
            throw new OcrException(source + " could be read at import but not now (" + e.getMessage()
                + "). Was it moved or changed? Import the dataset again.", e);
        }
    }
}
