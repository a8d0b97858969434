package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.locate.LocatedSlice;
import io.github.fijiocr.present.Tables;
import io.github.fijiocr.present.TextRois;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Locate Text: characters, words and lines of an image, stack or folder, as a
 * table of boxes; on an open image also as an overlay and, where there is a screen, as ROIs added
 * to the ROI Manager (added to what is there, never reset). An area ROI on the image limits the
 * search to it.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Locate Text")
public class LocateTextCommand extends LocatingCommand {
    @Parameter(label = "Image file or folder (empty: the current image)", required = false, persist = false)
    private File input;

    @Parameter(label = "Image", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Add ROIs to the ROI Manager", persist = false)
    private boolean add_to_manager = true;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "Text Boxes")
    private ResultsTable boxes;

    @Parameter(type = ItemIO.OUTPUT, label = "Characters found")
    private int characters;

    @Override
    protected void execute() {
        checkOutput("output", output, Outputs.Kind.TABLE, input);
        List<LocatedSlice> found = engine().locate(images(input, image, "search"), locateOptions(), progress());
        if (input == null) {
            List<Roi> rois = new ArrayList<>();
            found.forEach(s -> rois.addAll(TextRois.of(s, image.getStackSize() > 1)));
            TextRois.show(image, rois, add_to_manager);
        }
        boxes = Tables.boxes(found);
        characters = (int) found.stream().flatMap(s -> s.lines.stream()).mapToLong(l -> l.glyphs().size()).sum();
        publish.table(boxes, "Text Boxes", output);
    }
}
