package io.github.fijiocr.io;

import ij.IJ;
import ij.ImagePlus;
import io.github.fijiocr.common.OcrException;
import java.io.File;

/**
 * An image or stack file the calibration commands open: TIFF as a virtual stack (a slice is read
 * when needed, so a long movie streams), other formats whole; one line naming the file otherwise.
 */
public final class VirtualStacks {
    private VirtualStacks() {
    }

    public static ImagePlus open(File file) {
        if (!file.isFile()) {
            throw new OcrException("input=" + file + " is not a file: give an image or stack file, or leave input"
                + " empty to read the current image.");
        }
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        ImagePlus imp;
        try {
            imp = name.endsWith(".tif") || name.endsWith(".tiff") ? IJ.openVirtual(file.getPath())
                : ImageFiles.open(file.toPath());
        } catch (java.io.IOException | RuntimeException e) {
            imp = null;
        }
        if (imp == null) {
            throw new OcrException("Cannot open " + file + " as an image: is it a TIFF, PNG, JPEG, AVI or another"
                + " image ImageJ opens?");
        }
        return imp;
    }
}
