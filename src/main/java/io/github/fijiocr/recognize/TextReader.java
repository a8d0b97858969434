package io.github.fijiocr.recognize;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.OcrModel;
import java.util.ArrayList;
import java.util.List;

/** One 8-bit image to text lines: locate the lines, then read them with a {@link Recognizer}. */
public final class TextReader {
    private final TextLocator locator;
    private final Recognizer recognizer;

    public TextReader(TextLocator locator, Recognizer recognizer) {
        this.locator = locator;
        this.recognizer = recognizer;
    }

    /** The character path with one model: what Read Text does by default. For one thread. */
    public static TextReader of(OcrModel model, ReadOptions options) {
        return new TextReader(new TextLocator(options.locate),
            new CharacterRecognizer(model.predictor(options.allowed), options.threshold, options.pattern));
    }

    public List<LineReading> read(ByteProcessor gray, String image, int slice) {
        return read(gray, null, image, slice);
    }

    /** Lines inside {@code roi} (null: the whole image), numbered from 1 top to bottom. */
    public List<LineReading> read(ByteProcessor gray, Roi roi, String image, int slice) {
        List<TextLine> lines = locator.locate(gray, roi);
        List<Recognizer.ReadLine> read = recognizer.read(gray, lines);
        List<LineReading> out = new ArrayList<>();
        for (Recognizer.ReadLine r : read) {
            if (r != null) {
                out.add(new LineReading(image, slice, out.size() + 1, r.text, r.characters, r.bounds));
            }
        }
        return out;
    }
}
