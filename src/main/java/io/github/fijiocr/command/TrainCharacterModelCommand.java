package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.present.Publisher;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.present.TrainingWindows;
import io.github.fijiocr.train.TrainingListener;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Train Character Model: trains on a dataset's split with live loss and accuracy
 * plots, keeps the best epoch by validation in the model file (written atomically after every
 * better epoch, with a checkpoint to resume from), and reports test accuracy; with
 * {@code base_model} it fine-tunes a trained model and compares it with its start.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Train Character Model")
public class TrainCharacterModelCommand extends OcrCommand {
    @Parameter(label = "Dataset folder or labels.csv", persist = false, required = false)
    private File input;

    @Parameter(label = "Model file to write", style = "save", persist = false, required = false)
    private File output;

    /** A file key for its Browse button; the word {@code bundled} is accepted as well. */
    @Parameter(label = "Start from model", required = false, persist = false,
        description = "empty: a new network; bundled: fine-tune the bundled model; or a model file to fine-tune")
    private File base_model;

    private static final TrainingOptions DEFAULTS = new TrainingOptions();

    @Parameter(label = "Architecture", choices = {"compact", "small", "seed"}, persist = false,
        description = "compact: fastest (the default); small: 3x3 convolutions 32-32-64-64; seed: the tutorial's LeNet")
    private String architecture = Architectures.DEFAULT.key();

    @Parameter(label = "Preprocessing", choices = {"auto", "standard", "seed"},
        description = "auto: the checkpoint's when resuming; when fine-tuning, the base model's or the whole image,"
            + " whichever a short trial of each reads better on the validation split; else standard; "
            + "standard: ink box, aspect kept, equalised; seed: whole image stretched, equalised", persist = false)
    private String preprocessing = "auto";

    @Parameter(label = "Epochs (0: from the dataset's size)", min = "0", persist = false)
    private int epochs = TrainingOptions.AUTO;

    @Parameter(label = "Batches per epoch (0: one pass over the data)", min = "0", persist = false)
    private int steps_per_epoch = 0;

    @Parameter(label = "Batch size (0: from the dataset's size)", min = "0", persist = false)
    private int batch_size = TrainingOptions.AUTO;

    @Parameter(label = "Learning rate", min = "0.0000001", max = "1", persist = false)
    private double learning_rate = DEFAULTS.learningRate;

    @Parameter(label = "Learning rate decay", choices = {"cosine", "none"}, persist = false,
        description = "cosine: from the learning rate down towards 0 over the epochs; none: constant (the seed's)")
    private String learning_rate_decay = "cosine";

    @Parameter(label = "Stop after epochs without improvement (0: never, -1: from the epochs)", min = "-1",
        persist = false)
    private int patience = -1;

    @Parameter(label = "Augmentation", choices = {"auto", "seed", "standard", "none"}, persist = false,
        description = "auto: standard when fine-tuning, else seed; seed: shift, zoom, shear, rotation; standard: also"
            + " brightness, contrast, blur, noise, stroke, border crop")
    private String augment = "auto";

    @Parameter(label = "Resume from the checkpoint", persist = false)
    private boolean resume = false;

    @Parameter(label = "Random seed", persist = false)
    private long seed = DEFAULTS.seed;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Training")
    private ResultsTable history;

    @Parameter(type = ItemIO.OUTPUT, label = "Test accuracy")
    private double test_accuracy;

    @Parameter(type = ItemIO.OUTPUT, label = "Test accuracy of the base model (fine-tuning only)", required = false)
    private double baseline_accuracy = Double.NaN;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Fine-tuning", required = false)
    private ResultsTable fine_tuning;

    @Override
    protected void execute() {
        if (output == null) {
            throw new OcrException("No output given: set output= to the model file to write, e.g. output=digits.zip.");
        }
        checkOutput("output", output, Outputs.Kind.MODEL, input, bundled() ? null : base_model);
        keepFinishedModel();
        DatasetOptions split = new DatasetOptions();
        split.seed = seed;
        CharacterDataset data = engine().importDataset(path(input), split, progress());
        TrainingWindows windows = Publisher.interactive() ? new TrainingWindows() : null;
        TrainingOptions options = options(windows);
        TrainingResult result;
        try {
            result = engine().train(data, options, windows == null ? progress() : windows.progress(progress()));
        } finally {
            if (windows != null) {
                windows.close();
            }
        }
        history = Tables.history(result.history);
        test_accuracy = result.test.accuracy();
        baseline_accuracy = result.baselineAccuracy;
        log.info(result.summary(output));
        if (!Double.isNaN(result.baselineAccuracy)) {
            fine_tuning = Tables.fineTuning(options.baseModelName, result);
            log.info(String.format("Fine-tuning %s: test accuracy %.4f before, %.4f after, on the same %d images",
                options.baseModelName, result.baselineAccuracy, test_accuracy, result.test.total()));
        }
        publish.table(history, "OCR Training", null);
        publish.show(fine_tuning, "OCR Fine-tuning");
    }

    /**
     * A finished model at output= is kept: a new run would replace it after its first better
     * epoch, and a run killed then would leave a one-epoch model. resume=true goes on with it;
     * overwrite=true replaces it.
     */
    private void keepFinishedModel() {
        if (resume || overwrite() || !output.isFile()) {
            return;
        }
        Object status = ocr.model(output).metadata().training().get("status");
        if ("done".equals(status)) {
            throw new OcrException("output=" + output + " is a finished model: choose another file, set resume=true "
                + "to train it further, or overwrite=true to replace it.");
        }
    }

    /** base_model=bundled, unless a file of that name is meant. */
    private boolean bundled() {
        return base_model != null && "bundled".equalsIgnoreCase(base_model.getPath().trim()) && !base_model.exists();
    }

    private TrainingOptions options(TrainingListener listener) {
        TrainingOptions options = new TrainingOptions();
        options.architecture = Architectures.fromKey(architecture);
        options.autoAugment = "auto".equals(augment);
        options.augmenter = options.autoAugment ? null : Augmenter.fromKey(augment);
        options.epochs = epochs;
        options.stepsPerEpoch = steps_per_epoch;
        options.batchSize = batch_size;
        options.learningRate = learning_rate;
        options.cosineDecay = "cosine".equals(learning_rate_decay);
        options.patience = patience;
        options.seed = seed;
        options.output = output.toPath();
        options.resume = resume;
        if (base_model != null) {
            options.baseModel = ocr.model(bundled() ? null : base_model);
            options.baseModelName = bundled() ? "bundled" : base_model.getName();
            if (options.baseModel.isLine()) {
                throw new OcrException("base_model=" + base_model + " is a line model, which reads whole lines;"
                    + " Train Character Model fine-tunes character models: give one, or bundled.");
            }
        }
        options.preprocessing = TrainingOptions.preprocessing(preprocessing, options.baseModel, options.output, resume);
        options.autoPreprocessing = "auto".equals(preprocessing) && options.baseModel != null && !resume;
        if (listener != null) {
            options.listener = listener;
        }
        return options;
    }
}
