package io.github.fijiocr;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.engine.ImgLib2Slices;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** The scripting face of the engine: each method is one engine call. */
@Plugin(type = Service.class)
public class DefaultOcrService extends AbstractService implements OcrService {
    @Parameter
    private LogService log;

    /** Made on first use, not when Fiji starts (see {@link OcrService} on ImageJ 1.x types). */
    private Ocr engine;

    @Override
    public synchronized Ocr engine() {
        if (engine == null) {
            engine = new Ocr(log);
        }
        return engine;
    }

    @Override
    public OcrModel model(File file) {
        return engine().model(path(file));
    }

    @Override
    public OcrModel model(File file, ReadOptions.Reader reader) {
        return engine().model(path(file), reader);
    }

    @Override
    public void saveModel(OcrModel model, File file) {
        engine().saveModel(model, path(file));
    }

    @Override
    public CharacterDataset importDataset(File input, Progress progress) {
        DatasetOptions options = new DatasetOptions();
        options.saveSplit = false;
        return importDataset(input, options, progress);
    }

    @Override
    public CharacterDataset importDataset(File input, DatasetOptions options, Progress progress) {
        return engine().importDataset(path(input), options, progress);
    }

    @Override
    public TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress) {
        return engine().train(data, options, progress);
    }

    @Override
    public List<LineReading> readText(File input, OcrModel model, LocateOptions locate, double threshold,
        String allowed, Progress progress) {
        return engine().readText(files(input), model, ReadOptions.of(locate, threshold, allowed), progress);
    }

    @Override
    public io.github.fijiocr.calibrate.Timestamps readTimestamps(File stack, String format, double threshold,
        Progress progress) {
        return engine().readTimestamps(io.github.fijiocr.io.VirtualStacks.open(stack), null,
            format == null || "auto".equals(format) ? null : format, model(null, ReadOptions.Reader.LINE), threshold,
            0, progress);
    }

    @Override
    public io.github.fijiocr.calibrate.ScaleBar readScaleBar(File image, double threshold) {
        return engine().readScaleBar(io.github.fijiocr.io.VirtualStacks.open(image), null, model(null, ReadOptions.Reader.LINE), threshold);
    }

    @Override
    public <T extends RealType<T>> List<LineReading> readText(RandomAccessibleInterval<T> image, String name,
        OcrModel model, ReadOptions options, Progress progress) {
        return engine().readText(ImgLib2Slices.of(image, name), model, options, progress);
    }

    @Override
    public List<ClassifiedImage> classify(File input, OcrModel model, double threshold, String allowed,
        Progress progress) {
        return engine().classify(files(input), model, ReadOptions.of(null, threshold, allowed), progress);
    }

    @Override
    public <T extends RealType<T>> List<ClassifiedImage> classify(RandomAccessibleInterval<T> image, String name,
        OcrModel model, ReadOptions options, Progress progress) {
        return engine().classify(ImgLib2Slices.of(image, name), model, options, progress);
    }

    @Override
    public ModelEvaluation evaluate(OcrModel model, CharacterDataset data, boolean testSplitOnly, String allowed,
        Progress progress) {
        return engine().evaluate(model, data, testSplitOnly, allowed, progress);
    }

    private static SliceSource files(File input) {
        return SliceSource.files(ImageSource.of(path(input)));
    }

    /** An empty path is no path: what a macro's {@code input=[]} gives. */
    private static Path path(File file) {
        return file == null || file.getPath().isEmpty() ? null : file.toPath();
    }
}
