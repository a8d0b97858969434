package io.github.fijiocr.capture;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.NoiseException;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one frame in one of the two live modes. */
public final class FrameReader {
    /** {@code character}: the whole frame is one character (the seed); {@code text}: lines of text. */
    public enum Mode {
        CHARACTER, TEXT;

        public static Mode of(String key) {
            try {
                return valueOf(key.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new io.github.fijiocr.common.OcrException("mode=" + key + " is not a mode: use character or text.");
            }
        }
    }

    /** What one frame held, before the vote. */
    public static final class Result {
        public final String text;
        public final double confidence;
        public final List<CharacterReading> characters;

        Result(String text, double confidence, List<CharacterReading> characters) {
            this.text = text;
            this.confidence = confidence;
            this.characters = characters;
        }
    }

    private final Mode mode;
    private final double threshold;
    private final CharacterClassifier classifier;
    private final TextReader reader;

    /** One predictor for the whole run: live reading stays on one thread. */
    public FrameReader(Mode mode, OcrModel model, ReadOptions options) {
        this.mode = mode;
        this.threshold = options.threshold;
        this.classifier = mode == Mode.CHARACTER
            ? new CharacterClassifier(model.predictor(options.allowed), options.threshold) : null;
        this.reader = mode == Mode.TEXT ? TextReader.of(model, options) : null;
    }

    /**
     * In character mode, a reading under the threshold is no reading (the seed draws nothing);
     * in text mode, rejected characters read as "?" within their line.
     */
    public Result read(ByteProcessor gray) {
        if (mode == Mode.CHARACTER) {
            CharacterReading r = classifier.classify(List.of(gray)).get(0);
            boolean sure = r.confidence >= threshold;
            return new Result(sure ? r.label : "", r.confidence, List.of(r));
        }
        List<LineReading> lines;
        try {
            lines = reader.read(gray, "frame", 1);
        } catch (NoiseException e) {
            lines = List.of(); // a frame of pure grain (a covered lens, a dropout) holds no text
        }
        List<String> texts = new ArrayList<>();
        List<CharacterReading> characters = new ArrayList<>();
        double confidence = lines.isEmpty() ? 0 : 1;
        for (LineReading l : lines) {
            texts.add(l.text);
            characters.addAll(l.characters);
            confidence = Math.min(confidence, l.minConfidence);
        }
        return new Result(String.join(" | ", texts), confidence, characters);
    }
}
