package io.github.fijiocr.augment;

import java.util.Random;

/**
 * Random affine distortion of a preprocessed square input, as Keras' ImageDataGenerator in the
 * seed tutorial: width/height shift (fraction of the side), zoom (independent in x and y),
 * shear (degrees, as Keras) and rotation (degrees); bilinear sampling, edges repeated ("nearest").
 */
public final class Augmenter {
    private final double shift;
    private final double zoom;
    private final double shearDegrees;
    private final double rotationDegrees;

    public Augmenter(double shift, double zoom, double shearDegrees, double rotationDegrees) {
        this.shift = shift;
        this.zoom = zoom;
        this.shearDegrees = shearDegrees;
        this.rotationDegrees = rotationDegrees;
    }

    /** The seed's: shift 0.1, zoom 0.2, shear 0.1, rotation 10. */
    public static Augmenter seed() {
        return new Augmenter(0.1, 0.2, 0.1, 10);
    }

    /** A distorted copy of {@code in} (size*size, row-major). */
    public float[] apply(float[] in, int size, Random random) {
        double theta = Math.toRadians(uniform(random, rotationDegrees));
        double shear = Math.toRadians(uniform(random, shearDegrees));
        double zx = 1 + uniform(random, zoom);
        double zy = 1 + uniform(random, zoom);
        double tx = uniform(random, shift) * size;
        double ty = uniform(random, shift) * size;
        // Output pixel -> input pixel: rotation * shear * zoom about the centre, then shift.
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double a = cos * zx;
        double b = (-sin + cos * Math.tan(shear)) * zy;
        double c = sin * zx;
        double d = (cos + sin * Math.tan(shear)) * zy;
        double centre = (size - 1) / 2.0;
        float[] out = new float[size * size];
        for (int y = 0; y < size; y++) {
            double dy = y - centre;
            for (int x = 0; x < size; x++) {
                double dx = x - centre;
                double sx = centre + a * dx + b * dy + tx;
                double sy = centre + c * dx + d * dy + ty;
                out[y * size + x] = bilinear(in, size, sx, sy);
            }
        }
        return out;
    }

    private static double uniform(Random random, double range) {
        return range == 0 ? 0 : (random.nextDouble() * 2 - 1) * range;
    }

    private static float bilinear(float[] in, int size, double x, double y) {
        x = Math.max(0, Math.min(size - 1, x));
        y = Math.max(0, Math.min(size - 1, y));
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(size - 1, x0 + 1);
        int y1 = Math.min(size - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = in[y0 * size + x0] * (1 - fx) + in[y0 * size + x1] * fx;
        double bottom = in[y1 * size + x0] * (1 - fx) + in[y1 * size + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
