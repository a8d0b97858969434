package io.github.fijiocr.recognize;

import java.awt.Rectangle;
import java.util.List;

/** One line of text read from one slice of one image. */
public final class LineReading {
    public final String image;
    public final int slice;
    public final int line;
    public final String text;
    /** Mean of the characters' probabilities. */
    public final double confidence;
    public final double minConfidence;
    /** How text-like the reading is ({@link SceneReader#textScore}): 0 when it does not look like text. */
    public final double score;
    public final Rectangle bounds;
    public final List<CharacterReading> characters;

    public LineReading(String image, int slice, int line, String text, List<CharacterReading> characters,
        Rectangle bounds) {
        this.image = image;
        this.slice = slice;
        this.line = line;
        this.text = text;
        this.characters = List.copyOf(characters);
        this.bounds = bounds;
        this.confidence = characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        this.minConfidence = characters.stream().mapToDouble(c -> c.confidence).min().orElse(0);
        this.score = SceneReader.textScore(characters);
    }
}
