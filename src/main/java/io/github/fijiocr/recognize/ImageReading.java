package io.github.fijiocr.recognize;

import ij.ImagePlus;
import ij.gui.Roi;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.NoiseException;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import ij.process.ByteProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads open images, stacks and folders with one model: every slice, characters batched per
 * slice, on one ND4J thread (faster for small batches and robust when the other core is busy).
 * Kept out of {@code OcrService} on purpose: SciJava reflects on a service's methods when Fiji
 * starts, and an ImageJ 1.x type in those signatures would load ImageJ before imagej-legacy has
 * patched it.
 */
public final class ImageReading {
    /** Slices classified per network call in character mode. */
    private static final int BATCH = 256;
    private static final int RECOGNITION_THREADS = 1;

    private final OcrModel model;
    private final String allowed;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public ImageReading(OcrModel model, String allowed) {
        this.model = model;
        this.allowed = allowed;
    }

    /** Text lines of every slice (inside the image's area ROI, if any); characters under {@code threshold} read as "?". */
    public List<LineReading> readText(ImagePlus image, String name, LocateOptions locate, double threshold,
        Progress progress) {
        Nd4jRuntime.useThreads(RECOGNITION_THREADS);
        TextReader reader = new TextReader(model, locate, threshold, allowed);
        // An area ROI limits the search to it (HALCON's reduce_domain).
        Roi roi = image.getRoi() != null && image.getRoi().isArea() ? image.getRoi() : null;
        List<LineReading> out = new ArrayList<>();
        int slices = image.getStackSize();
        for (int s = 1; s <= slices && !progress.isCanceled(); s++) {
            try {
                out.addAll(reader.read(GrayImages.slice(image, s), roi, name, s));
            } catch (NoiseException e) {
                progress.log(name + " slice " + s + ": skipped, " + e.getMessage());
            }
            progress.progress(s, slices, "Reading " + name);
        }
        return out;
    }

    /** Each slice is one character. */
    public List<ClassifiedImage> classify(ImagePlus image, String name, Progress progress) {
        Nd4jRuntime.useThreads(RECOGNITION_THREADS);
        CharacterClassifier classifier = new CharacterClassifier(model, allowed);
        List<ClassifiedImage> out = new ArrayList<>();
        int slices = image.getStackSize();
        for (int from = 1; from <= slices && !progress.isCanceled(); from += BATCH) {
            int to = Math.min(slices, from + BATCH - 1);
            List<ByteProcessor> batch = new ArrayList<>();
            for (int s = from; s <= to; s++) {
                batch.add(GrayImages.slice(image, s));
            }
            List<CharacterReading> readings = classifier.classify(batch);
            for (int s = from; s <= to; s++) {
                out.add(new ClassifiedImage(name, s, readings.get(s - from)));
            }
            progress.progress(to, slices, "Classifying " + name);
        }
        return out;
    }

    /** Every image of a file or folder; unreadable files are reported through {@code progress.log}. */
    public List<LineReading> readText(ImageSource source, LocateOptions locate, double threshold, Progress progress) {
        List<LineReading> out = new ArrayList<>();
        for (Path file : source.files()) {
            ImagePlus imp = progress.isCanceled() ? null : open(source, file, progress);
            if (imp != null) {
                out.addAll(readText(imp, source.name(file), locate, threshold, progress));
            }
        }
        return out;
    }

    /** Every image (and slice) of a file or folder is one character. */
    public List<ClassifiedImage> classify(ImageSource source, Progress progress) {
        List<ClassifiedImage> out = new ArrayList<>();
        for (Path file : source.files()) {
            ImagePlus imp = progress.isCanceled() ? null : open(source, file, progress);
            if (imp != null) {
                out.addAll(classify(imp, source.name(file), progress));
            }
        }
        return out;
    }

    private static ImagePlus open(ImageSource source, Path file, Progress progress) {
        try {
            return source.open(file);
        } catch (IOException e) {
            progress.log(file + ": skipped, " + e.getMessage());
            return null;
        }
    }
}
