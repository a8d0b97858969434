package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.VirtualStack;
import java.awt.image.ColorModel;

/**
 * A stack made from another slice by slice, each when it is asked for: a long or virtual stack
 * still streams, and the user's images are not touched. Its slices' count and labels are the
 * source's.
 */
abstract class DerivedStack extends VirtualStack {
    final ImageStack source;

    DerivedStack(ImageStack source, int width, int height, ColorModel cm) {
        super(width, height, cm, "");
        this.source = source;
    }

    /** {@code stack} as an image with {@code imp}'s title, hyperstack dimensions and position. */
    static ImagePlus shownAs(ImagePlus imp, ImageStack stack) {
        ImagePlus out = new ImagePlus(imp.getTitle(), stack);
        out.setDimensions(imp.getNChannels(), imp.getNSlices(), imp.getNFrames());
        out.setOpenAsHyperStack(imp.isHyperStack());
        out.setPositionWithoutUpdate(imp.getC(), imp.getZ(), imp.getT());
        return out;
    }

    @Override
    public int getSize() {
        return source.getSize();
    }

    @Override
    public String getSliceLabel(int n) {
        return source.getSliceLabel(n);
    }

    @Override
    public int getBitDepth() {
        return source.getBitDepth();
    }
}
