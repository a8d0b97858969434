package io.github.fijiocr;

import ij.ImagePlus;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.train.Trainer;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import ij.process.ByteProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** Recognition is fastest on one ND4J thread, even on an idle machine. */
    private static final int RECOGNITION_THREADS = 1;
    /** Slices classified per network call in character mode. */
    private static final int BATCH = 256;

    @Parameter
    private LogService log;

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
        CharacterDataset data = new DatasetImporter().load(input == null ? null : input.toPath(), progress);
        for (String p : data.problems()) {
            log.warn(p);
        }
        return data;
    }

    @Override
    public TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress) {
        return new Trainer().train(data, options, progress);
    }

    @Override
    public List<LineReading> readText(ImagePlus image, String name, OcrModel model, LocateOptions locate,
        double threshold, String allowed, Progress progress) {
        Nd4jRuntime.useThreads(RECOGNITION_THREADS);
        TextReader reader = new TextReader(model, locate, threshold, allowed);
        List<LineReading> out = new ArrayList<>();
        int slices = image.getStackSize();
        for (int s = 1; s <= slices && !progress.isCanceled(); s++) {
            out.addAll(reader.read(GrayImages.slice(image, s), name, s));
            progress.progress(s, slices, "Reading " + name);
        }
        return out;
    }

    @Override
    public List<LineReading> readText(File input, OcrModel model, LocateOptions locate, double threshold,
        String allowed, Progress progress) {
        ImageSource source = ImageSource.of(input == null ? null : input.toPath());
        List<LineReading> out = new ArrayList<>();
        for (Path file : source.files()) {
            if (progress.isCanceled()) {
                break;
            }
            ImagePlus imp = openOrWarn(source, file);
            if (imp != null) {
                out.addAll(readText(imp, source.name(file), model, locate, threshold, allowed, progress));
            }
        }
        return out;
    }

    @Override
    public List<ClassifiedImage> classify(ImagePlus image, String name, OcrModel model, String allowed,
        Progress progress) {
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

    @Override
    public List<ClassifiedImage> classify(File input, OcrModel model, String allowed, Progress progress) {
        ImageSource source = ImageSource.of(input == null ? null : input.toPath());
        List<ClassifiedImage> out = new ArrayList<>();
        for (Path file : source.files()) {
            if (progress.isCanceled()) {
                break;
            }
            ImagePlus imp = openOrWarn(source, file);
            if (imp != null) {
                out.addAll(classify(imp, source.name(file), model, allowed, progress));
            }
        }
        return out;
    }

    private ImagePlus openOrWarn(ImageSource source, Path file) {
        try {
            return source.open(file);
        } catch (IOException e) {
            log.warn(file + ": skipped, " + e.getMessage());
            return null;
        }
    }
}
