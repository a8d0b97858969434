package io.github.fijiocr.synth;

import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * Renders one text line as a photo or print of it might look: a font, a seven- or fourteen-
 * segment display (with the unlit segments as ghosts), or dot-matrix / inkjet print (the glyph
 * sampled on a dot grid); then slant, stretch, tracking, curvature, uneven light, texture and
 * clutter, glare, low contrast, blur and motion blur, noise, JPEG, and both polarities. The
 * result is an 8-bit crop with a margin, as a located line or a user's selection gives one.
 */
public final class LineRenderer {
    /** Where a line's glyphs come from. */
    public enum Style { FONT, SEGMENT, DOTS }

    private final List<Font> fonts;
    private final List<Font> segmentFonts;

    public LineRenderer(List<Font> fonts, List<Font> segmentFonts) {
        this.fonts = fonts;
        this.segmentFonts = segmentFonts;
    }

    /** A style drawn at the mix the bundled model trains on. */
    public Style style(Random r) {
        int p = r.nextInt(100);
        if (p < 12 && !segmentFonts.isEmpty()) {
            return Style.SEGMENT;
        }
        return p < 24 ? Style.DOTS : Style.FONT;
    }

    /** {@code text} rendered in {@code style}; {@code augment} adds the photo effects. */
    public ByteProcessor render(String text, Style style, Random r, boolean augment) {
        Font base = style == Style.SEGMENT ? segmentFonts.get(r.nextInt(segmentFonts.size()))
            : fonts.get(r.nextInt(fonts.size()));
        for (int tries = 0; base.canDisplayUpTo(text) >= 0 && tries < 20; tries++) {
            base = fonts.get(r.nextInt(fonts.size()));
        }
        // Cap height in pixels as rendered: from barely legible (upscaled later) to large.
        float size = augment ? 10 + 40 * r.nextFloat() * r.nextFloat() + 4 : 30;
        Font font = base.deriveFont(size * 1.35f);
        if (augment) {
            font = font.deriveFont(Map.of(TextAttribute.TRACKING, (float) (r.nextFloat() * 0.25 - 0.05)));
            double stretch = 0.75 + 0.5 * r.nextFloat();
            double shear = r.nextInt(4) == 0 ? (r.nextFloat() - 0.5) * 0.5 : 0;
            font = font.deriveFont(new AffineTransform(stretch, 0, -shear, 1, 0, 0));
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        Rectangle2D box = font.createGlyphVector(pg.getFontRenderContext(), text).getVisualBounds();
        pg.dispose();
        double lineHeight = Math.max(size, box.getHeight());
        // From crops that cut the tops or bottoms of the glyphs (a detector's tight box, a display
        // cropped to its digits) to generous margins.
        double top = augment ? lineHeight * (-0.08 + 0.43 * r.nextFloat()) : lineHeight * 0.2;
        double bottom = augment ? lineHeight * (-0.08 + 0.43 * r.nextFloat()) : lineHeight * 0.2;
        double left = augment ? lineHeight * 0.6 * r.nextFloat() : lineHeight * 0.3;
        double right = augment ? lineHeight * 0.6 * r.nextFloat() : lineHeight * 0.3;
        int w = (int) Math.ceil(left + Math.max(box.getWidth(), 2) + right) + 2;
        int h = (int) Math.ceil(top + box.getHeight() + bottom) + 2;
        if (box.getHeight() < 1) {
            // A line of spaces or marks only: keep the glyph size as the line's height.
            h = (int) Math.ceil(top + size + bottom);
        }
        BufferedImage ink = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = ink.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        float x = (float) (left - box.getX());
        float y = (float) (top - box.getY());
        if (style == Style.SEGMENT && r.nextBoolean()) {
            // Unlit segments, faint: every digit position drawn as an 8.
            int ghost = 20 + r.nextInt(60);
            g.setColor(new Color(ghost, ghost, ghost));
            g.drawString(text.replaceAll("[0-9]", "8"), x, y);
        }
        g.setColor(Color.WHITE);
        g.drawString(text, x, y);
        g.dispose();
        FloatProcessor coverage = coverage(ink, w, h);
        if (style == Style.DOTS) {
            coverage = dots(coverage, r, size);
        }
        return augment ? photo(coverage, r) : plain(coverage);
    }

    private static FloatProcessor coverage(BufferedImage ink, int w, int h) {
        byte[] px = new byte[w * h];
        ink.getRaster().getDataElements(0, 0, w, h, px);
        float[] f = new float[w * h];
        for (int i = 0; i < f.length; i++) {
            f[i] = (px[i] & 0xff) / 255f;
        }
        return new FloatProcessor(w, h, f);
    }

    /** The glyphs sampled on a dot grid: a round dot wherever the cell's centre is ink. */
    private static FloatProcessor dots(FloatProcessor glyphs, Random r, float capHeight) {
        int w = glyphs.getWidth();
        int h = glyphs.getHeight();
        double pitch = capHeight / (6.5 + r.nextFloat() * 2);
        double radius = pitch * (0.3 + 0.25 * r.nextFloat());
        FloatProcessor out = new FloatProcessor(w, h);
        for (double cy = pitch / 2; cy < h; cy += pitch) {
            for (double cx = pitch / 2; cx < w; cx += pitch) {
                if (glyphs.getInterpolatedPixel(cx, cy) < 0.5) {
                    continue;
                }
                double jx = cx + (r.nextFloat() - 0.5) * pitch * 0.2;
                double jy = cy + (r.nextFloat() - 0.5) * pitch * 0.2;
                double rad = radius * (0.85 + 0.3 * r.nextFloat());
                for (int y = (int) (jy - rad - 1); y <= jy + rad + 1; y++) {
                    for (int x = (int) (jx - rad - 1); x <= jx + rad + 1; x++) {
                        if (x >= 0 && y >= 0 && x < w && y < h) {
                            double d = Math.hypot(x + 0.5 - jx, y + 0.5 - jy);
                            float v = (float) Math.max(0, Math.min(1, rad + 0.5 - d));
                            out.setf(x, y, Math.max(out.getf(x, y), v));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static ByteProcessor plain(FloatProcessor coverage) {
        float[] c = (float[]) coverage.getPixels();
        byte[] out = new byte[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = (byte) Math.round(235 - 215 * c[i]);
        }
        return new ByteProcessor(coverage.getWidth(), coverage.getHeight(), out);
    }

    /**
     * Ground and ink levels, light, texture, clutter, glare, blur, noise and JPEG over the coverage
     * (0 ground, 1 ink), either polarity. The character renderer's photo cells use it too.
     */
    static ByteProcessor photo(FloatProcessor coverage, Random r) {
        int w = coverage.getWidth();
        int h = coverage.getHeight();
        float[] c = (float[]) coverage.getPixels();
        if (r.nextInt(4) == 0) {
            curve(c, w, h, r);
        }
        // Contrast from faint LCD (20 grey levels) to print (200); either polarity.
        float contrast = 20 + 200 * (float) Math.pow(r.nextFloat(), 0.7);
        float ground = contrast + r.nextFloat() * (255 - contrast);
        float inkLevel = ground - contrast;
        if (r.nextInt(10) < 3) {
            float t = ground;
            ground = 255 - inkLevel;
            inkLevel = 255 - t;
        }
        float gx = (r.nextFloat() - 0.5f) * contrast * 0.8f / w;
        float gy = (r.nextFloat() - 0.5f) * contrast * 0.8f / h;
        float[] texture = texture(w, h, r, contrast * 0.3f * r.nextFloat());
        float[] px = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float light = gx * (x - w / 2f) + gy * (y - h / 2f) + texture[i];
                px[i] = ground + light + (inkLevel - ground) * c[i] * (0.8f + 0.2f * r.nextFloat());
            }
        }
        if (r.nextInt(5) == 0) {
            glare(px, w, h, r, contrast);
        }
        if (r.nextInt(6) == 0) {
            clutter(px, w, h, r, inkLevel);
        }
        FloatProcessor fp = new FloatProcessor(w, h, px);
        double sigma = r.nextInt(3) == 0 ? 0.0 : 0.3 + 1.5 * r.nextFloat() * r.nextFloat() * h / 32.0;
        if (sigma > 0.2) {
            new GaussianBlur().blurGaussian(fp, sigma, sigma, 0.01);
        }
        if (r.nextInt(8) == 0) {
            motionBlur(fp, 2 + r.nextInt(Math.max(1, h / 8)));
        }
        float noise = r.nextFloat() * r.nextFloat() * 20;
        float[] f = (float[]) fp.getPixels();
        byte[] out = new byte[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = (byte) Math.max(0, Math.min(255, Math.round(f[i] + noise * r.nextGaussian())));
        }
        ByteProcessor bp = new ByteProcessor(w, h, out);
        return r.nextInt(4) == 0 ? jpeg(bp, 10 + r.nextInt(60)) : bp;
    }

    /** A baseline that bends: each column shifted up or down along a gentle arc. */
    private static void curve(float[] c, int w, int h, Random r) {
        double amp = h * 0.08 * (r.nextFloat() * 2 - 1);
        double phase = r.nextFloat() * Math.PI;
        float[] copy = c.clone();
        for (int x = 0; x < w; x++) {
            double dy = amp * Math.sin(phase + Math.PI * x / w);
            for (int y = 0; y < h; y++) {
                double sy = y - dy;
                int y0 = (int) Math.floor(sy);
                double t = sy - y0;
                float a = y0 >= 0 && y0 < h ? copy[y0 * w + x] : 0;
                float b = y0 + 1 >= 0 && y0 + 1 < h ? copy[(y0 + 1) * w + x] : 0;
                c[y * w + x] = (float) (a * (1 - t) + b * t);
            }
        }
    }

    /** Smooth blotches: a coarse random grid, interpolated. */
    private static float[] texture(int w, int h, Random r, float amplitude) {
        int gw = 2 + r.nextInt(8);
        int gh = 2 + r.nextInt(3);
        FloatProcessor grid = new FloatProcessor(gw, gh);
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                grid.setf(x, y, (float) (amplitude * r.nextGaussian()));
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (float) grid.getInterpolatedPixel((double) x * (gw - 1) / w, (double) y * (gh - 1) / h);
            }
        }
        return out;
    }

    /** A soft bright blob, never so bright that the text under it is gone (its label would lie). */
    private static void glare(float[] px, int w, int h, Random r, float contrast) {
        double cx = r.nextFloat() * w;
        double cy = r.nextFloat() * h;
        double rx = h * (0.5 + 2 * r.nextFloat());
        double ry = h * (0.3 + r.nextFloat());
        float strength = contrast * (0.3f + 0.5f * r.nextFloat());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.pow((x - cx) / rx, 2) + Math.pow((y - cy) / ry, 2);
                px[y * w + x] += strength * (float) Math.exp(-d);
            }
        }
    }

    /** Edges of neighbouring things: a bar along the top or bottom, or a stroke at a side. */
    private static void clutter(float[] px, int w, int h, Random r, float level) {
        int thick = 1 + r.nextInt(Math.max(1, h / 8));
        boolean top = r.nextBoolean();
        if (r.nextBoolean()) {
            for (int y = 0; y < thick; y++) {
                int row = top ? y : h - 1 - y;
                for (int x = 0; x < w; x++) {
                    px[row * w + x] = level;
                }
            }
        } else {
            int x0 = r.nextBoolean() ? r.nextInt(Math.max(1, h / 4)) : w - 1 - r.nextInt(Math.max(1, h / 4));
            for (int y = 0; y < h; y++) {
                for (int x = Math.max(0, x0); x < Math.min(w, x0 + thick); x++) {
                    px[y * w + x] = level;
                }
            }
        }
    }

    private static void motionBlur(FloatProcessor fp, int length) {
        int w = fp.getWidth();
        int h = fp.getHeight();
        float[] p = (float[]) fp.getPixels();
        float[] out = new float[p.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                int n = 0;
                for (int k = 0; k < length; k++) {
                    int xx = x + k - length / 2;
                    if (xx >= 0 && xx < w) {
                        s += p[y * w + xx];
                        n++;
                    }
                }
                out[y * w + x] = s / n;
            }
        }
        System.arraycopy(out, 0, p, 0, p.length);
    }

    private static ByteProcessor jpeg(ByteProcessor bp, int quality) {
        try {
            BufferedImage img = bp.getBufferedImage();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.setOutput(ImageIO.createImageOutputStream(bytes));
            writer.write(null, new IIOImage(img, null, null), param);
            writer.dispose();
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            return new ByteProcessor(back);
        } catch (IOException e) {
            return bp;
        }
    }
}
