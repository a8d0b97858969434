package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;

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
        // A copy: an 8-bit slice's grey is the user's own pixels.
        ByteProcessor gray = (ByteProcessor) GrayImages.toGray(source.getProcessor(n)).duplicate();
        // As far as the filter reaches: the opening's two passes and its growing back.
        int reach = 4 * TimestampFinder.STROKE_RADIUS;
        Rectangle r = new Rectangle(region.x - reach, region.y - reach, region.width + 2 * reach,
            region.height + 2 * reach).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        gray.setRoi(r);
        ByteProcessor strokes = view.of((ByteProcessor) gray.crop());
        gray.resetRoi();
        // The region alone: the border only gave the filter what lies around the region's edges.
        Rectangle in = region.intersection(r);
        strokes.setRoi(in.x - r.x, in.y - r.y, in.width, in.height);
        gray.insert(strokes.crop(), in.x, in.y);
        return gray;
    }

    @Override
    public int getBitDepth() {
        return 8; // grey, whatever the source
    }
}
