package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.present.TextRois;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.ctc.Lexicon;
import java.io.File;
import java.util.List;
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

    @Parameter(label = "Reader", choices = {"line", "characters"}, persist = false,
        description = "line: each line read whole by the bundled line model; characters: cut into characters"
            + " and classify each (a model file's own kind decides)")
    private String reader = "line";

    @Parameter(label = "Layout", choices = {"auto", "lines", "single_line", "scene"}, persist = false,
        description = "auto: the located lines and text anywhere else, the more confident kept; lines: find the"
            + " lines; single_line: the image or selection is one line; scene: text anywhere in a photo or"
            + " micrograph, each candidate judged by the line reader")
    private String layout = "auto";

    @Parameter(label = "Reject below probability", min = "0", max = "1", persist = false)
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Allowed characters (empty: all)", required = false, persist = false,
        description = "e.g. 0123456789 for a meter; other characters are never read")
    private String allowed;

    @Parameter(label = "Pattern each line must match (empty: any)", required = false, persist = false,
        description = "a regular expression, or time, date, number, decimal; e.g. \\d\\d:\\d\\d:\\d\\d")
    private String pattern;

    @Parameter(label = "Lexicon (none, english, or a word list file)", required = false, persist = false,
        description = "line model only: a word the network is unsure of is read as the likeliest word of the list;"
            + " clear readings, numbers and codes stay as read; none: read as the network reads")
    private String lexicon = Lexicon.ENGLISH;

    @Parameter(label = "Orientation", choices = {"upright", "auto"}, persist = false,
        description = "upright: text reads left to right; auto: also turned 90, 180 and 270 degrees (four times the"
            + " time)")
    private String orientation = "upright";

    @Parameter(label = "Threads (0: one per core)", min = "0", persist = false,
        description = "workers for a folder or stack, each with its own copy of the network")
    private int threads;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Text")
    private ResultsTable results;

    @Override
    protected void execute() {
        checkOutput("output", output, Outputs.Kind.TABLE, input, model);
        List<LineReading> lines = engine().readText(images(input, image, "read"), readingModel(model, reader),
            readOptions(threshold, allowed, pattern, reader, layout, lexicon)
                .with(Keys.choice("orientation", orientation, ReadOptions.Orientation.class)).withThreads(threads),
            progress());
        if (input == null && hasDisplay()) {
            TextRois.show(image, TextRois.ofReadings(lines), false);
        }
        results = Tables.lines(lines);
        publish.table(results, "OCR Text", output);
    }
}
