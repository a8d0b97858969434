package io.github.fijiocr.recognize;

import java.awt.Rectangle;

/**
 * What the model read for one character: best and second guess with probabilities, and whether
 * the rejection rule (best probability under the threshold) turned it into {@link #REJECTED}.
 */
public final class CharacterReading {
    /** Written in place of a character whose best probability is under the threshold. */
    public static final String REJECTED = "?";

    public final String label;
    public final double confidence;
    public final String secondLabel;
    public final double secondConfidence;
    /** Ink box in image pixels (the whole image for whole-image classification). */
    public final Rectangle box;
    /** True when the confidence is under the threshold the reading was made with. */
    public final boolean rejected;

    public CharacterReading(String label, double confidence, String secondLabel, double secondConfidence,
        Rectangle box, double threshold) {
        this.label = label;
        this.confidence = confidence;
        this.secondLabel = secondLabel;
        this.secondConfidence = secondConfidence;
        this.box = box;
        this.rejected = confidence < threshold;
    }

    /** The same reading with another box (the same place in other coordinates). */
    public CharacterReading movedTo(Rectangle place) {
        return new CharacterReading(label, confidence, secondLabel, secondConfidence, place,
            rejected ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }

    /** The label, or {@link #REJECTED} when the model was not sure enough. */
    public String text() {
        return rejected ? REJECTED : label;
    }
}
