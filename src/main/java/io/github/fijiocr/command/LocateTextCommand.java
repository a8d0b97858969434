package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.io.ResultTables;
import io.github.fijiocr.locate.ImageLocating;
import io.github.fijiocr.locate.LocatedSlice;
import io.github.fijiocr.locate.TextRois;
import io.github.fijiocr.macro.MacroResults;
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
        ImageLocating locating = new ImageLocating(locateOptions());
        List<LocatedSlice> found;
        if (input != null) {
            found = locating.locate(ImageSource.of(input.toPath()), progress());
        } else if (image != null) {
            found = locating.locate(image, image.getTitle(), progress());
            show(found);
        } else {
            throw new OcrException("Nothing to search: open an image, or set input= to an image file or a folder.");
        }
        boxes = ResultTables.boxes(found);
        characters = (int) found.stream().flatMap(s -> s.lines.stream()).mapToLong(l -> l.glyphs().size()).sum();
        if (output != null) {
            saveCsv(boxes, output);
        }
        MacroResults.appendIfMacro(boxes);
        if (hasDisplay()) {
            boxes.show("Text Boxes");
        }
    }

    /** The boxes in the image's overlay (the user's own overlay elements stay) and in the ROI Manager. */
    private void show(List<LocatedSlice> found) {
        boolean stack = image.getStackSize() > 1;
        List<Roi> rois = new ArrayList<>();
        for (LocatedSlice s : found) {
            rois.addAll(TextRois.of(s, stack));
        }
        image.setOverlay(TextRois.merge(image.getOverlay(), rois));
        if (add_to_manager && hasDisplay()) {
            RoiManager manager = RoiManager.getInstance();
            if (manager == null) {
                manager = new RoiManager();
            }
            for (Roi r : rois) {
                // The overlay keeps its own; the manager gets copies.
                manager.addRoi((Roi) r.clone());
            }
        }
    }
}
