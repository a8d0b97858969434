package io.github.fijiocr.command;

import ij.ImagePlus;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.io.TiffStacks;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.present.NetworkView;
import java.io.File;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.Previewable;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Preprocess: exactly what the network sees (gray, ink box or whole image,
 * stretched or fitted with padding, contrast equalised or stretched, pixel v meaning v/255), for
 * one image or stack, or a whole dataset as a stack to browse. In the dialog, Preview shows the
 * current image's result live as the settings change.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Preprocess")
public class PreprocessCommand extends OcrCommand implements Previewable {
    @Parameter(label = "Dataset or image file (empty: the current image)", required = false, persist = false)
    private File input;

    @Parameter(label = "Image", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Model whose preprocessing to show (empty: the settings below)", required = false,
        persist = false)
    private File model;

    @Parameter(label = "Input size (pixels)", min = "8", max = "256", persist = false)
    private int size = 32;

    @Parameter(label = "Resize", choices = {"fit", "stretch"}, persist = false,
        description = "fit: keep the aspect ratio and pad; stretch: as the seed tutorial")
    private String resize = "fit";

    @Parameter(label = "Crop", choices = {"ink", "none"}, persist = false,
        description = "ink: the ink's bounding box; none: the whole image, as the seed tutorial")
    private String crop = "ink";

    @Parameter(label = "Contrast", choices = {"equalize", "stretch"}, persist = false,
        description = "equalize: histogram equalisation, as the seed tutorial (the standard); "
            + "stretch: 1st..99th percentile")
    private String contrast = "equalize";

    @Parameter(label = "Save as TIFF stack (optional)", style = "save", required = false, persist = false)
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "Network input")
    private ImagePlus network_input;

    private ImagePlus previewWindow;

    @Override
    protected void execute() {
        closePreview();
        checkOutput("output", output, Outputs.Kind.STACK, input, model);
        NetworkView view = new NetworkView(preprocessor());
        if (input != null && !isSingleImage(input)) {
            CharacterDataset data = ocr.importDataset(input, DatasetOptions.readOnly(), progress());
            network_input = new ImagePlus(input.getName() + " as the network sees it", view.of(data.samples()));
        } else if (input != null) {
            network_input = view.of(open(input));
        } else if (image != null) {
            network_input = view.of(image);
        } else {
            throw new OcrException("Nothing to preprocess: open an image, or set input= to an image, a dataset "
                + "folder or a labels.csv.");
        }
        if (output != null) {
            try {
                TiffStacks.write(network_input, output.toPath());
            } catch (java.io.IOException e) {
                throw new OcrException("Cannot write " + output + ": " + e.getMessage() + ". Choose a folder you "
                    + "can write to.", e);
            }
        }
    }

    @Override
    public void preview() {
        if (image == null || !hasDisplay()) {
            return;
        }
        try {
            ImagePlus one = new ImagePlus("", image.getProcessor());
            ImagePlus seen = new NetworkView(preprocessor()).of(one);
            if (previewWindow == null || previewWindow.getWindow() == null) {
                previewWindow = new ImagePlus("OCR Preprocess Preview", seen.getProcessor());
                previewWindow.show();
            } else {
                previewWindow.setProcessor(seen.getProcessor());
            }
        } catch (OcrException | IllegalArgumentException e) {
            log.warn("Preview: " + e.getMessage());
        }
    }

    @Override
    public void cancel() {
        closePreview();
    }

    private void closePreview() {
        if (previewWindow != null) {
            previewWindow.close();
            previewWindow = null;
        }
    }

    private Preprocessor preprocessor() {
        if (model != null) {
            return ocr.model(model).preprocessor();
        }
        return new Preprocessor(new Preprocessing(size,
            Keys.choice("resize", resize, Preprocessing.Resize.class),
            Keys.choice("crop", crop, Preprocessing.Crop.class),
            Keys.choice("contrast", contrast, Preprocessing.Contrast.class)));
    }

    private static boolean isSingleImage(File f) {
        return f.isFile() && io.github.fijiocr.io.ImageFiles.isImage(f.toPath());
    }

    private static ImagePlus open(File f) {
        try {
            return io.github.fijiocr.io.ImageFiles.open(f.toPath());
        } catch (java.io.IOException e) {
            throw new OcrException(f + " cannot be read: " + e.getMessage() + ". Choose an image ImageJ opens.", e);
        }
    }
}
