package io.github.fijiocr.command;

import ij.measure.ResultsTable;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.label.LineCutter;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.macro.MacroResults;
import java.io.File;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Cut Characters from Lines: a line or word dataset becomes a character dataset
 * (a folder per class) wherever "Read Text"'s localisation cuts a line into as many characters as
 * its label has.
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
        CharacterDataset data = ocr.importDataset(input, DatasetOptions.readOnly(), progress());
        List<LineCutter.Outcome> outcomes = new LineCutter(locateOptions())
            .cut(data, output.toPath(), progress());
        lines = new ResultsTable();
        for (LineCutter.Outcome o : outcomes) {
            String chars = o.label.replaceAll("\\s+", "");
            int expected = chars.codePointCount(0, chars.length());
            lines.incrementCounter();
            lines.addValue("image", o.image);
            lines.addValue("label", o.label);
            lines.addValue("characters", expected);
            lines.addValue("found", o.found);
            lines.addValue("cut", o.cut ? "yes" : "no");
            if (!o.cut) {
                log.warn(o.image + ": found " + o.found + " characters where '" + o.label + "' has " + expected
                    + "; not cut");
            }
        }
        cut = (int) outcomes.stream().filter(o -> o.cut).count();
        log.info("Cut " + cut + " of " + outcomes.size() + " lines into characters under " + output);
        MacroResults.appendIfMacro(lines);
        if (hasDisplay()) {
            lines.show("OCR Cut Lines");
        }
    }
}
