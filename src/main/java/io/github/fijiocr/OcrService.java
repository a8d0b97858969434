package io.github.fijiocr;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import java.util.List;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import org.scijava.service.SciJavaService;

/**
 * Fiji OCR for scripts: every command is one call here, each delegated to the one {@link Ocr}
 * engine that the commands use too. Files and ImgLib2 images (an ImageJ2 Dataset) go in
 * directly; for an open ImageJ 1.x image use {@link #engine()} with
 * {@link io.github.fijiocr.engine.SliceSource#image}. No ImageJ 1.x type appears in these
 * signatures: SciJava reflects on a service's methods when Fiji starts, and an ImageJ 1.x type
 * there would load ImageJ before imagej-legacy has patched it. Obtain it with
 * {@code #@ OcrService ocr} in a script, or {@code context.service(OcrService.class)} in Java.
 */
public interface OcrService extends SciJavaService {
    /** Default rejection probability: characters below it read as "?" (the seed's 0.7). */
    double DEFAULT_THRESHOLD = ReadOptions.DEFAULT_THRESHOLD;

    /** The engine behind this service and every command. */
    Ocr engine();

    /** A model file, or the bundled model when {@code file} is null or empty. Loaded models are cached. */
    OcrModel model(File file);

    /**
     * The model that reads text: the file's, or when {@code file} is null the bundled model of
     * {@code reader} (the line model for {@link ReadOptions.Reader#LINE}, the default).
     */
    OcrModel model(File file, ReadOptions.Reader reader);

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

    TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress);

    /**
     * Text lines of an image file, or of every image in a folder (named by relative path).
     * {@code model} null: the bundled line model.
     * Characters under {@code threshold} read as "?"; {@code allowed} limits what may be read
     * (null: all).
     */
    List<LineReading> readText(File input, OcrModel model, LocateOptions locate, double threshold, String allowed,
        Progress progress);

    /**
     * Text lines of a 2D image or of each plane of a 3D stack (x, y, slice); {@code model} null:
     * the bundled model of {@code options.reader}.
     */
    <T extends RealType<T>> List<LineReading> readText(RandomAccessibleInterval<T> image, String name,
        OcrModel model, ReadOptions options, Progress progress);

    /**
     * The burned-in timestamp of every frame of a stack file (a TIFF streams as a virtual stack),
     * checked as a sequence; {@code format} null or "auto": detected. See "Read Timestamps".
     */
    io.github.fijiocr.calibrate.Timestamps readTimestamps(File stack, String format, double threshold,
        Progress progress);

    /** The scale bar of an image file and the pixel size it gives. See "Read Scale Bar". */
    io.github.fijiocr.calibrate.ScaleBar readScaleBar(File image, double threshold);

    /** Each image file (or slice) under {@code input} is one character; under {@code threshold} it reads "?". */
    List<ClassifiedImage> classify(File input, OcrModel model, double threshold, String allowed, Progress progress);

    /** Each plane of an ImgLib2 image is one character. */
    <T extends RealType<T>> List<ClassifiedImage> classify(RandomAccessibleInterval<T> image, String name,
        OcrModel model, ReadOptions options, Progress progress);

    /**
     * Scores a model on a labelled dataset, each image classified as one character with the
     * model's own preprocessing. {@code testSplitOnly}: only the test part of the split saved
     * beside the dataset, or every image when no split is saved (the log says which);
     * otherwise every image not excluded. {@code allowed} limits what may be read (null: all).
     * For the heat map see {@link io.github.fijiocr.present.ConfusionHeatMap}.
     */
    ModelEvaluation evaluate(OcrModel model, CharacterDataset data, boolean testSplitOnly, String allowed,
        Progress progress);
}
