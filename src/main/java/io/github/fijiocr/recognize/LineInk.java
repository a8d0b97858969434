package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;

/**
 * A read line's ink, measured in the image around it: how far each pixel's grey lies from the
 * ground's near it (the median of the line's box within a box height either side: text covers
 * under half of such a window). A difference, not a threshold, so that light falling off along a
 * sign moves nothing; and the reader's character boxes are not trusted for ink (a box is what the
 * reader found in its columns at a fixed level, on a dim photo a sliver of its glyph). Used to
 * measure word gaps ({@link WordSpaces}).
 */
final class LineInk {
    /** Lines are measured at most this many pixels high: a region of a whole image costs no more than a line. */
    private static final int MEASURED_HEIGHT = 64;
    /** Ink is at least this share of the strongest ink it is compared with; weaker is ground. */
    static final double GROUND = 0.35;

    private final Rectangle area;
    private final double scale;
    private final int w;
    private final int h;
    /** Per pixel of the measured crop, its difference from the ground's grey. */
    private final int[] contrast;

    private LineInk(Rectangle area, double scale, int w, int h, int[] contrast) {
        this.area = area;
        this.scale = scale;
        this.w = w;
        this.h = h;
        this.contrast = contrast;
    }

    /** The ink of {@code gray} inside {@code bounds}; null where the box is too small to measure. */
    static LineInk of(ByteProcessor gray, Rectangle bounds) {
        Rectangle area = bounds.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (area.width < 2 || area.height < 4) {
            return null;
        }
        gray.setRoi(area);
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        double scale = Math.min(1, (double) MEASURED_HEIGHT / area.height);
        if (scale < 1) {
            crop.setInterpolationMethod(ByteProcessor.BILINEAR);
            crop = (ByteProcessor) crop.resize(Math.max(2, (int) Math.round(area.width * scale)),
                Math.max(4, (int) Math.round(area.height * scale)), true);
        }
        int w = crop.getWidth();
        int h = crop.getHeight();
        return new LineInk(area, scale, w, h, contrast((byte[]) crop.getPixels(), w, h));
    }

    /** Pixels of the measured crop per pixel of the image. */
    double scale() {
        return scale;
    }

    /**
     * The text's rows, {first, last, height} in the measured crop: the median character's first
     * and last rows ({@link #rows}) and height.
     */
    int[] band(List<CharacterReading> chars) {
        int n = chars.size();
        int[] tops = new int[n];
        int[] bottoms = new int[n];
        int[] heights = new int[n];
        for (int i = 0; i < n; i++) {
            Rectangle box = chars.get(i).box;
            int[] rows = rows(column(box.x), column(box.x + box.width - 1));
            tops[i] = rows[0];
            bottoms[i] = rows[1];
            heights[i] = rows[1] - rows[0] + 1;
        }
        Arrays.sort(tops);
        Arrays.sort(bottoms);
        Arrays.sort(heights);
        return new int[] {tops[n / 2], Math.max(tops[n / 2], bottoms[n / 2]), heights[n / 2]};
    }

    /** Per column of the measured crop, its strongest ink in rows {@code top..bottom}. */
    int[] columns(int top, int bottom) {
        int[] ink = new int[w];
        for (int x = 0; x < w; x++) {
            for (int y = top; y <= bottom; y++) {
                ink[x] = Math.max(ink[x], contrast[y * w + x]);
            }
        }
        return ink;
    }

    /** The column of the measured crop at image x, within the crop. */
    int column(double x) {
        return Math.max(0, Math.min(w - 1, (int) Math.round((x - area.x) * scale)));
    }

    /** The strongest of {@code ink} (per column) among the columns of a character's box. */
    int strongest(int[] ink, Rectangle box) {
        int most = 0;
        for (int x = column(box.x); x <= column(box.x + box.width - 1); x++) {
            most = Math.max(most, ink[x]);
        }
        return most;
    }

    /**
     * A character's rows, {first, last}, in columns {@code x0..x1}: around the row of the middle
     * half with the strongest ink there (the line was read with margins, where a line above or
     * below may show), the rows with at least {@link #GROUND} of that, a gap of one row bridged
     * (a broken stroke), so that an underline or the next line, past a row of ground, is left out.
     */
    private int[] rows(int x0, int x1) {
        int[] ink = new int[h];
        int peak = h / 4;
        for (int y = 0; y < h; y++) {
            for (int x = x0; x <= x1; x++) {
                ink[y] = Math.max(ink[y], contrast[y * w + x]);
            }
            if (y >= h / 4 && y < h - h / 4 && ink[y] > ink[peak]) {
                peak = y;
            }
        }
        double least = GROUND * ink[peak];
        int first = peak;
        for (int y = peak - 1; y >= 0 && y >= first - 2; y--) {
            first = ink[y] >= least ? y : first;
        }
        int last = peak;
        for (int y = peak + 1; y < h && y <= last + 2; y++) {
            last = ink[y] >= least ? y : last;
        }
        return new int[] {first, last};
    }

    /** Per pixel, how far its grey lies from the median of the columns within a crop height either side. */
    private static int[] contrast(byte[] px, int w, int h) {
        int[] hist = new int[256];
        int count = 0;
        int[] out = new int[w * h];
        int added = 0; // columns [removed, added) are in the histogram
        int removed = 0;
        for (int x = 0; x < w; x++) {
            for (; added < Math.min(w, x + h + 1); added++) {
                for (int y = 0; y < h; y++) {
                    hist[px[y * w + added] & 0xff]++;
                }
                count += h;
            }
            for (; removed < x - h; removed++) {
                for (int y = 0; y < h; y++) {
                    hist[px[y * w + removed] & 0xff]--;
                }
                count -= h;
            }
            int ground = GrayImages.percentile(hist, count, 0.5);
            for (int y = 0; y < h; y++) {
                out[y * w + x] = Math.abs((px[y * w + x] & 0xff) - ground);
            }
        }
        return out;
    }
}
