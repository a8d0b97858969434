package io.github.fijiocr;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.DatasetProblem;
import io.github.fijiocr.dataset.SplitFile;
import io.github.fijiocr.evaluate.EvaluationSamples;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.evaluate.ModelEvaluator;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.ImageReading;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.train.Trainer;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** The engine behind every command; holds nothing but a cache of loaded models. */
@Plugin(type = Service.class)
public class DefaultOcrService extends AbstractService implements OcrService {
    @Parameter
    private LogService log;

    private static final int MAX_LOGGED_PROBLEMS = 50;

    private final Map<String, OcrModel> models = new HashMap<>();

    @Override
    public synchronized OcrModel model(File file) {
        if (file == null || file.getPath().isEmpty()) {
            return models.computeIfAbsent("bundled", k -> ModelFile.bundled());
        }
        String key = file.getAbsolutePath() + "@" + file.lastModified() + ":" + file.length();
        OcrModel cached = models.get(key);
        if (cached == null) {
            cached = ModelFile.load(file.toPath());
            models.put(key, cached);
        }
        return cached;
    }

    @Override
    public void saveModel(OcrModel model, File file) {
        if (file == null) {
            throw new OcrException("No output given: set output= to the model file to write, e.g. output=digits.zip.");
        }
        try {
            ModelFile.save(model, file.toPath());
        } catch (IOException e) {
            throw new OcrException("Cannot write model " + file + ": " + e.getMessage()
                + ". Choose a folder you can write to.", e);
        }
    }

    @Override
    public CharacterDataset importDataset(File input, Progress progress) {
        DatasetOptions options = new DatasetOptions();
        options.saveSplit = false;
        return importDataset(input, options, progress);
    }

    @Override
    public CharacterDataset importDataset(File input, DatasetOptions options, Progress progress) {
        CharacterDataset data = new DatasetImporter().load(input == null ? null : input.toPath(), options,
            progress);
        reportDataset(data, options);
        return data;
    }

    /** Problems go to the log (the first ones in full), and a new or changed split is saved. */
    @Override
    public void reportDataset(CharacterDataset data, DatasetOptions options) {
        int shown = 0;
        for (DatasetProblem p : data.problems()) {
            if (shown++ < MAX_LOGGED_PROBLEMS) {
                log.warn(p.toString());
            }
        }
        if (shown > MAX_LOGGED_PROBLEMS) {
            log.warn("... and " + (shown - MAX_LOGGED_PROBLEMS) + " more problems; see the dataset problems table.");
        }
        Path file = data.splitFile();
        if (!options.saveSplit || file == null) {
            return;
        }
        try {
            if (!SplitFile.matches(file, data)) {
                SplitFile.write(file, data);
                log.info("Saved the train/validation/test split to " + file);
            }
        } catch (IOException e) {
            log.warn("Could not save the split to " + file + " (" + e.getMessage() + "); set split_file= to a "
                + "file you can write. Until then each import splits again with the same seed.");
        }
    }


    @Override
    public TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress) {
        return new Trainer().train(data, options, progress);
    }

    @Override
    public List<LineReading> readText(File input, OcrModel model, LocateOptions locate, double threshold,
        String allowed, Progress progress) {
        return new ImageReading(model, allowed).readText(source(input), locate, threshold, warnings(progress));
    }

    @Override
    public List<ClassifiedImage> classify(File input, OcrModel model, String allowed, Progress progress) {
        return new ImageReading(model, allowed).classify(source(input), warnings(progress));
    }

    @Override
    public ModelEvaluation evaluate(OcrModel model, CharacterDataset data, boolean testSplitOnly, String allowed,
        Progress progress) {
        EvaluationSamples samples = EvaluationSamples.of(data, testSplitOnly);
        log.info("Evaluating on " + samples.description());
        ModelEvaluator evaluator = new ModelEvaluator(model, allowed);
        ModelEvaluation evaluation = evaluator.evaluate(data, samples.indices(), progress);
        List<String> unreadable = evaluator.unreadable(evaluation);
        if (!unreadable.isEmpty()) {
            log.warn("The model" + (allowed == null || allowed.isEmpty() ? "" : " with allowed=" + allowed)
                + " cannot read the classes " + unreadable + "; their images count as errors.");
        }
        return evaluation;
    }

    private static ImageSource source(File input) {
        return ImageSource.of(input == null ? null : input.toPath());
    }

    /** Skipped files become warnings in the log, whatever the caller does with its own log lines. */
    private Progress warnings(Progress progress) {
        return new Progress() {
            @Override
            public void progress(int done, int total, String message) {
                progress.progress(done, total, message);
            }

            @Override
            public void log(String message) {
                log.warn(message);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        };
    }
}
