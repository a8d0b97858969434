package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.DatasetProblem;
import io.github.fijiocr.dataset.SampleStack;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.DatasetPlots;
import io.github.fijiocr.present.Tables;
import java.io.File;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Import Character Dataset: reads a folder per class, a labels.csv or a labelled
 * stack; splits it (stratified, seeded, saved beside the dataset); checks it (HALCON's
 * find_invalid_samples); shows a summary table, a histogram of the classes, the problems and a
 * stack to browse.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Import Character Dataset")
public class ImportCharacterDatasetCommand extends OcrCommand {
    private static final DatasetOptions DEFAULTS = new DatasetOptions();

    @Parameter(label = "Dataset folder, labels.csv or labelled stack (empty: the current stack)",
        persist = false, required = false)
    private File input;

    @Parameter(label = "Stack", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Test fraction", min = "0", max = "0.9", persist = false)
    private double test_fraction = DEFAULTS.testFraction;

    @Parameter(label = "Validation fraction (of the rest)", min = "0", max = "0.9", persist = false)
    private double validation_fraction = DEFAULTS.validationFraction;

    @Parameter(label = "Random seed", persist = false)
    private long seed = DEFAULTS.seed;

    @Parameter(label = "Split file (empty: beside the dataset)", style = "save", required = false, persist = false)
    private File split_file;

    @Parameter(label = "Split again (ignore the saved split)", persist = false)
    private boolean resplit;

    @Parameter(label = "Check labels against model (empty: no check, or bundled, or a model file)",
        required = false, persist = false)
    private String model;

    @Parameter(label = "Leave out (none, all, or: blank aspect alphabet duplicate conflict leakage)",
        required = false, persist = false)
    private String drop = "none";

    @Parameter(label = "Largest aspect ratio", min = "1", persist = false)
    private double max_aspect = DEFAULTS.maxAspect;

    @Parameter(label = "Save problems as CSV (optional)", style = "save", required = false, persist = false)
    private File problems_file;

    @Parameter(label = "Show images as a stack", persist = false)
    private boolean show_images = true;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Dataset")
    private ResultsTable summary;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Dataset Problems")
    private ResultsTable problems;

    @Parameter(type = ItemIO.OUTPUT, label = "Images")
    private int images;

    @Override
    protected void execute() {
        checkOutput("problems_file", problems_file, Outputs.Kind.TABLE, input);
        checkOutput("split_file", split_file, Outputs.Kind.TABLE, input);
        DatasetOptions options = new DatasetOptions();
        options.testFraction = test_fraction;
        options.validationFraction = validation_fraction;
        options.seed = seed;
        options.splitFile = split_file == null ? null : split_file.toPath();
        options.resplit = resplit;
        options.maxAspect = max_aspect;
        options.drop = DatasetOptions.parseDrop(drop);
        options.alphabet = alphabet(model);
        CharacterDataset data = load(options);
        String name = input != null ? input.getName() : image.getTitle();
        summary = Tables.datasetSummary(data);
        problems = Tables.datasetProblems(data.problems());
        images = data.size();
        long dropped = data.problems().stream().filter(p -> p.kind() != DatasetProblem.Kind.UNREADABLE
            && p.dropped()).count();
        log.info("Imported " + data.size() + " images in " + data.classes().size() + " classes from " + name
            + "; " + data.problems().size() + " problems" + (dropped > 0 ? ", " + dropped + " left out" : ""));
        if (problems_file != null) {
            publish.save(problems, "problems_file", problems_file);
        }
        publish.table(summary, "OCR Dataset", null);
        if (problems.size() > 0) {
            publish.show(problems, "OCR Dataset Problems");
        }
        if (hasDisplay()) {
            publish.show(DatasetPlots.histogram(data), null);
            if (show_images) {
                publish.show(new ImagePlus("OCR Dataset " + name, SampleStack.fitted(data.samples(), 128)));
            }
        }
    }

    private CharacterDataset load(DatasetOptions options) {
        if (input != null) {
            return engine().importDataset(input.toPath(), options, progress());
        }
        if (image == null) {
            throw new OcrException("No dataset given: set input= to a folder with one sub-folder per class, a "
                + "labels.csv, or a stack whose slice labels are the classes; or open such a stack.");
        }
        return engine().importDataset(image, options, progress());
    }

    private List<String> alphabet(String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        return ocr.model(model.trim().equalsIgnoreCase("bundled") ? null : new File(model.trim())).alphabet();
    }
}
