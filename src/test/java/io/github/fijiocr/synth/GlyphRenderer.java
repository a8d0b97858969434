package io.github.fijiocr.synth;

import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.InkCell;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * Renders one character the way it appears in a located line, with the variation of real print:
 * size, contrast, slant, slight rotation, blur, noise, stroke weight and binarisation. The cell
 * spans the character's ink columns and the line's band of rows (the font's cap height, or its
 * digit height for segment fonts), as {@link io.github.fijiocr.locate.TextLocator} cuts them.
 */
public final class GlyphRenderer {

    /** A random rendering of {@code c} in {@code font}, or null when the font draws nothing. */
    public RenderedCell render(String c, Font font, boolean segmentFont, Random r) {
        int size = 14 + r.nextInt(46);
        Font f = font.deriveFont((float) size);
        int w = size * 3;
        int h = size * 3;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        int bg = 170 + r.nextInt(86);
        int ink = r.nextInt(Math.max(1, bg - 90));
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(bg, bg, bg));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, r.nextDouble() < 0.85
            ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        int baseX = size;
        int baseY = 2 * size;
        double shear = r.nextDouble() < 0.25 ? (r.nextDouble() * 2 - 1) * 0.25 : 0;
        double angle = Math.toRadians((r.nextDouble() * 2 - 1) * 3);
        AffineTransform t = new AffineTransform();
        t.translate(baseX, baseY);
        t.rotate(angle);
        t.shear(-shear, 0);
        g.setTransform(t);
        g.setFont(f);
        g.setColor(new Color(ink, ink, ink));
        g.drawString(c, 0, 0);
        g.dispose();
        ByteProcessor ip = new ByteProcessor(w, h, ((DataBufferByte) img.getRaster().getDataBuffer()).getData());
        Rectangle box = InkCell.inkBox(ip, (bg + ink) / 2 - 1, false);
        if (box == null) {
            return null;
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Rectangle2D band = f.createGlyphVector(frc, segmentFont ? "8" : "H").getVisualBounds();
        int top = (int) Math.round(baseY + band.getY()) + r.nextInt(3) - 1;
        int bottom = (int) Math.round(baseY + band.getY() + band.getHeight()) + r.nextInt(3) - 1;
        int cellTop = Math.min(top, box.y);
        int cellBottom = Math.max(bottom, box.y + box.height);
        int x0 = box.x + (r.nextInt(3) - 1);
        int x1 = box.x + box.width + (r.nextInt(3) - 1);
        Rectangle cell = new Rectangle(x0, cellTop, Math.max(1, x1 - x0), cellBottom - cellTop);
        degrade(ip, size, bg, ink, r);
        return new RenderedCell(ip, cell);
    }

    private static void degrade(ByteProcessor ip, int size, int bg, int ink, Random r) {
        double stroke = r.nextDouble();
        if (size > 24 && stroke < 0.15) {
            ip.erode();
        } else if (size > 24 && stroke < 0.3) {
            ip.dilate();
        }
        if (r.nextDouble() < 0.5) {
            ip.blurGaussian(0.3 + r.nextDouble() * size / 40.0);
        }
        double noise = r.nextDouble() < 0.4 ? r.nextDouble() * 8 : 0;
        byte[] px = (byte[]) ip.getPixels();
        if (noise > 0) {
            // Our own Random, not ImageProcessor.noise(): generation stays reproducible.
            for (int i = 0; i < px.length; i++) {
                int v = (int) Math.round((px[i] & 0xff) + r.nextGaussian() * noise);
                px[i] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        if (r.nextDouble() < 0.15) {
            int level = (bg + ink) / 2;
            for (int i = 0; i < px.length; i++) {
                px[i] = (px[i] & 0xff) > level ? (byte) 255 : 0;
            }
        }
    }
}
