package io.github.fijiocr.dataset;

import ij.process.ByteProcessor;
import java.nio.file.Path;

/** One labelled character image, decoded to 8-bit gray. */
public final class Sample {
    private final String source;
    private final String label;
    private final ByteProcessor image;

    public Sample(String source, String label, ByteProcessor image) {
        this.source = source;
        this.label = label;
        this.image = image;
    }

    public static Sample of(Path file, String label, ByteProcessor image) {
        return new Sample(file.toString(), label, image);
    }

    /** Where it came from: a file path or a slice name. */
    public String source() {
        return source;
    }

    public String label() {
        return label;
    }

    public ByteProcessor image() {
        return image;
    }
}
