package io.github.fijiocr.augment;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random distortion of a preprocessed square input (row-major, 0..1, dark ink on light ground).
 * First the seed tutorial's Keras ImageDataGenerator geometry: width/height shift (fraction of the
 * side), zoom (independent in x and y), shear (degrees, as Keras) and rotation (degrees); bilinear
 * sampling, edges repeated ("nearest"). Then, each off while its range is 0, the {@link Photometric}
 * ones: stroke thickness, HALCON's border cropping, blur, contrast, brightness and noise.
 *
 * <p>Immutable: {@link #apply} depends only on its arguments, so one augmenter serves many threads,
 * each sample with its own {@link Random}. An operation that is off draws no random number, so
 * {@link #seed()} gives exactly the numbers the geometry-only augmenter gave.
 *
 * <p>Give each sample a {@link #sampleRandom}, not {@code new Random(seed + i)}: the first draws of
 * java.util.Random from nearby seeds are nearly equal (0.728 to 0.733 for seeds 0 to 39), so every sample
 * of an epoch would get almost the same distortion.
 */
public final class Augmenter {
    /** The preset keys {@link #fromKey} takes. */
    public static final List<String> KEYS = List.of("none", "seed", "standard");

    private final double shift;
    private final double zoom;
    private final double shearDegrees;
    private final double rotationDegrees;
    private final Photometric photometric;
    private final String key;

    /** Geometry only, as the seed; the other operations are off until set with the {@code with} methods. */
    public Augmenter(double shift, double zoom, double shearDegrees, double rotationDegrees) {
        this(shift, zoom, shearDegrees, rotationDegrees, Photometric.OFF, "custom");
    }

    private Augmenter(double shift, double zoom, double shearDegrees, double rotationDegrees,
        Photometric photometric, String key) {
        this.shift = Photometric.range("shift", shift, Double.MAX_VALUE);
        this.zoom = Photometric.range("zoom", zoom, Double.MAX_VALUE);
        this.shearDegrees = Photometric.range("shear", shearDegrees, 90);
        this.rotationDegrees = Photometric.range("rotation", rotationDegrees, 180);
        this.photometric = photometric;
        this.key = key;
    }

    /** The identity: {@link #apply} returns a copy of its input and draws nothing. */
    public static Augmenter none() {
        return new Augmenter(0, 0, 0, 0, Photometric.OFF, "none");
    }

    /** The seed's: shift 0.1, zoom 0.2, shear 0.1, rotation 10; nothing else. */
    public static Augmenter seed() {
        return new Augmenter(0.1, 0.2, 0.1, 10, Photometric.OFF, "seed");
    }

    /**
     * The seed's geometry plus brightness ±0.15, contrast ×0.7..1.3, blur sigma up to 0.8 px,
     * noise sigma up to 0.05, stroke changed with probability 0.3, up to 2 px cropped at each
     * border: ranges at which a 32x32 character stays readable.
     */
    public static Augmenter standard() {
        Photometric p = new Photometric(0.15, 0.3, 0.8, 0.05, 0.3, 2);
        return new Augmenter(0.1, 0.2, 0.1, 10, p, "standard");
    }

    /** A preset by its macro key ({@link #KEYS}, case ignored); "none" is {@link #none()}, not null. */
    public static Augmenter fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "none":
                return none();
            case "seed":
                return seed();
            case "standard":
                return standard();
            default:
                throw new IllegalArgumentException("unknown augmentation '" + key + "'; use one of: "
                    + String.join(", ", KEYS));
        }
    }

    /**
     * A Random for one sample of one epoch whose draws are independent of its neighbours': the
     * three numbers are mixed (SplitMix64) into the seed. The same numbers give the same Random.
     */
    public static Random sampleRandom(long seed, long epoch, long sample) {
        long z = mix(mix(mix(seed) ^ epoch) ^ sample);
        return new Random(z);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The preset's key, or "custom" for an augmenter built or changed in code. */
    public String key() {
        return key;
    }

    /** True when {@link #apply} changes nothing (callers may skip it). */
    public boolean isIdentity() {
        return shift == 0 && zoom == 0 && shearDegrees == 0 && rotationDegrees == 0 && photometric.isOff();
    }

    /** Adds a uniform offset in [-range, range]. */
    public Augmenter withBrightness(double range) {
        return with(photometric.withBrightness(range));
    }

    /** Scales about the image's mean by a factor in [1 - range, 1 + range] (range at most 1). */
    public Augmenter withContrast(double range) {
        return with(photometric.withContrast(range));
    }

    /** Gaussian blur with sigma uniform in [0, maxSigma], in pixels of the input. */
    public Augmenter withBlur(double maxSigma) {
        return with(photometric.withBlur(maxSigma));
    }

    /** Gaussian noise with sigma uniform in [0, maxSigma] (0..1 gray scale). */
    public Augmenter withNoise(double maxSigma) {
        return with(photometric.withNoise(maxSigma));
    }

    /** With this probability, the ink is made one pixel thicker or thinner (even odds). */
    public Augmenter withStroke(double probability) {
        return with(photometric.withStroke(probability));
    }

    /** At each border, 0..maxPixels rows or columns (uniform) are set to the ground, 1. */
    public Augmenter withBorderCrop(int maxPixels) {
        return with(photometric.withBorderCrop(maxPixels));
    }

    private Augmenter with(Photometric p) {
        return new Augmenter(shift, zoom, shearDegrees, rotationDegrees, p, "custom");
    }

    /** A distorted copy of {@code in} (size*size, row-major), clamped to 0..1. */
    public float[] apply(float[] in, int size, Random random) {
        if (in.length != size * size) {
            throw new IllegalArgumentException("input has " + in.length + " values, not " + size + "x" + size);
        }
        if (isIdentity()) {
            return in.clone();
        }
        float[] out = geometry(in, size, random);
        photometric.apply(out, size, random);
        return out;
    }

    /** Unchanged from the seed port: the draws, their order and the arithmetic. */
    private float[] geometry(float[] in, int size, Random random) {
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

    /** Uniform in [-range, range]; no draw when the range is 0. */
    static double uniform(Random random, double range) {
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (shift %s, zoom %s, shear %s deg, rotation %s deg%s)", key,
            num(shift), num(zoom), num(shearDegrees), num(rotationDegrees), photometric);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
