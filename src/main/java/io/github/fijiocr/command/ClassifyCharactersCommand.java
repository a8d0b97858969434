package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.recognize.ReadOptions;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins > OCR > Classify Characters: each image or slice is one character (the seed's use). */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Classify Characters")
public class ClassifyCharactersCommand extends OcrCommand {
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

    @Parameter(label = "Threads (0: one per core)", min = "0", persist = false,
        description = "workers for a folder or stack, each with its own copy of the network")
    private int threads;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Characters")
    private ResultsTable results;

    @Override
    protected void execute() {
        checkOutput("output", output, Outputs.Kind.TABLE, input, model);
        results = Tables.characters(engine().classify(images(input, image, "classify"), ocr.model(model),
            ReadOptions.of(null, threshold, allowed).withThreads(threads), progress()));
        publish.table(results, "OCR Characters", output);
    }
}
