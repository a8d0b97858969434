package io.github.fijiocr;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import java.util.List;
import org.scijava.service.SciJavaService;

/**
 * Fiji OCR for scripts: every command is one call here. No ImageJ 1.x type appears in these
 * signatures (see {@link io.github.fijiocr.recognize.ImageReading} for why and for open images). Obtain it with {@code #@ OcrService ocr}
 * in a script, or {@code context.service(OcrService.class)} in Java.
 */
public interface OcrService extends SciJavaService {
    /** Default rejection probability: characters below it read as "?" (the seed's 0.7). */
    double DEFAULT_THRESHOLD = 0.7;

    /** A model file, or the bundled model when {@code file} is null. Loaded models are cached. */
    OcrModel model(File file);

    /** Writes a model atomically: the previous file survives any failure. */
    void saveModel(OcrModel model, File file);

    /**
     * A folder per class, a labels.csv or a labelled stack file, with the default split and checks;
     * unreadable files are skipped and listed in problems(). Saves nothing.
     */
    CharacterDataset importDataset(File input, Progress progress);

    /**
     * Imports, splits (reusing the split saved with the dataset) and checks a dataset; when
     * {@code options.saveSplit}, a new or changed split is written beside the dataset.
     */
    CharacterDataset importDataset(File input, DatasetOptions options, Progress progress);

    /** Logs a dataset's problems and, when {@code options.saveSplit}, saves a new or changed split. */
    void reportDataset(CharacterDataset data, DatasetOptions options);

    TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress);

    /**
     * Text lines of an image file, or of every image in a folder (named by relative path).
     * Characters under {@code threshold} read as "?"; {@code allowed} limits what may be read
     * (null: all). For an open ImagePlus use {@link io.github.fijiocr.recognize.ImageReading}.
     */
    List<LineReading> readText(File input, OcrModel model, LocateOptions locate, double threshold, String allowed,
        Progress progress);

    /** Each image file (or slice) under {@code input} is one character. */
    List<ClassifiedImage> classify(File input, OcrModel model, String allowed, Progress progress);

    /**
     * Scores a model on a labelled dataset, each image classified as one character with the
     * model's own preprocessing. {@code testSplitOnly}: only the test part of the split saved
     * beside the dataset, or every image when no split is saved (the log says which);
     * otherwise every image not excluded. {@code allowed} limits what may be read (null: all).
     * For the heat map see {@link io.github.fijiocr.evaluate.ConfusionHeatMap}.
     */
    ModelEvaluation evaluate(OcrModel model, CharacterDataset data, boolean testSplitOnly, String allowed,
        Progress progress);
}
