package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.present.ConfusionHeatMap;
import io.github.fijiocr.present.EvaluationTables;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Evaluate Model: a character model on a labelled dataset (by default the test
 * images of its saved split): accuracy, per-class precision, recall and F1, the confusion matrix as
 * a table and a heat map, the most confused pairs, and read rate against error rate over the
 * rejection threshold with the lowest threshold that meets a target error rate.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Evaluate Model")
public class EvaluateModelCommand extends OcrCommand {
    @Parameter(label = "Model file (empty: bundled model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Dataset folder, labels.csv or labelled stack", persist = false, required = false)
    private File input;

    @Parameter(label = "Images", choices = {"test", "all"}, persist = false,
        description = "test: the test images of the split saved beside the dataset (all when none is saved)")
    private String split = "test";

    @Parameter(label = "Allowed characters (empty: all)", required = false, persist = false)
    private String allowed;

    @Parameter(label = "Target error rate", min = "0", max = "1", persist = false,
        description = "the lowest rejection threshold whose error rate among read characters is at most this")
    private double target_error = 0.01;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Evaluation")
    private ResultsTable classes;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Evaluation Summary")
    private ResultsTable summary;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Confusion Matrix")
    private ResultsTable confusion;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Confused Pairs")
    private ResultsTable pairs;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Read Rate")
    private ResultsTable read_rate;

    @Parameter(type = ItemIO.OUTPUT, label = "Confusion heat map")
    private ImagePlus heat_map;

    @Parameter(type = ItemIO.OUTPUT, label = "Accuracy")
    private double accuracy;

    @Override
    protected void execute() {
        if (input == null) {
            throw new OcrException("No dataset given: set input= to a folder with one sub-folder per class, a "
                + "labels.csv, or a stack whose slice labels are the classes.");
        }
        boolean testOnly = split.equals("test");
        OcrModel m = ocr.model(model);
        // Read-only: evaluating must not write a split file beside the user's data.
        CharacterDataset data = engine().importDataset(input.toPath(), DatasetOptions.readOnly(), progress());
        ModelEvaluation e = engine().evaluate(m, data, testOnly, allowed, progress());
        classes = EvaluationTables.perClass(e);
        summary = EvaluationTables.summary(e, target_error);
        confusion = EvaluationTables.confusion(e);
        pairs = EvaluationTables.confusedPairs(e);
        read_rate = EvaluationTables.readRate(e);
        String name = model == null ? "bundled model" : model.getName();
        heat_map = ConfusionHeatMap.of(e, "OCR Confusion " + name + " on " + input.getName());
        accuracy = e.accuracy();
        log.info(name + " on " + input.getName() + ": " + e.report(target_error));
        // The heat map is an output image, which Fiji displays itself (as Preprocess's stack).
        publish.show(classes, "OCR Evaluation");
        publish.table(summary, "OCR Evaluation Summary", null);
        publish.show(confusion, "OCR Confusion Matrix");
        publish.show(pairs, "OCR Confused Pairs");
        publish.show(read_rate, "OCR Read Rate");
    }
}
