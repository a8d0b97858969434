package io.github.fijiocr.train.line;

import ij.process.ByteProcessor;
import io.github.fijiocr.augment.Blur;
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
        // Blur and noise in plain Java, from r: ImageJ's blur runs on its shared pool (whose
        // threads keep a headless JVM up) and its noise on its own random, not the seed's.
        boolean blur = r.nextDouble() < 0.3;
        double sigma = 0.3 + 0.7 * r.nextDouble();
        boolean noise = r.nextDouble() < 0.3;
        double noiseSigma = 1 + 5 * r.nextDouble();
        if (blur || noise) {
            byte[] px = (byte[]) ip.getPixels();
            float[] f = new float[px.length];
            for (int i = 0; i < px.length; i++) {
                f[i] = px[i] & 0xff;
            }
            if (blur) {
                Blur.gaussian(f, ip.getWidth(), ip.getHeight(), sigma);
            }
            for (int i = 0; i < px.length; i++) {
                double v = f[i] + (noise ? r.nextGaussian() * noiseSigma : 0);
                px[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return ip;
    }
}
