package io.github.fijiocr.augment;

import java.util.Random;

/**
 * The non-geometric part of {@link Augmenter}: ranges, and the operations on a square image
 * (0..1, dark ink on light ground), done in place in this order: stroke thickness, border crop,
 * blur, contrast, brightness, noise, clamp to 0..1. Cropping comes before the lighting so that a
 * cropped border is lit and noisy like the rest of the ground, not a clean white frame the network
 * could learn. Immutable; an operation that is off draws no random number.
 */
final class Photometric {
    static final Photometric OFF = new Photometric(0, 0, 0, 0, 0, 0);

    /** Below this sigma a Gaussian kernel is a single 1: not worth a pass. */
    private static final double MIN_BLUR_SIGMA = 0.05;

    private final double brightness;
    private final double contrast;
    private final double blurSigma;
    private final double noiseSigma;
    private final double strokeProbability;
    private final int borderCrop;

    Photometric(double brightness, double contrast, double blurSigma, double noiseSigma,
        double strokeProbability, int borderCrop) {
        this.brightness = range("brightness", brightness, 1);
        this.contrast = range("contrast", contrast, 1);
        this.blurSigma = range("blur", blurSigma, 100);
        this.noiseSigma = range("noise", noiseSigma, 1);
        this.strokeProbability = range("stroke", strokeProbability, 1);
        this.borderCrop = (int) range("border crop", borderCrop, Integer.MAX_VALUE);
    }

    static double range(String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(name + " must be 0.." + Augmenter.num(max) + ", not " + value);
        }
        return value;
    }

    Photometric withBrightness(double v) {
        return new Photometric(v, contrast, blurSigma, noiseSigma, strokeProbability, borderCrop);
    }

    Photometric withContrast(double v) {
        return new Photometric(brightness, v, blurSigma, noiseSigma, strokeProbability, borderCrop);
    }

    Photometric withBlur(double v) {
        return new Photometric(brightness, contrast, v, noiseSigma, strokeProbability, borderCrop);
    }

    Photometric withNoise(double v) {
        return new Photometric(brightness, contrast, blurSigma, v, strokeProbability, borderCrop);
    }

    Photometric withStroke(double v) {
        return new Photometric(brightness, contrast, blurSigma, noiseSigma, v, borderCrop);
    }

    Photometric withBorderCrop(int v) {
        return new Photometric(brightness, contrast, blurSigma, noiseSigma, strokeProbability, v);
    }

    boolean isOff() {
        return brightness == 0 && contrast == 0 && blurSigma == 0 && noiseSigma == 0 && strokeProbability == 0
            && borderCrop == 0;
    }

    /** Distorts {@code img} (size*size) in place. */
    void apply(float[] img, int size, Random random) {
        if (isOff()) {
            return; // the seed's output, not even clamped (bilinear stays within the input's range)
        }
        if (strokeProbability > 0 && random.nextDouble() < strokeProbability) {
            stroke(img, size, random.nextBoolean());
        }
        if (borderCrop > 0) {
            cropBorders(img, size, random.nextInt(borderCrop + 1), random.nextInt(borderCrop + 1),
                random.nextInt(borderCrop + 1), random.nextInt(borderCrop + 1));
        }
        if (blurSigma > 0) {
            blur(img, size, random.nextDouble() * blurSigma);
        }
        if (contrast > 0) {
            scaleAboutMean(img, 1 + Augmenter.uniform(random, contrast));
        }
        if (brightness > 0) {
            add(img, (float) Augmenter.uniform(random, brightness));
        }
        if (noiseSigma > 0) {
            double sigma = random.nextDouble() * noiseSigma;
            for (int i = 0; i < img.length; i++) {
                img[i] += (float) (random.nextGaussian() * sigma);
            }
        }
        for (int i = 0; i < img.length; i++) {
            img[i] = Math.max(0f, Math.min(1f, img[i]));
        }
    }

    /**
     * Thicker ink is a 3x3 minimum (ink is dark), thinner a 3x3 maximum. Thinning that would
     * leave less than half the ink pixels is skipped: it would erase a thin font's strokes.
     */
    static void stroke(float[] img, int size, boolean thicker) {
        float[] out = filter3x3(img, size, thicker);
        if (!thicker && inkPixels(out) * 2 < inkPixels(img)) {
            return;
        }
        System.arraycopy(out, 0, img, 0, img.length);
    }

    static int inkPixels(float[] img) {
        int n = 0;
        for (float v : img) {
            if (v < 0.5f) {
                n++;
            }
        }
        return n;
    }

    /** 3x3 minimum or maximum; outside the image does not count. */
    static float[] filter3x3(float[] img, int size, boolean min) {
        float[] out = new float[img.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float best = img[y * size + x];
                for (int yy = Math.max(0, y - 1); yy <= Math.min(size - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(size - 1, x + 1); xx++) {
                        float v = img[yy * size + xx];
                        best = min ? Math.min(best, v) : Math.max(best, v);
                    }
                }
                out[y * size + x] = best;
            }
        }
        return out;
    }

    /** Sets that many rows (top, bottom) and columns (left, right) at the borders to the ground, 1. */
    static void cropBorders(float[] img, int size, int top, int bottom, int left, int right) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (y < top || y >= size - bottom || x < left || x >= size - right) {
                    img[y * size + x] = 1f;
                }
            }
        }
    }

    /** Separable Gaussian, radius 3 sigma, edges repeated. */
    static void blur(float[] img, int size, double sigma) {
        if (sigma >= MIN_BLUR_SIGMA) {
            Blur.gaussian(img, size, size, sigma);
        }
    }

    static void scaleAboutMean(float[] img, double factor) {
        double mean = 0;
        for (float v : img) {
            mean += v;
        }
        mean /= img.length;
        for (int i = 0; i < img.length; i++) {
            img[i] = (float) (mean + factor * (img[i] - mean));
        }
    }

    static void add(float[] img, float offset) {
        for (int i = 0; i < img.length; i++) {
            img[i] += offset;
        }
    }

    @Override
    public String toString() {
        if (isOff()) {
            return "";
        }
        return ", brightness " + Augmenter.num(brightness) + ", contrast " + Augmenter.num(contrast) + ", blur "
            + Augmenter.num(blurSigma) + " px, noise " + Augmenter.num(noiseSigma) + ", stroke "
            + Augmenter.num(strokeProbability) + ", border crop " + borderCrop + " px";
    }
}
