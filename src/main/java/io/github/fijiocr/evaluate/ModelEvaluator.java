package io.github.fijiocr.evaluate;

import ij.process.ByteProcessor;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs a model over labelled samples as "Classify Characters" does (the model's own
 * preprocessing, {@code allowed} restricting what may be read) and scores what it read.
 */
public final class ModelEvaluator {
    /** Samples per network call; images of a batch are read from disk in parallel. */
    static final int BATCH = 256;

    private final OcrModel model;
    private final String allowed;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public ModelEvaluator(OcrModel model, String allowed) {
        this.model = model;
        this.allowed = allowed;
    }

    /** Scores the dataset's samples at {@code indices}; classes in the dataset's order. */
    public ModelEvaluation evaluate(CharacterDataset data, int[] indices, Progress progress) {
        if (indices.length == 0) {
            throw new OcrException("Nothing to evaluate: the dataset has no images left to score.");
        }
        Nd4jRuntime.useThreads(1); // as ImageReading: fastest for these batches, robust on a busy machine
        CharacterClassifier classifier = new CharacterClassifier(model, allowed);
        List<String> truth = new ArrayList<>(indices.length);
        List<String> predicted = new ArrayList<>(indices.length);
        double[] confidence = new double[indices.length];
        for (int from = 0; from < indices.length; from += BATCH) {
            if (progress.isCanceled()) {
                throw new OcrException("Evaluation canceled after " + from + " of " + indices.length + " images.");
            }
            int to = Math.min(indices.length, from + BATCH);
            List<Sample> batch = IntStream.range(from, to).mapToObj(k -> data.samples().get(indices[k]))
                .collect(Collectors.toList());
            List<ByteProcessor> images = batch.parallelStream().map(Sample::image).collect(Collectors.toList());
            List<CharacterReading> readings = classifier.classify(images);
            for (int k = from; k < to; k++) {
                CharacterReading r = readings.get(k - from);
                truth.add(batch.get(k - from).label());
                predicted.add(r.label);
                confidence[k] = r.confidence;
            }
            progress.progress(to, indices.length, "Evaluating");
        }
        return new ModelEvaluation(order(data.classes(), truth, predicted), truth, predicted, confidence);
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
