package io.github.fijiocr.locate;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.measure.ResultsTable;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Connected ink through ImageJ's Analyze Particles on a private mask (never the user's image or
 * Results), with its count mask as a label image so later steps can tell whose pixel is whose.
 */
final class Particles {
    final List<Particle> list;
    /** Per pixel, the label of its particle (0: none). */
    final int[] labels;

    private Particles(List<Particle> list, int[] labels) {
        this.list = list;
        this.labels = labels;
    }

    static Particles analyze(InkMask mask, int minArea, int maxArea) {
        int w = mask.width;
        int h = mask.height;
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (mask.ink[i] != 0 ? 255 : 0);
        }
        ByteProcessor bp = new ByteProcessor(w, h, px);
        bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        ResultsTable rt = new ResultsTable();
        ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_ROI_MASKS,
            Measurements.AREA | Measurements.RECT | Measurements.SHAPE_DESCRIPTORS, rt, Math.max(1, minArea),
            maxArea > 0 ? maxArea : Double.POSITIVE_INFINITY);
        pa.setHideOutputImage(true);
        pa.analyze(new ImagePlus("ink", bp), bp);
        ImagePlus counts = pa.getOutputImage();
        int[] labels = new int[w * h];
        if (counts != null) {
            ImageProcessor ip = counts.getProcessor();
            for (int i = 0; i < labels.length; i++) {
                labels[i] = ip.get(i);
            }
        }
        List<Particle> list = new ArrayList<>();
        for (int r = 0; r < rt.size(); r++) {
            Rectangle box = new Rectangle((int) rt.getValue("BX", r), (int) rt.getValue("BY", r),
                (int) Math.round(rt.getValue("Width", r)), (int) Math.round(rt.getValue("Height", r)));
            list.add(new Particle(r + 1, box, (int) Math.round(rt.getValue("Area", r)), rt.getValue("Solidity", r)));
        }
        return new Particles(list, labels);
    }
}
