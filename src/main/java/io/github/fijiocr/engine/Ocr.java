package io.github.fijiocr.engine;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.calibrate.ScaleBarLabels;
import io.github.fijiocr.capture.FrameReader;
import io.github.fijiocr.capture.FrameSource;
import io.github.fijiocr.capture.LiveReader;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.DatasetProblem;
import io.github.fijiocr.dataset.SplitFile;
import io.github.fijiocr.evaluate.EvaluationSamples;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.evaluate.ModelEvaluator;
import io.github.fijiocr.label.LineCutter;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.LocatedSlice;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineEvaluation;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.train.Trainer;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.scijava.log.Logger;

/**
 * The engine: every job of Fiji OCR, for commands, the scripting service and benchmarks alike.
 * Jobs over images go through one {@link SlicePipeline}; recognition goes through one predictor
 * per job (see {@link io.github.fijiocr.model.Predictor}). Loaded models are shared and cached.
 * Holds no state but that cache, so one engine serves any number of jobs and threads.
 */
public final class Ocr {
    /** Whole-image classification feeds the network this many images at a time. */
    private static final int CLASSIFY_BATCH = io.github.fijiocr.model.Predictor.BATCH;
    private static final int MAX_LOGGED_PROBLEMS = 50;

    private final Logger log;
    private final Map<String, OcrModel> models = new ConcurrentHashMap<>();

    public Ocr(Logger log) {
        this.log = log;
    }

    /** A model file, or the bundled model when {@code file} is null; cached until the file changes. */
    public OcrModel model(Path file) {
        if (file == null) {
            return models.computeIfAbsent("bundled", k -> ModelFile.bundled());
        }
        String key = file.toAbsolutePath() + "@" + file.toFile().lastModified() + ":" + file.toFile().length();
        return models.computeIfAbsent(key, k -> ModelFile.load(file));
    }

    /**
     * The model a reading job uses: the file's (its kind decides how it reads), else the bundled
     * model of {@code reader}: the line model unless characters are asked for.
     */
    public OcrModel model(Path file, ReadOptions.Reader reader) {
        if (file != null || reader == ReadOptions.Reader.CHARACTERS) {
            return model(file);
        }
        return models.computeIfAbsent("bundled-line", k -> ModelFile.bundledLine());
    }

    public void saveModel(OcrModel model, Path file) {
        if (file == null) {
            throw new OcrException("No output given: set output= to the model file to write, e.g. output=digits.zip.");
        }
        try {
            ModelFile.save(model, file);
        } catch (IOException e) {
            throw new OcrException("Cannot write model " + file + ": " + e.getMessage()
                + ". Choose a folder you can write to.", e);
        }
    }

    /**
     * A stack's burned-in timestamps, one per frame, checked as a sequence (Read Timestamps).
     * {@code region}: where the timestamp is (null: found); {@code format}: a name of
     * {@link io.github.fijiocr.calibrate.TimestampReader#FORMATS} or a regular expression (null: detected).
     */
    public io.github.fijiocr.calibrate.Timestamps readTimestamps(ij.ImagePlus imp, java.awt.Rectangle region,
        String format, OcrModel lineModel, double threshold, Progress progress) {
        return readTimestamps(imp, region, format, lineModel, threshold, 1, progress);
    }

    /** As above, every slice's region read on {@code threads} workers (0: one per core), each with its own predictor. */
    public io.github.fijiocr.calibrate.Timestamps readTimestamps(ij.ImagePlus imp, java.awt.Rectangle region,
        String format, OcrModel lineModel, double threshold, int threads, Progress progress) {
        int workers = new ReadOptions().withThreads(threads).workers();
        return new io.github.fijiocr.calibrate.TimestampReader(lineRecognizer(lineModel, threshold), progress,
            workers == 1 ? io.github.fijiocr.calibrate.TimestampReader::inOrder : cropsOnWorkers(workers))
            .read(imp, region, format);
    }

    /** Read Timestamps' crops on {@code workers}, each with its own predictor, in slice order. */
    private io.github.fijiocr.calibrate.TimestampReader.CropReader cropsOnWorkers(int workers) {
        return (count, crop, pattern, recognizer, progress) -> {
            List<Slice> crops = new java.util.AbstractList<Slice>() {
                @Override
                public Slice get(int k) {
                    return new Slice("timestamps", k + 1, crop.apply(k), null);
                }

                @Override
                public int size() {
                    return count;
                }
            };
            return pipeline(progress).runOnWorkers(SliceSource.of(1, i -> "the stack", i -> crops),
                "Reading timestamps in", io.github.fijiocr.calibrate.TimestampReader.BATCH, workers, () -> {
                    io.github.fijiocr.recognize.line.LineRecognizer mine = recognizer.forAnotherThread();
                    return batch -> mine.readCrops(batch.stream().map(c -> c.gray).collect(Collectors.toList()),
                        pattern);
                });
        };
    }

