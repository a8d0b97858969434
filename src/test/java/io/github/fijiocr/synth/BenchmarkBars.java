package io.github.fijiocr.synth;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.awt.Color;
import java.util.Locale;
import java.util.Random;

/**
 * The calibration benchmark's scale bars, drawn from a seed: bar {@code i} of seed {@code s} is
 * the same image in every benchmark that draws it (the bar-length benchmark, the calibration
 * benchmark, tests that keep a bar that once went wrong).
 */
public final class BenchmarkBars {
    private static final double[] WIDTHS = {5, 10, 20, 50, 100, 200};
    private static final String[] UNITS = {"µm", "µm", "µm", "nm", "mm"};
    /** Lengths with a fraction, as ImageJ labels short bars ({@link #withFractions}). */
    private static final double[] FRACTIONS = {0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.5, 2.5, 7.5};

    /** One drawn bar: its image, what it stands for, and the pixel size it was drawn with. */
    public static final class Bar {
        public final ImagePlus imp;
        public final String unit;
        public final double width;
        /** Units per pixel of the image as it is read (after any scaling down). */
        public final double pixelSize;
        public final boolean overlay;
        public final String label;
        public final String describe;

        Bar(ImagePlus imp, String unit, double width, double pixelSize, boolean overlay, String describe) {
            this.imp = imp;
            this.unit = unit;
            this.width = width;
            this.pixelSize = pixelSize;
            this.overlay = overlay;
            this.label = (width == Math.rint(width) ? Long.toString((long) width) : Double.toString(width)) + " " + unit;
            this.describe = label + ", " + describe;
        }
    }

    private final Random r;
    private final long seed;
    private final String face;
    private final boolean fractions;
    private int next;

    /** The bars of {@code seed}, in order. */
    public BenchmarkBars(long seed) {
        this(seed, "SansSerif");
    }

    /**
     * The same bars with their labels in {@code face}: a test can keep a bar that went wrong in a
     * face the benchmark drew as SansSerif ({@code BENCH_FACE}), whatever the tests' fontconfig.
     */
    public BenchmarkBars(long seed, String face) {
        this(seed, face, false);
    }

    private BenchmarkBars(long seed, String face, boolean fractions) {
        this.r = new Random(21 + 1000 * seed);
        this.seed = seed;
        this.face = face;
        this.fractions = fractions;
    }

    /**
     * Bars whose lengths have a fraction ({@code 0.5 µm}, {@code 2.5 mm}, {@code 0.02 mm}), drawn
     * otherwise as the others are: ImageJ labels a short bar so, and a point missed is a scale ten
     * times off.
     */
    public static BenchmarkBars withFractions(long seed, String face) {
        return new BenchmarkBars(seed, face, true);
    }

    /**
     * The next bar: a micrograph (a dark or, inverted, a light ground), a bar and label laid out
     * as ImageJ's Scale Bar... does, burned in or as an overlay, some scaled to three quarters,
     * some saved as JPEG. With {@code draw} false, the bar's figures are drawn from the seed but
     * not its image (null), to skip it cheaply.
     */
    public Bar next(boolean draw) throws java.io.IOException {
        int i = next++;
        String unit = UNITS[r.nextInt(UNITS.length)];
        double pixel;
        double width;
        if (fractions) {
            width = FRACTIONS[r.nextInt(FRACTIONS.length)];
            pixel = width / (40 + r.nextInt(261)) * (0.999 + 0.002 * r.nextDouble());
        } else {
            pixel = 0.05 + r.nextDouble() * 1.5;
            width = WIDTHS[r.nextInt(WIDTHS.length)];
            while (width / pixel > 300) {
                width /= 2;
            }
            while (width / pixel < 40) {
                width *= 2;
            }
            width = Math.round(width);
        }
        int height = 2 + r.nextInt(7);
        int font = 12 + r.nextInt(17);
        boolean bold = r.nextBoolean();
        boolean overlay = r.nextInt(4) == 0;
        boolean dark = r.nextInt(3) == 0;
        boolean jpeg = !overlay && r.nextInt(3) == 0;
        boolean scaled = !overlay && r.nextInt(4) == 0;
        boolean lowerRight = r.nextBoolean();
        String describe = String.format(Locale.ROOT, "bar %dpx high, %dpt%s, %s%s%s%s", height, font,
            bold ? " bold" : "", dark ? "black" : "white", overlay ? " overlay" : "", jpeg ? " jpeg70" : "",
            scaled ? " x0.75" : "");
        double truth = scaled ? pixel * 512 / 384.0 : pixel;
        if (!draw) {
            return new Bar(null, unit, width, truth, overlay, describe);
        }
        ImagePlus imp = Micrographs.still("bar" + i, 2000 + i + 100000 * seed);
        if (dark) {
            imp.getProcessor().invert();
        }
        Micrographs.scaleBar(imp, pixel, unit, width, height, font, dark ? Color.BLACK : Color.WHITE, lowerRight, bold,
            overlay, face);
        if (scaled) {
            ImageProcessor ip = imp.getProcessor();
            ip.setInterpolationMethod(ImageProcessor.BILINEAR);
            imp = new ImagePlus(imp.getTitle(), ip.resize(384, 288, true));
        }
        if (jpeg) {
            Micrographs.jpeg(imp, 70);
        }
        imp.getCalibration().pixelWidth = 1;
        imp.getCalibration().setUnit("pixel");
        return new Bar(imp, unit, width, truth, overlay, describe);
    }
}
