package io.github.fijiocr.recognize.line;

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.preprocess.GrayImages;
import java.util.Arrays;

/**
 * A text line as the line network takes it: {@value #HEIGHT} pixels high, its width scaled with
 * its height, contrast stretched to [0, 1] and turned dark-on-light. Training and reading both
 * make their inputs here, so the network never sees a line prepared differently from the ones
 * it learned on.
 */
public final class LineImage {
    public static final int HEIGHT = LineArchitectures.HEIGHT;
    /**
     * Widest line read in one piece (1,024 columns, about 200 characters); a wider one is squeezed
     * to it. Squeezing costs characters: on rendered lines of 5 to 7 texts in unseen fonts, mostly
     * 1,024-1,536 pixels wide, 1.40-1.46% of characters are read wrong whole against 1.64-1.67%
     * squeezed to 1,024 pixels ({@code bench.LongLineBenchmark}), the cap while wide lines cost
     * twice as much a column (before the network ran channels last).
     */
    public static final int MAX_WIDTH = 4096;
    /**
     * Widest line in training and in its evaluation (Train and Evaluate Text Model): the cap the
     * bundled model learned with. Training pads a batch to its widest line, so a few long lines in
     * a user's dataset would make every batch they fall in four times the work and memory.
     */
    public static final int TRAINING_MAX_WIDTH = 1024;
    /** Narrowest input: a single character crop of any aspect still gets a few columns. */
    public static final int MIN_WIDTH = 16;

    /** {@code HEIGHT * width} values, row by row. */
    public final float[] pixels;
    /** A multiple of {@link LineArchitectures#COLUMN_WIDTH}. */
    public final int width;
    /** The ground's value, used to pad this line when it is batched with wider ones. */
    public final float ground;
    /** Input pixels per pixel of the original crop, horizontally (for boxes). */
    public final double scale;
    /** Input rows per row of the original crop. */
    private final double rowScale;
    /** The columns that hold the line; the rest, up to {@link #width}, are ground. */
    private final int content;
    /** The line's own rows ({@link #band}), found at the first {@link #inkBox}: one per line, not per character. */
    private int[] band;

    private LineImage(float[] pixels, int width, int content, float ground, double scale, double rowScale) {
        this.pixels = pixels;
        this.width = width;
        this.content = content;
        this.ground = ground;
        this.scale = scale;
        this.rowScale = rowScale;
    }

    /** An 8-bit line crop (text of either polarity, a little margin around it) as network input. */
    public static LineImage of(ByteProcessor crop) {
        return of(crop, MAX_WIDTH);
    }

