package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.calibrate.ScaleBar;
import io.github.fijiocr.calibrate.ScaleBarReader;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.Tables;
import java.io.File;
import java.util.Locale;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Read Scale Bar: the scale bar and its label on an image (or the current slice)
 * turned into the pixel size, set as the image's calibration when the reading is sure; how
 * precise it is (a short bar drawn to whole pixels gives it only to a few percent) is reported.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Read Scale Bar")
public class ReadScaleBarCommand extends OcrCommand {
    @Parameter(label = "Image file (empty: the current image)", required = false, persist = false)
    private File input;

    @Parameter(label = "Image", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Model file (empty: bundled line model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Reject below probability", min = "0", max = "1", persist = false,
        description = "the label's digits must reach it, or the scale is reported but not set")
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Set the scale (Analyze > Set Scale)", persist = false)
    private boolean set_calibration = true;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Scale Bar")
    private ResultsTable results;

    @Override
    protected void execute() {
        checkOutput("output", output, Outputs.Kind.TABLE, input, model);
        ImagePlus imp = openOne(input, image, "an image");
        ScaleBar s = engine().readScaleBar(imp, selection(imp, input),
            lineModel("model", model == null ? null : model.getPath(), false), threshold);
        boolean calibrate = set_calibration && input == null && s.sure;
        log.info(String.format(Locale.ROOT, "%s: scale bar %s, %.2f pixels long: %.6g %s per pixel, to +-%.1f%%%s%s",
            imp.getTitle(), s.label, s.length, s.pixelSize(), s.unit, 100 * s.precision(),
            s.precision() > ScaleBarReader.PRECISION ? " (a bar this short, drawn to whole pixels, gives it no better)" : "",
            s.sure ? "" : "; NOT set: " + s.doubt));
        if (calibrate) {
            Calibration cal = imp.getCalibration();
            cal.pixelWidth = s.pixelSize();
            cal.pixelHeight = s.pixelSize();
            cal.setUnit(s.unit);
            log.info(imp.getTitle() + ": scale set (Analyze > Set Scale shows it).");
        }
        results = Tables.scaleBar(imp.getTitle(), s, calibrate);
        publish.table(results, "OCR Scale Bar", output);
    }
}
