package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.io.ResultTables;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.io.File;
import io.github.fijiocr.macro.MacroResults;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Train Character Model: trains on a dataset, keeps the best epoch by validation
 * accuracy, reports test accuracy and writes the model file (atomically).
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Train Character Model")
public class TrainCharacterModelCommand extends OcrCommand {
    @Parameter(label = "Dataset folder or labels.csv", persist = false, required = false)
    private File input;

    @Parameter(label = "Model file to write", style = "save", persist = false, required = false)
    private File output;

    @Parameter(label = "Architecture", choices = {"seed"}, persist = false)
    private String architecture = "seed";

    @Parameter(label = "Preprocessing", choices = {"standard", "seed"},
        description = "standard: ink box, aspect kept, contrast stretched; seed: whole image stretched, equalised", persist = false)
    private String preprocessing = "standard";

    @Parameter(label = "Epochs", min = "1", persist = false)
    private int epochs = 10;

    @Parameter(label = "Augment (shift, zoom, shear, rotation)", persist = false)
    private boolean augment = true;

    @Parameter(label = "Random seed", persist = false)
    private long seed = 42;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Training")
    private ResultsTable history;

    @Parameter(type = ItemIO.OUTPUT, label = "Test accuracy")
    private double test_accuracy;

    @Override
    protected void execute() {
        if (output == null) {
            throw new OcrException("No output given: set output= to the model file to write, e.g. output=digits.zip.");
        }
        DatasetOptions split = new DatasetOptions();
        split.seed = seed;
        CharacterDataset data = ocr.importDataset(input, split, progress());
        TrainingOptions options = new TrainingOptions();
        options.architecture = Architectures.fromKey(architecture);
        options.preprocessing = "seed".equals(preprocessing) ? Preprocessing.seed() : Preprocessing.standard();
        options.epochs = epochs;
        options.seed = seed;
        if (!augment) {
            options.augmenter = null;
        }
        TrainingResult result = ocr.train(data, options, progress());
        ocr.saveModel(result.model, output);
        history = ResultTables.history(result.history);
        test_accuracy = result.test.accuracy();
        log.info(String.format("Saved %s: best epoch %d, test accuracy %.4f on %d images, %.0f samples/s%s",
            output, result.bestEpoch, test_accuracy, result.test.total(), result.trainSamplesPerSecond,
            result.canceled ? " (canceled early; best epoch so far kept)" : ""));
        MacroResults.appendIfMacro(history);
        if (hasDisplay()) {
            history.show("OCR Training");
        }
    }
}
