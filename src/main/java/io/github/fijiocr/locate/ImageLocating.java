package io.github.fijiocr.locate;

import ij.ImagePlus;
import ij.gui.Roi;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates text in every slice of an image (inside its area ROI, if any), a file or a folder. */
public final class ImageLocating {
    private final TextLocator locator;

    public ImageLocating(LocateOptions options) {
        this.locator = new TextLocator(options);
    }

    /** A slice the threshold cuts into noise is reported through {@code progress.log} and skipped. */
    public List<LocatedSlice> locate(ImagePlus image, String name, Progress progress) {
        Roi roi = image.getRoi() != null && image.getRoi().isArea() ? image.getRoi() : null;
        List<LocatedSlice> out = new ArrayList<>();
        int slices = image.getStackSize();
        for (int s = 1; s <= slices && !progress.isCanceled(); s++) {
            try {
                out.add(new LocatedSlice(name, s, locator.locate(GrayImages.slice(image, s), roi)));
            } catch (NoiseException e) {
                progress.log(name + " slice " + s + ": skipped, " + e.getMessage());
            }
            progress.progress(s, slices, "Locating text in " + name);
        }
        return out;
    }

    /** Unreadable files are reported through {@code progress.log} and skipped. */
    public List<LocatedSlice> locate(ImageSource source, Progress progress) {
        List<LocatedSlice> out = new ArrayList<>();
        for (Path file : source.files()) {
            if (progress.isCanceled()) {
                break;
            }
            try {
                out.addAll(locate(source.open(file), source.name(file), progress));
            } catch (IOException e) {
                progress.log(file + ": skipped, " + e.getMessage());
            }
        }
        return out;
    }
}
