package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.TextLine;
import java.util.List;

/**
 * The line seam: located lines of one 8-bit image in; for each, its text, a confidence and a box
 * per character. {@link CharacterRecognizer} (cut into characters, classify each, assemble words)
 * is one implementation; a segmentation-free line model reads the same lines from their bounds.
 * One recognizer is used by one thread.
 */
public interface Recognizer {
    /**
     * The i-th element reads {@code lines.get(i)}; null where nothing in that line can be read
     * (for example a line of punctuation when only digits are allowed).
     */
    List<ReadLine> read(ByteProcessor gray, List<TextLine> lines);

    /** What a recognizer read in one line. */
    final class ReadLine {
        public final String text;
        public final List<CharacterReading> characters;
        public final java.awt.Rectangle bounds;

        public ReadLine(String text, List<CharacterReading> characters, java.awt.Rectangle bounds) {
            this.text = text;
            this.characters = List.copyOf(characters);
            this.bounds = bounds;
        }
    }
}
