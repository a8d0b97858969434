package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.label.LineCutter;
import io.github.fijiocr.present.Tables;
import java.io.File;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Cut Characters from Lines: a line or word dataset becomes a character dataset
 * (a folder per class) wherever "Read Text"'s localisation cuts a line into as many characters as
 * its label has; other lines are listed, not guessed at.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Cut Characters from Lines")
public class CutCharactersCommand extends LocatingCommand {
    @Parameter(label = "Line dataset (labels.csv, or its folder)", persist = false, required = false)
    private File input;

    @Parameter(label = "Character dataset folder to add to", style = "directory", persist = false, required = false)
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Cut Lines")
    private ResultsTable lines;

    @Parameter(type = ItemIO.OUTPUT, label = "Lines cut")
    private int cut;

    @Override
    protected void execute() {
        if (output == null) {
            throw new OcrException("No output given: set output= to the folder that receives a sub-folder per class.");
        }
        CharacterDataset data = engine().importDataset(path(input), DatasetOptions.readOnly(), progress());
        List<LineCutter.Outcome> outcomes = engine().cutCharacters(data, locateOptions(), output.toPath(), progress());
        outcomes.stream().filter(o -> !o.cut).forEach(o -> log.warn(o.image + ": found " + o.found
            + " characters where '" + o.label + "' has " + o.expected() + "; not cut"));
        cut = (int) outcomes.stream().filter(o -> o.cut).count();
        log.info("Cut " + cut + " of " + outcomes.size() + " lines into characters under " + output);
        lines = Tables.cutLines(outcomes);
        publish.table(lines, "OCR Cut Lines", null);
    }
}