    /** As {@link #of(ByteProcessor)}, squeezed to {@code maxWidth} pixels when wider. */
    public static LineImage of(ByteProcessor crop, int maxWidth) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("an empty line crop");
        }
        int scaled = (int) Math.round((double) w * HEIGHT / h);
        int width = Math.max(MIN_WIDTH, Math.min(maxWidth, scaled));
        int padded = (width + LineArchitectures.COLUMN_WIDTH - 1) / LineArchitectures.COLUMN_WIDTH
            * LineArchitectures.COLUMN_WIDTH;
        ImageProcessor ip = crop;
        if (w != width || h != HEIGHT) {
            ip = crop.duplicate();
            ip.setInterpolationMethod(ImageProcessor.BILINEAR);
            // Averaging when shrinking: a big crop keeps thin strokes instead of aliasing them away.
            ip = ip.resize(width, HEIGHT, true);
        }
        byte[] px = (byte[]) ip.getPixels();
        int[] hist = GrayImages.histogram(px);
        int lo = GrayImages.percentile(hist, px.length, 0.01);
        int hi = GrayImages.percentile(hist, px.length, 0.99);
        if (hi - lo < 8) {
            lo = GrayImages.percentile(hist, px.length, 0);
            hi = Math.max(lo + 1, GrayImages.percentile(hist, px.length, 1));
        }
        boolean invert = borderMedian(px, width) < (lo + hi) / 2.0;
        float[] out = new float[HEIGHT * padded];
        float range = hi - lo;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                float v = Math.max(0f, Math.min(1f, ((px[y * width + x] & 0xff) - lo) / range));
                out[y * padded + x] = invert ? 1 - v : v;
            }
        }
        float ground = borderMedian(out, width, padded);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = width; x < padded; x++) {
                out[y * padded + x] = ground;
            }
        }
        return new LineImage(out, padded, width, ground, (double) width / w, (double) HEIGHT / h);
    }

    /**
     * This line with its width scaled by {@code factor} (the same contrast and polarity; boxes still
     * map back through {@link #scale}). Made from this image, not the crop again: a located line can
     * be a region of megapixels, and shrinking that twice would cost as much as the reading.
     */
    public LineImage squeezed(double factor) {
        int columns = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, (int) Math.round(content * factor)));
        int padded = (columns + LineArchitectures.COLUMN_WIDTH - 1) / LineArchitectures.COLUMN_WIDTH
            * LineArchitectures.COLUMN_WIDTH;
        float[] own = new float[HEIGHT * content];
        for (int y = 0; y < HEIGHT; y++) {
            System.arraycopy(pixels, y * width, own, y * content, content);
        }
        FloatProcessor fp = new FloatProcessor(content, HEIGHT, own);
        fp.setInterpolationMethod(ImageProcessor.BILINEAR);
        float[] resized = (float[]) fp.resize(columns, HEIGHT, true).getPixels();
        float[] out = new float[HEIGHT * padded];
        for (int y = 0; y < HEIGHT; y++) {
            System.arraycopy(resized, y * columns, out, y * padded, columns);
            Arrays.fill(out, y * padded + columns, (y + 1) * padded, ground);
        }
        return new LineImage(out, padded, columns, ground, scale * columns / content, rowScale);
    }

    /**
     * This line in the other polarity: what was taken for ground read as ink. The border's median
     * decides polarity, and a tight word crop on a busy sign can have as much letter as ground on
     * its border; the network then sees a negative.
     */
    public LineImage flipped() {
        float[] out = new float[pixels.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = x < content ? 1 - pixels[y * width + x] : 1 - ground;
            }
        }
        return new LineImage(out, width, content, 1 - ground, scale, rowScale);
    }

    /**
     * The ink among input columns [{@code from}, {@code to}) as {x, y, width, height} in pixels of
     * the original crop; null when there is none. Ink is darker than half the ground's value: the
     * contrast is stretched so that the line's darkest hundredth is 0.
     */
    public int[] inkBox(double from, double to) {
        int c0 = Math.max(0, (int) Math.floor(from));
        int c1 = Math.min(content, (int) Math.ceil(to));
        float level = ground / 2;
        if (band == null) {
            band = band(level);
        }
        int x0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y0 = Integer.MAX_VALUE;
        int y1 = -1;
        for (int y = band[0]; y <= band[1]; y++) {
            for (int x = c0; x < c1; x++) {
                if (pixels[y * width + x] < level) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        int left = (int) Math.floor(x0 / scale);
        int top = (int) Math.floor(y0 / rowScale);
        return new int[] {left, top, Math.max(1, (int) Math.ceil((x1 + 1) / scale) - left),
            Math.max(1, (int) Math.ceil((y1 + 1) / rowScale) - top)};
    }

    /**
     * The line's own rows: those around its most inked middle row with ink in every row between.
     * The margins a line is read with may hold the edge of the line above or below, past an empty
     * row; the line itself fills the middle half of the crop.
     */
    private int[] band(float level) {
        int[] inked = new int[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < content; x++) {
                inked[y] += pixels[y * width + x] < level ? 1 : 0;
            }
        }
        int most = HEIGHT / 4;
        for (int y = HEIGHT / 4; y < HEIGHT * 3 / 4; y++) {
            most = inked[y] > inked[most] ? y : most;
        }
        int top = most;
        int bottom = most;
        while (top > 0 && inked[top - 1] > 0) {
            top--;
        }
        while (bottom < HEIGHT - 1 && inked[bottom + 1] > 0) {
            bottom++;
        }
        return new int[] {top, bottom};
    }

    /** This line widened to {@code wider} columns of input with its ground's value. */
    public float[] padded(int wider) {
        if (wider == width) {
            return pixels;
        }
        float[] out = new float[HEIGHT * wider];
        for (int y = 0; y < HEIGHT; y++) {
            System.arraycopy(pixels, y * width, out, y * wider, width);
            Arrays.fill(out, y * wider + width, (y + 1) * wider, ground);
        }
        return out;
    }

    /** The median grey of the outermost rows and columns: the ground, where text is a minority. */
    private static int borderMedian(byte[] px, int width) {
        int[] hist = new int[256];
        int n = 0;
        int height = px.length / width;
        for (int x = 0; x < width; x++) {
            hist[px[x] & 0xff]++;
            hist[px[(height - 1) * width + x] & 0xff]++;
            n += 2;
        }
        for (int y = 1; y < height - 1; y++) {
            hist[px[y * width] & 0xff]++;
            hist[px[y * width + width - 1] & 0xff]++;
            n += 2;
        }
        return GrayImages.percentile(hist, n, 0.5);
    }

    private static float borderMedian(float[] px, int width, int stride) {
        int[] hist = new int[256];
        int n = 0;
        for (int x = 0; x < width; x++) {
            hist[Math.round(px[x] * 255)]++;
            hist[Math.round(px[(HEIGHT - 1) * stride + x] * 255)]++;
            n += 2;
        }
        return GrayImages.percentile(hist, n, 0.5) / 255f;
    }
}
