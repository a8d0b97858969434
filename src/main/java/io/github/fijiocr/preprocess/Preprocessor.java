package io.github.fijiocr.preprocess;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;

/**
 * Turns a character cell of an 8-bit image into the network input: dark ink on light ground,
 * resized to the square input (stretched, or fitted and padded with white), contrast normalised
 * (equalised as OpenCV's equalizeHist, or stretched between percentiles), scaled to [0,1].
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
            ByteProcessor out = (ByteProcessor) crop.resize(n, n, true);
            normalise(out);
            return out;
        }
        int inner = n - 2 * FIT_MARGIN;
        double scale = (double) inner / Math.max(crop.getWidth(), crop.getHeight());
        int w = Math.max(1, (int) Math.round(crop.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(crop.getHeight() * scale));
        ByteProcessor small = (ByteProcessor) crop.resize(w, h, true);
        // Normalise the cell itself, then pad with white: padding must not shift the histogram.
        normalise(small);
        ByteProcessor out = new ByteProcessor(n, n);
        out.setValue(255);
        out.fill();
        out.insert(small, (n - w) / 2, (n - h) / 2);
        return out;
    }

    private void normalise(ByteProcessor ip) {
        if (settings.contrast() == Preprocessing.Contrast.EQUALIZE) {
            equalize(ip);
        } else {
            stretch(ip);
        }
    }

    /** 1st percentile to 0, 99th to 255; a nearly flat cell is left alone. */
    static void stretch(ByteProcessor ip) {
        int[] hist = ip.getHistogram();
        int total = ip.getWidth() * ip.getHeight();
        int lo = percentile(hist, total, 0.01);
        int hi = percentile(hist, total, 0.99);
        if (hi - lo < 16) {
            return;
        }
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = Math.max(0, Math.min(255, (int) Math.round((v - lo) * 255.0 / (hi - lo))));
        }
        ip.applyTable(lut);
    }

    private static int percentile(int[] hist, int total, double q) {
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen > q * total) {
                return v;
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
