package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;

/**
 * A stack shown twice the size, each slice enlarged (bilinear) only when it is asked for, as
 * Image > Scale... would make it: what a user is told to do with a timestamp too small to read,
 * done on the fly, so a long or virtual stack still streams and nothing of the user's changes.
 */
final class EnlargedStack extends DerivedStack {
    static final int FACTOR = 2;

    /**
     * The widest enlarged slice: 16 megapixels, what the scene search reads in about a second.
     * Text on larger images is seldom this small, and every slice of them would cost as much.
     */
    static final int MAX_SIDE = 4096;

    private EnlargedStack(ImageStack source) {
        super(source, source.getWidth() * FACTOR, source.getHeight() * FACTOR, source.getColorModel());
    }

    /** Whether {@code imp} enlarged stays within {@link #MAX_SIDE}. */
    static boolean fits(ImagePlus imp) {
        return (long) Math.max(imp.getWidth(), imp.getHeight()) * FACTOR <= MAX_SIDE;
    }

    /** {@code imp} twice the size, with its hyperstack dimensions and position. */
    static ImagePlus of(ImagePlus imp) {
        return shownAs(imp, new EnlargedStack(imp.getStack()));
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        ImageProcessor ip = source.getProcessor(n);
        ip.setInterpolationMethod(ImageProcessor.BILINEAR);
        return ip.resize(getWidth(), getHeight());
    }
}
