package io.github.fijiocr.locate;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.common.OcrException;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connected ink through ImageJ's Analyze Particles on a private mask (never the user's image or
 * Results), with its count mask as a label image so later steps can tell whose pixel is whose.
 * Boxes and areas are read from that label image, not from the table, whose coordinates follow the
 * user's Set Measurements choices (Invert Y coordinates).
 */
final class Particles {
    final List<Particle> list;
    /** Per pixel, the label of its particle (0: none). */
    final int[] labels;

    private Particles(List<Particle> list, int[] labels) {
        this.list = list;
        this.labels = labels;
    }

    /** The count mask is 16-bit: particles past this number would share a label. */
    private static final int MAX_PARTICLES = 65535;

    static Particles analyze(InkMask mask, int minArea, int maxArea) {
        if (Analyzer.isRedirectImage()) {
            // Analyze Particles would measure the redirect image, or stop on a size mismatch.
            throw new OcrException("Analyze > Set Measurements redirects measurements to another image "
                + "('Redirect to'), and Locate Text measures its own mask: set 'Redirect to' to None.");
        }
        int w = mask.width;
        int h = mask.height;
        byte[] ink = mask.ink;
        // Analyze Particles runs on the ink's bounding box alone (on a frame of one printed line, a
        // small part of it): the particles, their order (row by row) and their shapes are the same.
        int left = w;
        int right = -1;
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            int first = -1;
            int last = -1;
            for (int i = y * w, x = 0; x < w; x++, i++) {
                if (ink[i] != 0) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (first >= 0) {
                left = Math.min(left, first);
                right = Math.max(right, last);
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        int[] labels = new int[w * h];
        if (top < 0) {
            return new Particles(new ArrayList<>(), labels);
        }
        int cw = right - left + 1;
        int ch = bottom - top + 1;
        byte[] px = new byte[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0, i = (top + y) * w + left; x < cw; x++, i++) {
                px[y * cw + x] = (byte) (ink[i] != 0 ? 255 : 0);
            }
        }
        ByteProcessor bp = new ByteProcessor(cw, ch, px);
        bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        ResultsTable rt = new ResultsTable();
        ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_ROI_MASKS,
            Measurements.AREA | Measurements.SHAPE_DESCRIPTORS, rt, Math.max(1, minArea),
            maxArea > 0 ? maxArea : Double.POSITIVE_INFINITY);
        pa.setHideOutputImage(true);
        pa.analyze(new ImagePlus("ink", bp), bp);
        ImagePlus counts = pa.getOutputImage();
        int n = rt.size();
        if (n > MAX_PARTICLES) {
            throw new NoiseException("The threshold cut the image into " + n + " particles, more than "
                + MAX_PARTICLES + ": it is noise at this level. Select the text area, raise min_area, or "
                + "try another method.");
        }
        // Each pixel's label from the count mask (16-bit as a rule: read without a call per pixel)
        // and each particle's box and area, in one pass over the crop.
        ImageProcessor ip = counts == null ? null : counts.getProcessor();
        short[] count = ip != null && ip.getPixels() instanceof short[] ? (short[]) ip.getPixels() : null;
        int[] x0 = new int[n + 1];
        int[] y0 = new int[n + 1];
        int[] x1 = new int[n + 1];
        int[] y1 = new int[n + 1];
        int[] area = new int[n + 1];
        Arrays.fill(x0, Integer.MAX_VALUE);
        Arrays.fill(y0, Integer.MAX_VALUE);
        for (int cy = 0, c = 0; cy < ch && ip != null; cy++) {
            int y = top + cy;
            for (int cx = 0, i = y * w + left; cx < cw; cx++, c++, i++) {
                int l = count != null ? count[c] & 0xffff : ip.get(c);
                labels[i] = l;
                if (l > 0 && l <= n) {
                    int x = left + cx;
                    x0[l] = Math.min(x0[l], x);
                    y0[l] = Math.min(y0[l], y);
                    x1[l] = Math.max(x1[l], x);
                    y1[l] = Math.max(y1[l], y);
                    area[l]++;
                }
            }
        }
        List<Particle> list = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int l = r + 1;
            if (area[l] > 0) {
                Rectangle box = new Rectangle(x0[l], y0[l], x1[l] - x0[l] + 1, y1[l] - y0[l] + 1);
                list.add(new Particle(l, box, area[l], rt.getValue("Solidity", r)));
            }
        }
        return new Particles(list, labels);
    }
}
