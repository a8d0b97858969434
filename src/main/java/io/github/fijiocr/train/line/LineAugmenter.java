package io.github.fijiocr.train.line;

import ij.process.ByteProcessor;
import java.util.Random;

/**
 * What a line may look like on another capture of the same kind: a little wider or narrower,
 * cut a little tighter or looser above and below, less contrast, a little blur and noise. Mild on
 * purpose: a few hundred of the user's own lines are the truth, not a start for a renderer.
 */
final class LineAugmenter {
    private LineAugmenter() {
    }

    static ByteProcessor apply(ByteProcessor line, Random r) {
        ByteProcessor ip = (ByteProcessor) line.duplicate();
        ip.setInterpolationMethod(ByteProcessor.BILINEAR);
        int w = Math.max(8, (int) Math.round(ip.getWidth() * (0.85 + 0.3 * r.nextDouble())));
        ip = (ByteProcessor) ip.resize(w, ip.getHeight());
        int h = ip.getHeight();
        int top = (int) Math.round(h * 0.08 * r.nextDouble());
        int bottom = (int) Math.round(h * 0.08 * r.nextDouble());
        if (h - top - bottom >= 8) {
            ip.setRoi(0, top, w, h - top - bottom);
            ip = (ByteProcessor) ip.crop();
        }
        if (r.nextDouble() < 0.5) {
            double keep = 0.5 + 0.5 * r.nextDouble();
            double mean = ip.getStatistics().mean;
            byte[] px = (byte[]) ip.getPixels();
            for (int i = 0; i < px.length; i++) {
                px[i] = (byte) Math.round(mean + ((px[i] & 0xff) - mean) * keep);
            }
        }
        if (r.nextDouble() < 0.3) {
            ip.blurGaussian(0.3 + 0.7 * r.nextDouble());
        }
        if (r.nextDouble() < 0.3) {
            ip.noise(1 + 5 * r.nextDouble());
        }
        return ip;
    }
}
