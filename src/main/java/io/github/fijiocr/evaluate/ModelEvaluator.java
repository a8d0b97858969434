package io.github.fijiocr.evaluate;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.CharacterReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a model's readings of labelled samples (read as "Classify Characters" reads them, by the
 * engine), and names the classes it could never have read.
 */
public final class ModelEvaluator {
    private final OcrModel model;
    private final String allowed;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public ModelEvaluator(OcrModel model, String allowed) {
        this.model = model;
        this.allowed = allowed;
    }

    /**
     * Scores what was read: {@code truth.get(i)} against {@code readings.get(i)}; classes in the
     * dataset's order, then the others read in the model's.
     */
    public ModelEvaluation evaluate(List<String> dataClasses, List<String> truth, List<CharacterReading> readings) {
        if (truth.isEmpty()) {
            throw new OcrException("Nothing to evaluate: the dataset has no images left to score.");
        }
        List<String> predicted = new ArrayList<>(readings.size());
        double[] confidence = new double[readings.size()];
        for (int k = 0; k < readings.size(); k++) {
            predicted.add(readings.get(k).label);
            confidence[k] = readings.get(k).confidence;
        }
        return new ModelEvaluation(order(dataClasses, truth, predicted), truth, predicted, confidence);
    }

    /** True labels among the scored ones that this model, with {@code allowed}, can never read. */
    public List<String> unreadable(ModelEvaluation evaluation) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < evaluation.classes().size(); c++) {
            String label = evaluation.classes().get(c);
            boolean readable = model.alphabet().contains(label)
                && (allowed == null || allowed.isEmpty() || allowed.contains(label));
            if (evaluation.support(c) > 0 && !readable) {
                out.add(label);
            }
        }
        return out;
    }

    /** The dataset's classes that were scored, then the other classes read, in the model's order. */
    private List<String> order(List<String> dataClasses, List<String> truth, List<String> predicted) {
        Set<String> seen = new LinkedHashSet<>(truth);
        Set<String> out = new LinkedHashSet<>();
        dataClasses.stream().filter(seen::contains).forEach(out::add);
        Set<String> read = new LinkedHashSet<>(predicted);
        model.alphabet().stream().filter(read::contains).forEach(out::add);
        return new ArrayList<>(out);
    }
}
