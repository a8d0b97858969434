package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;
import java.util.function.UnaryOperator;

/**
 * A stack whose timestamp region shows the text's strokes alone, the ground under them taken
 * away ({@link TimestampFinder#strokes}), for text the finder could only find so: white text half
 * over a bright cell. Each slice is made when it is asked for, in grey, from the region and a
 * border as wide as the filter reaches; a long or virtual stack still streams and the user's
 * images are not touched.
 */
final class StrokedStack extends DerivedStack {
    private final Rectangle region;
    private final TimestampFinder.View view;

    private StrokedStack(ImageStack source, Rectangle region, TimestampFinder.View view) {
        super(source, source.getWidth(), source.getHeight(), null);
        this.region = region;
        this.view = view;
    }

    /** {@code imp} as {@code view} shows it in {@code region}, with its hyperstack dimensions and position. */
    static ImagePlus of(ImagePlus imp, Rectangle region, TimestampFinder.View view) {
        if (view == TimestampFinder.View.IMAGE) {
            return imp;
        }
        return shownAs(imp, new StrokedStack(imp.getStack(), region, view));
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        return shownIn(GrayImages.toGray(source.getProcessor(n)), region, view::of);
    }

    /**
     * A copy of {@code gray} whose {@code region} shows what {@code view} makes of it (the
     * strokes, {@link TimestampFinder#strokes}); the rest as it is. Only the region and a border
     * as wide as the filter reaches are filtered: cheap on a large image, and the user's pixels untouched.
     */
    static ByteProcessor shownIn(ByteProcessor gray, Rectangle region, UnaryOperator<ByteProcessor> view) {
        // A copy: an 8-bit slice's grey is the user's own pixels.
        ByteProcessor copy = (ByteProcessor) gray.duplicate();
        // As far as the filter reaches: the opening's two passes and its growing back.
        int reach = 4 * TimestampFinder.STROKE_RADIUS;
        Rectangle r = new Rectangle(region.x - reach, region.y - reach, region.width + 2 * reach,
            region.height + 2 * reach).intersection(new Rectangle(copy.getWidth(), copy.getHeight()));
        copy.setRoi(r);
        ByteProcessor strokes = view.apply((ByteProcessor) copy.crop());
        copy.resetRoi();
        // The region alone: the border only gave the filter what lies around the region's edges.
        Rectangle in = region.intersection(r);
        strokes.setRoi(in.x - r.x, in.y - r.y, in.width, in.height);
        copy.insert(strokes.crop(), in.x, in.y);
        return copy;
    }

    @Override
    public int getBitDepth() {
        return 8; // grey, whatever the source
    }
}
