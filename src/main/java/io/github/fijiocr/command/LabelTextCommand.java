package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.label.RoiLabelExport;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.present.TextRois;
import java.io.File;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Label Text with ROI Manager: the ROIs of the ROI Manager (or, without one, of
 * the image's overlay), each named with its text, become dataset images: characters in a folder
 * per class, lines and words with a labels.csv. The ROI Manager is only read, never changed.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Label Text with ROI Manager")
public class LabelTextCommand extends OcrCommand {
    @Parameter(label = "Image")
    private ImagePlus image;

    @Parameter(label = "Dataset folder to add to", style = "directory", persist = false, required = false)
    private File output;

    @Parameter(label = "ROIs are", choices = {"auto", "characters", "lines"}, persist = false,
        description = "auto: a one-character name is a character, a longer one a line or word")
    private String kind = "auto";

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Labels")
    private ResultsTable exported;

    @Override
    protected void execute() {
        if (output == null) {
            throw new OcrException("No output given: set output= to the dataset folder to add the labelled "
                + "crops to (it is created if needed).");
        }
        RoiLabelExport export = new RoiLabelExport();
        List<RoiLabelExport.Crop> crops = export.export(image, TextRois.userRois(image), output.toPath(),
            Keys.choice("kind", kind, RoiLabelExport.Kind.class));
        export.skipped().forEach(log::warn);
        exported = Tables.labels(crops, output.toPath());
        log.info("Exported " + crops.size() + " labelled crops of " + image.getTitle() + " to " + output
            + (export.skipped().isEmpty() ? "" : "; skipped " + export.skipped().size() + " unnamed ROIs"));
        publish.table(exported, "OCR Labels", null);
    }
}