    /** The scale bar of an image's current slice (Read Scale Bar); {@code area}: where to look (null: everywhere). */
    public io.github.fijiocr.calibrate.ScaleBar readScaleBar(ij.ImagePlus imp, java.awt.Rectangle area,
        OcrModel lineModel, double threshold) {
        return new io.github.fijiocr.calibrate.ScaleBarReader(lineRecognizer(lineModel, threshold)).read(imp, area);
    }

    private static io.github.fijiocr.recognize.line.LineRecognizer lineRecognizer(OcrModel model, double threshold) {
        if (!model.isLine()) {
            throw new OcrException("Timestamps and scale bars are read with a line model: leave model= empty for the"
                + " bundled one, or give a file Train Text Model wrote.");
        }
        return new io.github.fijiocr.recognize.line.LineRecognizer(model.predictor(null), null, threshold, null);
    }

    /** Lines, words and characters of every slice, without reading them. */
    public List<LocatedSlice> locate(SliceSource source, LocateOptions options, Progress progress) {
        TextLocator locator = new TextLocator(options);
        return pipeline(progress).run(source, "Locating text in", 1,
            batch -> List.of(new LocatedSlice(batch.get(0).image, batch.get(0).index,
                locator.locate(batch.get(0).gray, batch.get(0).roi))));
    }

    /** Text lines of every slice; characters under the threshold read as "?". */
    public List<LineReading> readText(SliceSource source, OcrModel model, ReadOptions options, Progress progress) {
        OcrModel m = model != null ? model : model(null, options.reader);
        return pipeline(progress).runOnWorkers(source, "Reading", 1, options.workers(), () -> {
            TextReader reader = textReader(m, options);
            return batch -> read(reader, batch.get(0));
        });
    }

    /** Each slice is one character (the seed tutorial's use). */
    public List<ClassifiedImage> classify(SliceSource source, OcrModel model, ReadOptions options,
        Progress progress) {
        return pipeline(progress).runOnWorkers(source, "Classifying", CLASSIFY_BATCH, options.workers(), () -> {
            CharacterClassifier classifier = new CharacterClassifier(model.predictor(options.allowed), options.threshold);
            return batch -> classify(classifier, batch);
        });
    }

