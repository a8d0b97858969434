package io.github.fijiocr.preprocess;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;

/**
 * Turns a character cell of an 8-bit image into the network input: dark ink on light ground,
 * resized to the square input, histogram-equalised as OpenCV's equalizeHist, scaled to [0,1].
 */
public final class Preprocessor {
    /** Margin, in input pixels, around a FIT cell so that augmentation has room to move. */
    static final int FIT_MARGIN = 2;

    private final Preprocessing settings;

    public Preprocessor(Preprocessing settings) {
        this.settings = settings;
    }

    public Preprocessing settings() {
        return settings;
    }

    /** A whole image that is one character: find its cell with the model's crop rule, then convert. */
    public float[] wholeImage(ByteProcessor gray) {
        InkCell cell = InkCell.find(gray, settings.crop());
        return cell(gray, cell.box(), cell.lightInk());
    }

    /** One cell of a larger image; {@code lightInk} when the text is lighter than its ground. */
    public float[] cell(ByteProcessor gray, Rectangle box, boolean lightInk) {
        Rectangle r = box.intersection(new Rectangle(0, 0, gray.getWidth(), gray.getHeight()));
        if (r.isEmpty()) {
            throw new IllegalArgumentException("cell " + box + " lies outside the image");
        }
        gray.setRoi(r);
        ImageProcessor crop = gray.crop();
        gray.resetRoi();
        if (lightInk) {
            crop.invert();
        }
        ByteProcessor sized = resize((ByteProcessor) crop);
        if (settings.equalize()) {
            equalize(sized);
        }
        byte[] px = (byte[]) sized.getPixels();
        float[] out = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = (px[i] & 0xff) / 255f;
        }
        return out;
    }

    private ByteProcessor resize(ByteProcessor crop) {
        int n = settings.size();
        crop.setInterpolationMethod(ImageProcessor.BILINEAR);
        if (settings.resize() == Preprocessing.Resize.STRETCH) {
            return (ByteProcessor) crop.resize(n, n, true);
        }
        int inner = n - 2 * FIT_MARGIN;
        double scale = (double) inner / Math.max(crop.getWidth(), crop.getHeight());
        int w = Math.max(1, (int) Math.round(crop.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(crop.getHeight() * scale));
        ImageProcessor small = crop.resize(w, h, true);
        ByteProcessor out = new ByteProcessor(n, n);
        out.setValue(background(crop));
        out.fill();
        out.insert(small, (n - w) / 2, (n - h) / 2);
        return out;
    }

    /** The ground is the brightest common level: the 90th percentile after polarity is fixed. */
    private static int background(ByteProcessor crop) {
        int[] hist = crop.getHistogram();
        int total = crop.getWidth() * crop.getHeight();
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= 0.9 * total) {
                return Math.max(v, 128);
            }
        }
        return 255;
    }

    /** OpenCV equalizeHist: lut[v] = round((cdf[v] - cdfMin) * 255 / (N - cdfMin)). */
    static void equalize(ByteProcessor ip) {
        int[] hist = ip.getHistogram();
        int total = ip.getWidth() * ip.getHeight();
        int cdfMin = 0;
        for (int v = 0; v < 256; v++) {
            if (hist[v] > 0) {
                cdfMin = hist[v];
                break;
            }
        }
        if (total == cdfMin) {
            return;
        }
        int[] lut = new int[256];
        int cdf = 0;
        for (int v = 0; v < 256; v++) {
            cdf += hist[v];
            lut[v] = (int) Math.round((cdf - cdfMin) * 255.0 / (total - cdfMin));
        }
        ip.applyTable(lut);
    }
}
