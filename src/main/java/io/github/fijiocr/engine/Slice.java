package io.github.fijiocr.engine;

import ij.gui.Roi;
import ij.process.ByteProcessor;

/** One 8-bit image to work on: a slice of a file or an open image, a dataset sample or a frame. */
public final class Slice {
    /** The name tables give it: a path relative to the input folder, a title, a sample's key. */
    public final String image;
    /** 1-based slice number within its image. */
    public final int index;
    public final ByteProcessor gray;
    /** The area to search (the user's selection), or null for the whole image. */
    public final Roi roi;
    /** A dataset sample's label, or null. */
    public final String label;
    /** A dataset sample's position in its dataset, or -1. */
    public final int sample;

    public Slice(String image, int index, ByteProcessor gray, Roi roi) {
        this(image, index, gray, roi, null, -1);
    }

    public Slice(String image, int index, ByteProcessor gray, Roi roi, String label, int sample) {
        this.image = image;
        this.index = index;
        this.gray = gray;
        this.roi = roi;
        this.label = label;
        this.sample = sample;
    }
}
