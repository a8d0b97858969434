package io.github.fijiocr.command;

import ij.IJ;
import ij.ImagePlus;
import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.present.AugmentationMontage;
import java.io.File;
import java.util.List;
import java.util.Random;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Preview Augmentation: what training shows the network. A montage with a row per
 * dataset image: its preprocessed input, then augmented variants. Seeded: the same settings give
 * the same montage, and an image's variants do not depend on which other images are shown.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Preview Augmentation")
public class PreviewAugmentationCommand extends OcrCommand {
    @Parameter(label = "Dataset folder, labels.csv or labelled stack", persist = false, required = false)
    private File input;

    @Parameter(label = "Augmentation", choices = {"standard", "seed", "none"}, persist = false,
        description = "standard: geometry, lighting, blur, noise, stroke, border crop; seed: the tutorial's geometry")
    private String augment = "standard";

    @Parameter(label = "Preprocessing", choices = {"standard", "seed"}, persist = false,
        description = "standard: ink box, aspect kept, equalised; seed: whole image stretched, equalised")
    private String preprocessing = "standard";

    @Parameter(label = "Images (rows)", min = "1", max = "500", persist = false)
    private int images = 8;

    @Parameter(label = "Variants per image", min = "0", max = "100", persist = false)
    private int variants = 8;

    @Parameter(label = "Random seed", persist = false)
    private long seed = 42;

    @Parameter(label = "Display magnification", min = "1", max = "32", persist = false,
        description = "zoom of the window only; the montage keeps one pixel per input pixel")
    private int scale = 4;

    @Parameter(label = "Save montage as TIFF or PNG (optional)", style = "save", required = false, persist = false)
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Augmentation")
    private ImagePlus montage;

    @Override
    protected void execute() {
        if (input == null) {
            throw new OcrException("No dataset given: set input= to a folder with one sub-folder per class, a "
                + "labels.csv, or a stack whose slice labels are the classes.");
        }
        Augmenter augmenter = augmenter();
        checkOutput("output", output, Outputs.Kind.IMAGE, input);
        if (output != null) {
            AugmentationMontage.checkFormat(output);
        }
        CharacterDataset data = engine().importDataset(input.toPath(), DatasetOptions.readOnly(), progress());
        if (data.size() == 0) {
            throw new OcrException(input + " holds no readable images. Choose a dataset folder, labels.csv or "
                + "labelled stack that Import Character Dataset reads.");
        }
        Preprocessor pre = new Preprocessor(preprocessing());
        int size = pre.settings().size();
        List<Integer> rows = AugmentationMontage.pick(data, images, seed);
        AugmentationMontage grid = new AugmentationMontage(size, rows.size(), 1 + Math.max(0, variants));
        List<float[][]> augmented = engine().augment(data, rows.stream().mapToInt(Integer::intValue).toArray(), pre,
            augmenter, variants, seed, progress());
        StringBuilder info = new StringBuilder("Preview Augmentation: " + augmenter + ", seed " + seed
            + "\nrow\tsample\tclass\n");
        for (int r = 0; r < rows.size(); r++) {
            for (int v = 0; v < augmented.get(r).length; v++) {
                grid.put(r, v, augmented.get(r)[v]);
            }
            Sample sample = data.samples().get(rows.get(r));
            info.append(r + 1).append('\t').append(sample.key()).append('\t').append(sample.label()).append('\n');
        }
        montage = grid.image("OCR Augmentation " + input.getName() + " (" + augmenter.key() + ", seed " + seed + ")");
        montage.setProperty("Info", info.toString());
        log.info("Preview Augmentation of " + rows.size() + " images from " + input + ": " + augmenter);
        if (output != null) {
            AugmentationMontage.save(montage, output);
        }
        if (hasDisplay()) {
            montage.show();
            if (scale > 1) {
                IJ.run(montage, "Set... ", "zoom=" + 100 * scale);
            }
        }
    }

    private Preprocessing preprocessing() {
        return "seed".equals(preprocessing) ? Preprocessing.seed() : Preprocessing.standard();
    }

    private Augmenter augmenter() {
        return Augmenter.fromKey(augment);
    }
}
