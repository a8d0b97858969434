package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.Predictor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/** The seed tutorial's use: each image is one character. One predictor call per list. */
public final class CharacterClassifier {
    private final Predictor predictor;
    private final double threshold;

    /** Readings under {@code threshold} are rejected (see {@link CharacterReading#text()}). */
    public CharacterClassifier(Predictor predictor, double threshold) {
        this.predictor = predictor;
        this.threshold = threshold;
    }

    public List<CharacterReading> classify(List<ByteProcessor> images) {
        List<float[]> inputs = new ArrayList<>(images.size());
        for (ByteProcessor ip : images) {
            inputs.add(predictor.model().preprocessor().wholeImage(ip));
        }
        float[][] probs = predictor.probabilities(inputs);
        List<CharacterReading> out = new ArrayList<>(images.size());
        for (int i = 0; i < probs.length; i++) {
            ByteProcessor ip = images.get(i);
            out.add(Readings.reading(probs[i], predictor.alphabet(), new Rectangle(ip.getWidth(), ip.getHeight()),
                threshold));
        }
        return out;
    }
}
