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

    /**
     * {@code c} as a photo shows it: a loose crop around the character, sometimes with the edge of
     * the next digit above or below (a counter wheel turning) and, in segment fonts, the unlit
     * segments; then {@link LineRenderer#photo}'s light, texture, glare, blur, noise and JPEG, either
     * polarity. Read as a user's crop is read: {@link io.github.fijiocr.preprocess.Preprocessor#wholeImage}.
     */
    public ByteProcessor renderPhoto(String c, Font font, boolean segmentFont, Random r) {
        int size = 12 + r.nextInt(48);
        Font f = font.deriveFont((float) size);
        int w = size * 3;
        int h = size * 4;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double shear = r.nextDouble() < 0.25 ? (r.nextDouble() * 2 - 1) * 0.25 : 0;
        AffineTransform t = new AffineTransform();
        t.translate(size, 2.5 * size);
        t.rotate(Math.toRadians((r.nextDouble() * 2 - 1) * 4));
        t.shear(-shear, 0);
        g.setTransform(t);
        g.setFont(f);
        Rectangle2D band = f.createGlyphVector(new FontRenderContext(null, true, true), segmentFont ? "8" : "H")
            .getVisualBounds();
        if (segmentFont && r.nextBoolean()) {
            int ghost = 20 + r.nextInt(60);
            g.setColor(new Color(ghost, ghost, ghost));
            g.drawString("8", 0, 0);
        }
        g.setColor(Color.WHITE);
        g.drawString(c, 0, 0);
        // The raster's own array: the box is the character's alone, taken before a neighbour is drawn.
        ByteProcessor ink = new ByteProcessor(w, h, ((DataBufferByte) img.getRaster().getDataBuffer()).getData());
        Rectangle box = InkCell.inkBox(ink, 127, true);
        if (box == null) {
            g.dispose();
            return null;
        }
        if (r.nextInt(5) == 0) {
            // The neighbour on a counter wheel: a digit a line above or below, partly in view.
            float step = (float) (band.getHeight() * (1.25 + 0.3 * r.nextDouble()));
            g.drawString(String.valueOf((char) ('0' + r.nextInt(10))), 0, r.nextBoolean() ? -step : step);
        }
        g.dispose();
        // The user's crop: the character's height band with loose, uneven margins.
        int cellTop = (int) Math.round(2.5 * size + band.getY());
        int cellH = Math.max(box.height, (int) Math.round(band.getHeight()));
        double m = cellH * 0.35;
        Rectangle crop = new Rectangle((int) (box.x - m * r.nextDouble()), (int) (Math.min(cellTop, box.y) - m * r.nextDouble()), 0, 0);
        crop.add(box.x + box.width + m * r.nextDouble(), Math.max(cellTop + cellH, box.y + box.height) + m * r.nextDouble());
        crop = crop.intersection(new Rectangle(w, h));
        ink.setRoi(crop);
        ByteProcessor cropped = (ByteProcessor) ink.crop();
        float[] coverage = new float[cropped.getPixelCount()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = cropped.get(i) / 255f;
        }
        return LineRenderer.photo(new ij.process.FloatProcessor(cropped.getWidth(), cropped.getHeight(), coverage), r);
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
