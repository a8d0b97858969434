package io.github.fijiocr.command;

import ij.gui.Plot;
import ij.measure.ResultsTable;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import java.io.File;
import java.util.List;
import io.github.fijiocr.macro.MacroResults;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Import Character Dataset: reads a folder per class or a labels.csv, reports
 * skipped files, and tabulates each class with its share of the seeded train/validation/test split.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Import Character Dataset")
public class ImportCharacterDatasetCommand extends OcrCommand {
    @Parameter(label = "Dataset folder or labels.csv", persist = false, required = false)
    private File input;

    @Parameter(label = "Test fraction", min = "0", max = "0.9", persist = false)
    private double test_fraction = 0.2;

    @Parameter(label = "Validation fraction (of the rest)", min = "0", max = "0.9", persist = false)
    private double validation_fraction = 0.2;

    @Parameter(label = "Random seed", persist = false)
    private long seed = 42;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Dataset")
    private ResultsTable summary;

    @Parameter(type = ItemIO.OUTPUT, label = "Skipped files")
    private int skipped;

    @Override
    protected void execute() {
        CharacterDataset data = ocr.importDataset(input, progress());
        DatasetSplit split = DatasetSplit.stratified(data.labelIndices(), test_fraction, validation_fraction, seed);
        int[] labels = data.labelIndices();
        List<String> classes = data.classes();
        int[][] counts = new int[classes.size()][DatasetSplit.Part.values().length];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]][split.part(i).ordinal()]++;
        }
        summary = new ResultsTable();
        for (int c = 0; c < classes.size(); c++) {
            summary.incrementCounter();
            summary.addValue("class", classes.get(c));
            summary.addValue("count", counts[c][0] + counts[c][1] + counts[c][2]);
            summary.addValue("train", counts[c][DatasetSplit.Part.TRAIN.ordinal()]);
            summary.addValue("validation", counts[c][DatasetSplit.Part.VALIDATION.ordinal()]);
            summary.addValue("test", counts[c][DatasetSplit.Part.TEST.ordinal()]);
        }
        skipped = data.problems().size();
        log.info("Imported " + data.size() + " images in " + classes.size() + " classes from " + input
            + (skipped > 0 ? "; skipped " + skipped + " (see warnings)" : ""));
        MacroResults.appendIfMacro(summary);
        if (hasDisplay()) {
            summary.show("OCR Dataset");
            histogram(summary, classes).show();
        }
    }

    private static Plot histogram(ResultsTable summary, List<String> classes) {
        double[] x = new double[classes.size()];
        double[] y = summary.getColumn("count");
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        Plot plot = new Plot("Images per class", "class (index; see OCR Dataset table)", "images");
        plot.add("bar", x, y);
        return plot;
    }
}
