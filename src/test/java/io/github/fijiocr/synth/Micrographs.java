package io.github.fijiocr.synth;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Toolbar;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.augment.Blur;
import java.awt.Color;
import java.util.Random;

/**
 * Real-looking micrographs and time-lapses with text burned in by ImageJ's own commands: Image >
 * Stacks > Label... for timestamps and Analyze > Tools > Scale Bar... for scale bars, as users'
 * movies get them. The JVM must have run {@code LegacyInjector.preinit()} first (the commands show
 * dialogs, which the patched ImageJ answers from the macro options headless).
 */
public final class Micrographs {
    /**
     * The face the tests draw text in. ImageJ's Label... and Scale Bar... draw in Java's
     * SansSerif, which fontconfig makes whatever the machine prefers (DejaVu Sans on a bare
     * Debian JDK, Noto Sans once fonts-noto-core is installed): the tests' fontconfig
     * (src/test/resources/fontconfig/fonts.conf) makes it this face, which comes with every
     * Debian JDK, so a test draws the same pixels on every machine; text drawn here by name uses
     * it too.
     */
    public static final String FACE = "DejaVu Sans";

    private Micrographs() {
    }

    /**
     * {@code frames} slices of {@code w}x{@code h}: uneven dim background, bright blurred cells
     * (none in the top 45 rows) drifting a pixel every other frame, camera noise; 8-bit.
     */
    public static ImagePlus timeLapse(String title, int frames, int w, int h, long seed) {
        Random r = new Random(seed);
        int pw = w + frames / 2 + 8;
        float[] field = new float[pw * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < pw; x++) {
                field[y * pw + x] = (float) (25 + 30.0 * x / pw + 15.0 * y / h);
            }
        }
        FloatProcessor fp = new FloatProcessor(pw, h, field);
        int cells = pw * h / 6000;
        for (int i = 0; i < cells; i++) {
            int rx = 5 + r.nextInt(14);
            int ry = 5 + r.nextInt(14);
            fp.setColor(90 + r.nextInt(110));
            // Not in the top band, where ImageJ's Label... writes by default: tests there are about text.
            fp.fillOval(r.nextInt(pw), 45 + r.nextInt(Math.max(1, h - 45)), 2 * rx, 2 * ry);
        }
        Blur.gaussian(field, pw, h, 2);
        ImageStack stack = new ImageStack(w, h);
        for (int f = 0; f < frames; f++) {
            byte[] px = new byte[w * h];
            int dx = f / 2;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double v = field[y * pw + x + dx] + r.nextGaussian() * 5;
                    px[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
                }
            }
            stack.addSlice("", new ByteProcessor(w, h, px));
        }
        return new ImagePlus(title, stack);
    }

    /** One 512x384 micrograph, as {@link #timeLapse} makes them. */
    public static ImagePlus still(String title, long seed) {
        return new ImagePlus(title, timeLapse(title, 1, 512, 384, seed).getProcessor());
    }

    /**
     * Burns a timestamp into every slice with Image > Stacks > Label...: {@code format} one of
     * ImageJ's ("0", "0000", "00:00", "00:00:00"), {@code text} its suffix (e.g. "sec"); the label is
     * right-aligned at x (ImageJ's own rule), in SansSerif of {@code font} pixels, in {@code color}.
     */
    public static void label(ImagePlus imp, String format, double start, double interval, int x, int y, int font,
        String text, Color color) {
        Color before = Toolbar.getForegroundColor();
        Toolbar.setForegroundColor(color);
        try {
            // ImageJ shows as many decimals as the interval is written with: 5 and 5.0 differ.
            IJ.run(imp, "Label...", "format=" + format + " starting=" + number(start) + " interval=" + number(interval)
                + " x=" + x
                + " y=" + y + " font=" + font + " text=[" + text + "] range=1-" + imp.getStackSize());
        } finally {
            Toolbar.setForegroundColor(before);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Sets the pixel size and draws a scale bar as Analyze > Tools > Scale Bar... lays it out (bar
     * {@code width} units long at a twentieth of the image from the corner, the label "50 µm" in
     * SansSerif centred under it, as ImageJ draws it), burned into the pixels or as an overlay of
     * a rectangle and a text named "|SB|" as ImageJ names them. Drawn here rather than through the command: under
     * ij1-patcher's headless mode that command's dialog fails (a NullPointerException in
     * GenericDialog.getNumericFields), so a headless macro cannot run it either.
     */
    public static void scaleBar(ImagePlus imp, double pixelSize, String unit, double width, int height, int font,
        Color color, boolean lowerRight, boolean bold, boolean overlay) {
        scaleBar(imp, pixelSize, unit, width, height, font, color, lowerRight, bold, overlay, "SansSerif");
    }

    /** The same with the label in {@code face} (a family name, or one of Java's logical faces). */
    public static void scaleBar(ImagePlus imp, double pixelSize, String unit, double width, int height, int font,
        Color color, boolean lowerRight, boolean bold, boolean overlay, String face) {
        imp.getCalibration().pixelWidth = pixelSize;
        imp.getCalibration().pixelHeight = pixelSize;
        imp.getCalibration().setUnit(unit);
        int w = imp.getWidth();
        int h = imp.getHeight();
        // ImageJ 1.54's own overlay scale bar rounds its length; a burned-in bar here stands for
        // another program's, which truncates (the reader cannot tell the two apart in the pixels).
        int bar = overlay ? (int) Math.round(width / pixelSize) : (int) (width / pixelSize);
        int x = lowerRight ? w - w / 20 - bar : w / 20;
        int y = h - h / 20 - height - font - font / 4;
        String label = number(width) + " " + unit;
        // ImageJ's Scale Bar... draws in SansSerif too (the tests' fontconfig makes it FACE), or
        // in Serif with its "Serif font" option.
        java.awt.Font f = new java.awt.Font(face, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, font);
        ImageProcessor ip = imp.getProcessor();
        ip.setFont(f);
        ip.setAntialiasedText(true);
        int tx = x + (bar - ip.getStringWidth(label)) / 2;
        int ty = y + height + font + font / 4;
        if (overlay) {
            ij.gui.Overlay o = new ij.gui.Overlay();
            ij.gui.Roi r = new ij.gui.Roi(x, y, bar, height);
            r.setFillColor(color);
            r.setName("|SB|");
            ij.gui.TextRoi t = new ij.gui.TextRoi(tx, ty - font, label, f);
            t.setStrokeColor(color);
            t.setName("|SB|");
            o.add(r);
            o.add(t);
            imp.setOverlay(o);
            return;
        }
        for (int i = 1; i <= imp.getStackSize(); i++) {
            ImageProcessor p = imp.getStack().getProcessor(i);
            p.setColor(color);
            p.setRoi(x, y, bar, height);
            p.fill();
            p.resetRoi();
            p.setFont(f);
            p.setAntialiasedText(true);
            p.drawString(label, tx, ty);
        }
    }

    /**
     * Burns in a scale bar as ImageJ 1.54's Analyze > Tools > Scale Bar... does with a
     * "Background" colour, lower right: the bar ({@code width} units, rounded to whole pixels) and
     * its label centred in a box filled with {@code background}, a twentieth of the box's width
     * (2 pixels at least) around them, drawn as ImageJ draws it, its overlay onto the pixels.
     */
    public static void scaleBarOnBackground(ImagePlus imp, double pixelSize, String unit, double width, int height,
        int font, Color color, Color background) {
        ImageProcessor ip = imp.getProcessor();
        java.awt.Font f = new java.awt.Font("SansSerif", java.awt.Font.PLAIN, font);
        ip.setFont(f);
        String label = number(width) + " " + unit;
        int bar = (int) Math.round(width / pixelSize);
        int textWidth = ip.getStringWidth(label);
        int boxWidth = Math.max(bar, textWidth);
        int boxHeight = height + (int) (font * 1.25);
        int outer = (imp.getWidth() + imp.getHeight()) / 100;
        int inner = Math.max(boxWidth / 20, 2);
        int bx = imp.getWidth() - outer - inner - boxWidth - inner;
        int by = imp.getHeight() - outer - inner - boxHeight - inner;
        ij.gui.Overlay o = new ij.gui.Overlay();
        ij.gui.Roi box = new ij.gui.Roi(bx, by, boxWidth + 2 * inner, boxHeight + 2 * inner);
        box.setFillColor(background);
        o.add(box);
        ij.gui.Roi barRoi = new ij.gui.Roi(bx + inner + (boxWidth - bar) / 2, by + inner, bar, height);
        barRoi.setFillColor(color);
        o.add(barRoi);
        ij.gui.TextRoi text = new ij.gui.TextRoi(bx + inner + (boxWidth - textWidth) / 2, by + inner + height, label, f);
        text.setStrokeColor(color);
        o.add(text);
        ip.drawOverlay(o);
    }

    /** A 16-bit copy of an 8-bit movie, as a camera's: grey v becomes 40 v + 300, shown from 300 to 10,500. */
    public static ImagePlus sixteenBit(ImagePlus imp) {
        ImageStack in = imp.getStack();
        ImageStack out = new ImageStack(imp.getWidth(), imp.getHeight());
        for (int k = 1; k <= in.size(); k++) {
            ImageProcessor ip = in.getProcessor(k);
            short[] px = new short[imp.getWidth() * imp.getHeight()];
            for (int p = 0; p < px.length; p++) {
                px[p] = (short) (ip.get(p) * 40 + 300);
            }
            ij.process.ShortProcessor sp = new ij.process.ShortProcessor(imp.getWidth(), imp.getHeight(), px, null);
            sp.setMinAndMax(300, 300 + 255 * 40);
            out.addSlice(sp);
        }
        return new ImagePlus(imp.getTitle(), out);
    }

    /** Every slice resized (bilinear, averaging when shrinking), as a movie exported at another size. */
    public static ImagePlus resized(ImagePlus imp, int w, int h) {
        ImageStack out = new ImageStack(w, h);
        for (int k = 1; k <= imp.getStackSize(); k++) {
            ImageProcessor ip = imp.getStack().getProcessor(k);
            ip.setInterpolationMethod(ImageProcessor.BILINEAR);
            out.addSlice(ip.resize(w, h, true));
        }
        return new ImagePlus(imp.getTitle(), out);
    }

    /** Each slice saved as JPEG of {@code quality} (0-100) and read back, as exported movies are. */
    public static void jpeg(ImagePlus imp, int quality) throws java.io.IOException {
        ImageStack s = imp.getStack();
        for (int i = 1; i <= s.size(); i++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
            javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality / 100f);
            try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
                w.setOutput(out);
                w.write(null, new javax.imageio.IIOImage(s.getProcessor(i).getBufferedImage(), null, null), p);
            }
            w.dispose();
            java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                bytes.toByteArray()));
            ImageProcessor ip = s.getProcessor(i) instanceof ij.process.ColorProcessor
                ? new ij.process.ColorProcessor(back) : new ByteProcessor(back);
            s.setProcessor(ip, i);
        }
    }
}
