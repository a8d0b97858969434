package io.github.fijiocr.io;

import ij.IJ;
import ij.ImagePlus;
import io.github.fijiocr.common.OcrException;
import java.io.File;

/** A stack file opened to stream: TIFF as a virtual stack (a slice is read when needed), other formats whole. */
public final class VirtualStacks {
    private VirtualStacks() {
    }

    public static ImagePlus open(File file) {
        if (!file.isFile()) {
            throw new OcrException("input=" + file + " is not a file: give a stack file, or leave input empty to read"
                + " the current image.");
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
            throw new OcrException("Cannot open " + file + " as an image stack: is it a TIFF, AVI or another image"
                + " ImageJ opens?");
        }
        return imp;
    }
}
