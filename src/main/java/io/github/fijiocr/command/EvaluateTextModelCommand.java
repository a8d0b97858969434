package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.present.ReadingMontage;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.train.line.LineDataset;
import io.github.fijiocr.train.line.TextModelEvaluation;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Evaluate Text Model: a line model, and a base model beside it, on the same test
 * lines of a line dataset (the split Train Text Model used, by path and seed): exact lines,
 * character error rate, the most frequent substitutions, read and error rates by threshold, and
 * each test line with both readings.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Evaluate Text Model")
public class EvaluateTextModelCommand extends OcrCommand {
    @Parameter(label = "Line dataset (labels.csv, its folder, or a labelled stack)", persist = false, required = false)
    private File input;

    @Parameter(label = "Line model file (empty: bundled line model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Compare with (bundled, none, or a line model file)", required = false, persist = false)
    private String base_model = "bundled";

    @Parameter(label = "Lines", choices = {"test", "all"}, persist = false,
        description = "test: the test part of the split Train Text Model uses (by path and seed); all: every line")
    private String lines = "test";

    @Parameter(label = "Random seed of the split", persist = false)
    private long seed = 42;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text Model Evaluation")
    private ResultsTable summary;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text Substitutions")
    private ResultsTable substitutions;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text Thresholds")
    private ResultsTable thresholds;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text Readings")
    private ResultsTable readings;

    @Parameter(type = ItemIO.OUTPUT, label = "Lines read exactly")
    private double exact;

    @Override
    protected void execute() {
        if (input == null) {
            throw new OcrException("No input given: set input= to a labels.csv of path,label rows, its folder, or a stack whose slice"
                + " labels are the texts.");
        }
        OcrModel evaluated = lineModel("model", model == null ? null : model.getPath(), false);
        OcrModel base = lineModel("base_model", base_model, true);
        LineDataset data = engine().lineDataset(path(input));
        data.problems().forEach(log::warn);
        List<LineDataset.Line> chosen = "all".equals(lines) ? data.lines() : data.part(LineDataset.Part.TEST, seed);
        if (chosen.isEmpty()) {
            throw new OcrException("input=" + input + " has no test lines for seed=" + seed
                + ": label more lines, or set lines=all.");
        }
        List<String> allowed = new ArrayList<>(evaluated.alphabet());
        TextModelEvaluation mine = TextModelEvaluation.of(evaluated, chosen, null);
        // The base reads only what the evaluated model can, as Train Text Model's baseline does.
        TextModelEvaluation theirs = base == null ? null : TextModelEvaluation.of(base, chosen, allowed);
        exact = mine.exact;
        summary = Tables.textModels(modelName(), mine, base == null ? null : base_model, theirs);
        substitutions = Tables.substitutions(mine.substitutions(20));
        thresholds = Tables.textThresholds(mine.thresholds());
        readings = Tables.textReadings(mine, theirs);
        log.info(String.format("%s reads %.4f of %d lines exactly, character error rate %.4f%s", modelName(),
            mine.exact, chosen.size(), mine.characterErrorRate, theirs == null ? "" : String.format(
                "; %s: %.4f, %.4f", base_model, theirs.exact, theirs.characterErrorRate)));
        publish.table(summary, "OCR Text Model Evaluation", null);
        publish.show(substitutions, "OCR Text Substitutions");
        publish.show(thresholds, "OCR Text Thresholds");
        publish.show(readings, "OCR Text Readings");
        if (hasDisplay()) {
            publish.show(ReadingMontage.of(mine, modelName(), theirs, base_model));
        }
    }

    private String modelName() {
        return model == null || model.getPath().isEmpty() ? "bundled" : model.getName();
    }
}
