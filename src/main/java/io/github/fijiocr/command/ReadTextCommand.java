package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.io.ResultTables;
import io.github.fijiocr.recognize.ImageReading;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.recognize.LineReading;
import java.awt.Color;
import java.io.File;
import io.github.fijiocr.locate.TextRois;
import java.util.ArrayList;
import java.util.List;
import io.github.fijiocr.macro.MacroResults;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins > OCR > Read Text: every line of text in an image, stack or folder, into a table. */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Read Text")
public class ReadTextCommand extends LocatingCommand {
    @Parameter(label = "Image file or folder (empty: the current image)", required = false, persist = false)
    private File input;

    @Parameter(label = "Image", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Model file (empty: bundled model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Reject below probability", min = "0", max = "1", persist = false)
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Allowed characters (empty: all)", required = false, persist = false,
        description = "e.g. 0123456789 for a meter; other characters are never read")
    private String allowed;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text")
    private ResultsTable results;

    @Override
    protected void execute() {
        LocateOptions locate = locateOptions();
        List<LineReading> lines;
        if (input != null) {
            lines = ocr.readText(input, ocr.model(model), locate, threshold, allowed, progress());
        } else if (image != null) {
            lines = new ImageReading(ocr.model(model), allowed).readText(image, image.getTitle(), locate, threshold,
                progress());
            if (hasDisplay()) {
                image.setOverlay(TextRois.merge(image.getOverlay(), overlay(lines)));
            }
        } else {
            throw new OcrException("Nothing to read: open an image, or set input= to an image file or a folder.");
        }
        results = ResultTables.lines(lines);
        if (output != null) {
            saveCsv(results, output);
        }
        MacroResults.appendIfMacro(results);
        if (hasDisplay()) {
            results.show("OCR Text");
        }
    }

    /** Boxes around the characters and the text above each line, per slice. */
    private static List<Roi> overlay(List<LineReading> lines) {
        List<Roi> overlay = new ArrayList<>();
        for (LineReading line : lines) {
            for (var c : line.characters) {
                Roi box = new Roi(c.box);
                box.setStrokeColor(Color.YELLOW);
                box.setPosition(line.slice);
                overlay.add(box);
            }
            TextRoi label = new TextRoi(line.bounds.x, Math.max(0, line.bounds.y - 14), line.text);
            label.setStrokeColor(Color.CYAN);
            label.setPosition(line.slice);
            overlay.add(label);
        }
        return overlay;
    }
}