    private static List<ClassifiedImage> classify(CharacterClassifier classifier, List<Slice> batch) {
        List<CharacterReading> readings = classifier.classify(grays(batch));
        List<ClassifiedImage> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(new ClassifiedImage(batch.get(i).image, batch.get(i).index, readings.get(i)));
        }
        return out;
    }

    /** Read Text on a line dataset against its labels, line by line. */
    public LineEvaluation evaluateText(CharacterDataset lines, OcrModel model, ReadOptions options,
        boolean ignoreSpaces, Progress progress) {
        OcrModel m = model != null ? model : model(null, options.reader);
        return LineEvaluation.of(pipeline(progress).runOnWorkers(SliceSource.samples(lines), "Reading", 1,
            options.workers(), () -> {
                TextReader reader = textReader(m, options);
                return batch -> List.of(LineEvaluation.row(batch.get(0).image, batch.get(0).label,
                    read(reader, batch.get(0)), ignoreSpaces));
            }));
    }

    /**
     * Scores a character model on a labelled dataset, each image one character: the test split
     * saved beside it ({@code testSplitOnly}, or every image when none is saved), or every image
     * not excluded. Characters no longer read are named in the log.
     */
    public ModelEvaluation evaluate(OcrModel model, CharacterDataset data, boolean testSplitOnly, String allowed,
        Progress progress) {
        EvaluationSamples samples = EvaluationSamples.of(data, testSplitOnly);
        log.info("Evaluating on " + samples.description());
        CharacterClassifier classifier = new CharacterClassifier(model.predictor(allowed), 0);
        List<String> truth = new ArrayList<>();
        List<CharacterReading> readings = pipeline(progress).run(SliceSource.samples(data, samples.indices()),
            "Evaluating", CLASSIFY_BATCH, batch -> {
                batch.forEach(s -> truth.add(s.label));
                return classifier.classify(grays(batch));
            });
        ModelEvaluator evaluator = new ModelEvaluator(model, allowed);
        ModelEvaluation evaluation = evaluator.evaluate(data.classes(), truth, readings);
        List<String> unreadable = evaluator.unreadable(evaluation);
        if (!unreadable.isEmpty()) {
            log.warn("The model" + (allowed == null || allowed.isEmpty() ? "" : " with allowed=" + allowed)
                + " cannot read the classes " + unreadable + "; their images count as errors.");
        }
        return evaluation;
    }

    /** Characters cut out of labelled line images into class folders under {@code output}. */
    public List<LineCutter.Outcome> cutCharacters(CharacterDataset lines, LocateOptions options, Path output,
        Progress progress) {
        LineCutter cutter = new LineCutter(options, lines, output);
        return pipeline(progress).run(SliceSource.samples(lines), "Cutting", 1,
            batch -> List.of(cutter.cut(batch.get(0).image, batch.get(0).label, batch.get(0).gray)));
    }

    /**
     * What training shows the network for the samples at {@code indices}: per sample, its
     * preprocessed input, then {@code variants} augmented copies, each drawn from (seed, variant,
     * sample), so the same image always gets the same variants.
     */
    public List<float[][]> augment(CharacterDataset data, int[] indices, Preprocessor pre, Augmenter augmenter,
        int variants, long seed, Progress progress) {
        int size = pre.settings().size();
        return pipeline(progress).run(SliceSource.samples(data, indices), "Augmenting", 1, batch -> {
            float[][] row = new float[1 + Math.max(0, variants)][];
            row[0] = pre.wholeImage(batch.get(0).gray);
            for (int v = 1; v < row.length; v++) {
                row[v] = augmenter.apply(row[0], size, Augmenter.sampleRandom(seed, v, batch.get(0).sample));
            }
            return List.<float[][]>of(row);
        });
    }

    /** Imports, splits (reusing a saved split) and checks a dataset; logs its problems. */
    public CharacterDataset importDataset(Path input, DatasetOptions options, Progress progress) {
        CharacterDataset data = new DatasetImporter().load(input, options, progress);
        reportDataset(data, options);
        return data;
    }

    /**
     * A labelled stack that is open (slice labels are the classes); its split is saved beside the
     * file it was opened from, unless {@code options.splitFile} says otherwise.
     */
    public CharacterDataset importDataset(ij.ImagePlus stack, DatasetOptions options, Progress progress) {
        ij.io.FileInfo fi = stack.getOriginalFileInfo();
        if (options.splitFile == null && fi != null && fi.directory != null && fi.fileName != null
            && !fi.fileName.isEmpty()) {
            options.splitFile = SplitFile.defaultFor(Path.of(fi.directory, fi.fileName));
        }
        CharacterDataset data = new DatasetImporter().load(stack, options, progress);
        reportDataset(data, options);
        return data;
    }

    /** Problems go to the log (the first ones in full), and a new or changed split is saved. */
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

    public TrainingResult train(CharacterDataset data, TrainingOptions options, Progress progress) {
        return new Trainer().train(data, options, progress);
    }

    /** A line dataset (labels.csv of path,label) with the lines that cannot be trained on reported. */
    public io.github.fijiocr.train.line.LineDataset lineDataset(Path input) {
        return io.github.fijiocr.train.line.LineDataset.load(input);
    }

    /** Trains or fine-tunes a line model (Train Text Model). */
    public io.github.fijiocr.train.line.LineTrainingResult trainLines(io.github.fijiocr.train.line.LineDataset data,
        io.github.fijiocr.train.line.LineTrainingOptions options, Progress progress) {
        return new io.github.fijiocr.train.line.LineTraining(data, options, progress).run();
    }

    /** Reads a camera (or a played recording) frame by frame, on this thread, until a limit or a stop. */
    public LiveReader.Outcome live(FrameSource camera, FrameReader.Mode mode, OcrModel model, ReadOptions options,
        LiveReader.Limits limits, LiveReader.Listener listener, Progress progress) {
        return new LiveReader(new FrameReader(mode, model, options)).run(camera, limits, listener, progress);
    }

    /**
     * A pipeline whose skipped items are warnings in the log, whatever the caller does with its
     * own lines, and are told to the caller (a launcher's exit status depends on them).
     */
    private SlicePipeline pipeline(Progress progress) {
        return new SlicePipeline(Progress.of(progress::progress, line -> {
            log.warn(line);
            progress.skipped(line);
        }, progress::isCanceled));
    }

    /**
     * Read Text's reader for one thread: {@link TextReader#of}, and with a line model a scale
     * bar's label the scene search left out looked for from its bar ({@link ScaleBarLabels}).
     */
    public static TextReader textReader(OcrModel model, ReadOptions options) {
        return TextReader.of(model, options).with(ScaleBarLabels::of);
    }

    private static List<LineReading> read(TextReader reader, Slice s) {
        return reader.read(s.gray, s.roi, s.image, s.index);
    }

    private static List<ij.process.ByteProcessor> grays(List<Slice> batch) {
        return batch.stream().map(s -> s.gray).collect(Collectors.toList());
    }
}
