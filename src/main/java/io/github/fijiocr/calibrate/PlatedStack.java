package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;
import java.awt.Point;
import java.awt.Rectangle;

/**
 * A stack whose timestamp region shows nothing but the plate the text is drawn on
 * ({@link TextPlate}): the region's margins past the plate's edges are painted with the plate's
 * own grey, each slice when it is asked for, so a long or virtual stack still streams and the
 * user's images are not touched. The margins are there for later, wider times; past a plate's
 * edge they showed the field, and a cell there, or the edge itself, read as one more digit on
 * every slice ({@code 00:01:05.2507}), a steady sequence with none flagged.
 */
final class PlatedStack extends DerivedStack {
    /** Where the plate is, what is painted around it, and a pixel of the plate to take its grey from. */
    static final class Plate {
        final Rectangle edges;
        final Rectangle region;
        final Point ground;

        Plate(Rectangle edges, Rectangle region, Point ground) {
            this.edges = edges;
            this.region = region;
            this.ground = ground;
        }

        /** The same plate for a region narrowed or moved within the image. */
        Plate in(Rectangle other) {
            return new Plate(edges, other, ground);
        }
    }

    private final Plate plate;

    private PlatedStack(ImageStack source, Plate plate) {
        super(source, source.getWidth(), source.getHeight(), source.getColorModel());
        this.plate = plate;
    }

    /** {@code imp} with its region painted past the plate, with its hyperstack dimensions and position. */
    static ImagePlus of(ImagePlus imp, Plate plate) {
        return shownAs(imp, new PlatedStack(imp.getStack(), plate));
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        ImageProcessor ip = source.getProcessor(n).duplicate();
        // Raw values, so 16-bit and RGB slices keep their own type and display range.
        int grey = ip.get(plate.ground.x, plate.ground.y);
        Rectangle r = plate.region.intersection(new Rectangle(ip.getWidth(), ip.getHeight()));
        Rectangle e = plate.edges;
        for (int y = r.y; y < r.y + r.height; y++) {
            boolean rowOn = y >= e.y && y < e.y + e.height;
            for (int x = r.x; x < r.x + r.width; x++) {
                if (!rowOn || x < e.x || x >= e.x + e.width) {
                    ip.set(x, y, grey);
                }
            }
        }
        return ip;
    }
}
