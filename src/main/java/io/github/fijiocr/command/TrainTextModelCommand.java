package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.DatasetPlots;
import io.github.fijiocr.present.Publisher;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.present.TrainingWindows;
import io.github.fijiocr.train.line.LineDataset;
import io.github.fijiocr.train.line.LineTrainingOptions;
import io.github.fijiocr.train.line.LineTrainingResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Train Text Model: fine-tunes the line reader on the user's own labelled lines
 * (or trains a new one), as the HALCON Deep OCR workflow does: alphabet reduced to the dataset's,
 * a split by path and seed, augmentation, the best model by validation kept, a checkpoint to
 * resume from, and the base model and the result read side by side on the same test lines.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Train Text Model")
public class TrainTextModelCommand extends OcrCommand {
    @Parameter(label = "Line dataset (labels.csv, its folder, or a labelled stack)", persist = false, required = false)
    private File input;

    @Parameter(label = "Model file to write", style = "save", persist = false, required = false)
    private File output;

    /** bundled, none, or a line model file. */
    @Parameter(label = "Start from model", required = false, persist = false,
        description = "bundled: fine-tune the bundled line model; none: a new network; or a line model file")
    private String base_model = "bundled";

    @Parameter(label = "Alphabet", persist = false,
        description = "dataset: the labels' characters; base: the base model's; or the characters to read")
    private String alphabet = "dataset";

    @Parameter(label = "Epochs (0: from the dataset's size)", min = "0", persist = false)
    private int epochs = LineTrainingOptions.AUTO;

    @Parameter(label = "Batch size (0: from the dataset's size)", min = "0", persist = false)
    private int batch_size = LineTrainingOptions.AUTO;

    @Parameter(label = "Learning rate (0: 0.001 fine-tuning, 0.003 new)", min = "0", max = "1", persist = false)
    private double learning_rate = 0;

    @Parameter(label = "Stop after epochs without improvement (0: never, -1: from the epochs)", min = "-1",
        persist = false)
    private int patience = -1;

    @Parameter(label = "Augmentation", choices = {"standard", "none"}, persist = false,
        description = "standard: width, margins, contrast, blur, noise; none: the lines as they are")
    private String augment = "standard";

    @Parameter(label = "Resume from the checkpoint", persist = false)
    private boolean resume = false;

    @Parameter(label = "Random seed (also chooses the split)", persist = false)
    private long seed = 42;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text Training")
    private ResultsTable history;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Line Characters")
    private ResultsTable characters;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Line Problems", required = false)
    private ResultsTable problems;

    @Parameter(type = ItemIO.OUTPUT, label = "Test lines read exactly")
    private double test_exact;

    @Parameter(type = ItemIO.OUTPUT, label = "Test lines read exactly by the base model", required = false)
    private double baseline_exact = Double.NaN;

    @Override
    protected void execute() {
        if (input == null) {
            throw new OcrException("No input given: set input= to a labels.csv of path,label rows, its folder, or a"
                + " stack whose slice labels are the texts.");
        }
        if (output == null) {
            throw new OcrException("No output given: set output= to the model file to write, e.g. output=lines.zip.");
        }
        checkOutput("output", output, Outputs.Kind.MODEL, input);
        if (output.isFile() && !resume && !overwrite()) {
            throw new OcrException("output=" + output + " exists: choose another file, set resume=true to go on"
                + " training it, or overwrite=true to replace it.");
        }
        checkSplitFile();
        LineTrainingOptions options = new LineTrainingOptions();
        options.baseModel = lineModel("base_model", base_model, true);
        options.baseModelName = base_model;
        options.alphabet = alphabet;
        options.epochs = epochs;
        options.batchSize = batch_size;
        options.learningRate = learning_rate;
        options.patience = patience;
        options.augment = !"none".equals(augment);
        options.seed = seed;
        options.output = output.toPath();
        options.resume = resume;
        LineDataset data = engine().lineDataset(path(input));
        for (String problem : data.problems()) {
            log.warn(problem);
        }
        characters = Tables.counts(data.characters(), "character");
        publish.show(characters, "OCR Line Characters");
        publish.show(DatasetPlots.characters(data.characters()), null);
        if (!data.problems().isEmpty()) {
            problems = Tables.problems(data.problems());
            publish.show(problems, "OCR Line Problems");
        }
        TrainingWindows windows = Publisher.interactive() ? new TrainingWindows() : null;
        if (windows != null) {
            options.listener = windows;
        }
        LineTrainingResult result;
        try {
            result = engine().trainLines(data, options, windows == null ? progress() : windows.progress(progress()));
        } finally {
            if (windows != null) {
                windows.close();
            }
        }
        if (!result.leftOut.isEmpty()) {
            List<String> all = new ArrayList<>(data.problems());
            all.addAll(result.leftOut);
            problems = Tables.problems(all);
            publish.show(problems, "OCR Line Problems");
        }
        history = Tables.lineHistory(result.history);
        test_exact = result.testExact;
        baseline_exact = result.baselineExact;
        log.info(String.format("Saved %s: best epoch %d of %d; test lines read exactly: %.4f of %d%s%s", output,
            result.bestEpoch, result.history.size(), result.testExact, result.testLines,
            Double.isNaN(result.baselineExact) ? "" : String.format(" (%s before: %.4f)", base_model,
                result.baselineExact), result.canceled ? " (stopped; the best epoch so far is kept)" : ""));
        publish.table(history, "OCR Text Training", null);
    }

    /**
     * The split is written beside the model ({@code lines.split.csv}): never over the dataset
     * itself, and over an existing file only when going on (resume) or allowed (overwrite).
     */
    private void checkSplitFile() {
        Path split = LineDataset.splitFileFor(output.toPath()).toAbsolutePath().normalize();
        Path in = path(input).toAbsolutePath().normalize();
        if (split.equals(in) || split.equals(in.resolve("labels.csv"))) {
            throw new OcrException("output=" + output + " would write its split over input=" + input + " ("
                + split.getFileName() + "): choose another name for the model.");
        }
        if (Files.isRegularFile(split) && !resume && !overwrite()) {
            throw new OcrException(split + " exists (the split Train Text Model writes beside output=" + output.getName()
                + "): choose another output, set resume=true to go on, or overwrite=true to replace it.");
        }
    }
}
