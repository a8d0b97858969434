package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import java.awt.Rectangle;

/**
 * A scale bar's label as it would look on clean ground: its strokes with the ground under them
 * taken away ({@link TimestampFinder#groundUnder}), each measured against the contrast the
 * label's colour leaves over that ground. ImageJ and acquisition software draw the bar and its
 * label in one colour, so the bar tells what the text's full contrast is; a black digit over a
 * dark cell stands out from the cell by less than from clean ground, and a plain top-hat leaves
 * it faint (a 4 whose foot lies on a cell read as a sure 1), where here it is as strong as the
 * rest of the label.
 */
final class LabelStrokes {
    /**
     * Over a cell that leaves less than this share of the bar's contrast, the strokes are
     * measured against this share: the noise there is not raised past three times.
     */
    static final double LEAST_HEADROOM = 1.0 / 3;

    private LabelStrokes() {
    }

    /**
     * A copy of {@code gray} whose {@code region} shows the label's strokes of {@code bar}'s
     * colour, light on black, the rest as it is ({@link StrokedStack#shownIn}).
     */
    static ByteProcessor of(ByteProcessor gray, Rectangle bar, Rectangle region) {
        double fill = ScaleBarReader.fill(gray, bar);
        double around = ScaleBarReader.groundAround(gray, bar);
        boolean dark = fill <= around;
        double text = dark ? 255 - fill : fill;
        double full = Math.abs(fill - around);
        if (Double.isNaN(around) || full <= 0) {
            return (ByteProcessor) gray.duplicate();
        }
        return StrokedStack.shownIn(gray, region, crop -> normalised(crop, dark, text, full));
    }

    /** {@code gray}'s strokes, each over the ground under it against the headroom the text's level {@code text} leaves there. */
    private static ByteProcessor normalised(ByteProcessor gray, boolean dark, double text, double full) {
        ByteProcessor light = TimestampFinder.lightText(gray, dark);
        ByteProcessor ground = TimestampFinder.groundUnder(light);
        ByteProcessor out = new ByteProcessor(gray.getWidth(), gray.getHeight());
        for (int i = 0; i < gray.getPixelCount(); i++) {
            double under = ground.get(i);
            double headroom = Math.max(text - under, LEAST_HEADROOM * full);
            double share = (light.get(i) - under) / headroom;
            out.set(i, (int) Math.round(255 * Math.max(0, Math.min(1, share))));
        }
        return out;
    }
}
