package io.github.fijiocr.recognize;

import io.github.fijiocr.model.OcrModel;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/** The seed tutorial's use: each image is one character. Classifies a batch in one call. */
public final class CharacterClassifier {
    private final OcrModel model;
    private final String allowed;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public CharacterClassifier(OcrModel model, String allowed) {
        this.model = model;
        this.allowed = allowed;
    }

    public List<CharacterReading> classify(List<ByteProcessor> images) {
        List<float[]> inputs = new ArrayList<>(images.size());
        for (ByteProcessor ip : images) {
            inputs.add(model.preprocessor().wholeImage(ip));
        }
        float[][] probs = model.predict(inputs);
        Probabilities.restrict(probs, model.alphabet(), allowed);
        List<CharacterReading> out = new ArrayList<>(images.size());
        for (int i = 0; i < probs.length; i++) {
            ByteProcessor ip = images.get(i);
            out.add(Probabilities.reading(probs[i], model.alphabet(), new Rectangle(0, 0, ip.getWidth(), ip.getHeight())));
        }
        return out;
    }
}
