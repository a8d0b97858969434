package io.github.fijiocr.io;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.io.TiffDecoder;
import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

/** Reads image files without dialogs: a file that cannot be read is an IOException naming it. */
public final class ImageFiles {
    /** Extensions treated as images when scanning folders. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "pgm",
        "pbm", "ppm", "pnm", "dcm", "fits", "fit");
    /** Read by Java's ImageIO; the rest by ImageJ's Opener. */
    private static final Set<String> IMAGE_IO = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    /**
     * Memory a pixel costs from file to located text: the decoded RGB image twice (Java's and
     * ImageJ's), its gray copy, the threshold's mask and the particle labels, with room for the
     * garbage collector. Measured: a 20000x20000 PNG needed 7.7 GB.
     */
    static final long BYTES_PER_PIXEL = 20;

    private ImageFiles() {
    }

    public static boolean isImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".")
            && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Opens any ImageJ-readable file; the stack keeps all slices. */
    public static ImagePlus open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file");
        }
        if (Files.size(file) == 0) {
            throw new IOException("the file is empty (0 bytes)");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        checkSize(file, ext, Runtime.getRuntime().maxMemory());
        ImagePlus imp;
        if (ext.equals("tif") || ext.equals("tiff")) {
            imp = openTiff(file);
        } else if (IMAGE_IO.contains(ext)) {
            BufferedImage bi = ImageIO.read(file.toFile());
            imp = bi == null ? null : new ImagePlus(file.getFileName().toString(), bi);
        } else {
            imp = new Opener().openImage(file.toString());
        }
        if (imp == null || imp.getWidth() == 0) {
            throw new IOException("not a readable image (damaged, or a format ImageJ cannot open)");
        }
        imp.setTitle(file.getFileName().toString());
        return imp;
    }

    /**
     * Refuses, before decoding, an image that cannot fit in the memory Java was given: a small
     * file (a 20000x20000 PNG is 459 KB) would otherwise end in an OutOfMemoryError that takes the
     * other images of a folder down with it. The size comes from the file's header; formats whose
     * header is not read here are opened as they are.
     */
    static void checkSize(Path file, String ext, long maxMemory) throws IOException {
        long[] size = dimensions(file, ext);
        if (size == null) {
            return;
        }
        long pixels = size[0] * size[1] * size[2];
        long needed = pixels * BYTES_PER_PIXEL;
        if (needed > maxMemory) {
            throw new IOException(String.format(Locale.ROOT, "%dx%d pixels%s: reading it needs about %.1f GB of "
                + "memory and Java may use %.1f GB. Give Java more memory (Fiji: Edit > Options > Memory & Threads; "
                + "scripts/fiji-ocr: FIJI_OCR_JAVA_OPTS=-Xmx%dg), or crop or scale the image down",
                size[0], size[1], size[2] > 1 ? " x " + size[2] + " slices" : "", needed / 1e9, maxMemory / 1e9,
                (long) Math.ceil(needed * 1.5 / (1L << 30))));
        }
    }

    /** Width, height and slices from the file's header, or null where the header is not read here. */
    private static long[] dimensions(Path file, String ext) {
        try {
            if (ext.equals("tif") || ext.equals("tiff")) {
                FileInfo[] info = new TiffDecoder(file.getParent().toString() + "/", file.getFileName().toString())
                    .getTiffInfo();
                long slices = info.length == 1 ? Math.max(1, info[0].nImages) : info.length;
                return info.length == 0 ? null : new long[] {info[0].width, info[0].height, slices};
            }
            if (IMAGE_IO.contains(ext)) {
                try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                    java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
                    if (!readers.hasNext()) {
                        return null;
                    }
                    javax.imageio.ImageReader reader = readers.next();
                    try {
                        reader.setInput(in, true, true);
                        return new long[] {reader.getWidth(0), reader.getHeight(0), 1};
                    } finally {
                        reader.dispose();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the decoder will say what is wrong with the file
        }
        return null;
    }

    /**
     * ImageJ's own TIFF reader keeps stacks and 16/32-bit data; for what it cannot decode (CCITT
     * fax-compressed 1-bit scans, for one) Java's ImageIO reads the first page.
     */
    private static ImagePlus openTiff(Path file) throws IOException {
        String dir = file.getParent().toString() + "/";
        String name = file.getFileName().toString();
        FileInfo[] info;
        try {
            info = new TiffDecoder(dir, name).getTiffInfo();
        } catch (IOException | RuntimeException e) {
            info = null;
        }
        if (floatingPointPredictor(file)) {
            // ImageJ ignores this predictor and returns noise; Java's TIFF reader refuses it.
            throw new IOException("a floating-point TIFF compressed with a floating-point predictor, which neither "
                + "ImageJ nor Java can decode. Save it uncompressed (ImageMagick: -compress none) or as 8- or 16-bit");
        }
        // Ask first: ImageJ reports a compression it cannot read by printing, not by failing.
        if (info != null && info.length > 0 && info[0].compression != FileInfo.COMPRESSION_UNKNOWN) {
            ImagePlus imp = new Opener().openTiff(dir, name);
            if (imp != null) {
                return imp;
            }
        }
        BufferedImage bi = ImageIO.read(file.toFile());
        return bi == null ? null : new ImagePlus(file.getFileName().toString(), bi);
    }

    /** Whether the first image of a TIFF has Predictor = 3 (tag 317), which ImageJ 1.54 cannot decode. */
    static boolean floatingPointPredictor(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(8);
            ch.read(head, 0);
            head.order(head.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
            long ifd = head.getInt(4) & 0xffffffffL;
            java.nio.ByteBuffer count = java.nio.ByteBuffer.allocate(2).order(head.order());
            ch.read(count, ifd);
            int entries = count.getShort(0) & 0xffff;
            java.nio.ByteBuffer dir = java.nio.ByteBuffer.allocate(12 * entries).order(head.order());
            ch.read(dir, ifd + 2);
            for (int i = 0; i < entries; i++) {
                if ((dir.getShort(12 * i) & 0xffff) == 317) {
                    return (dir.getShort(12 * i + 8) & 0xffff) == 3;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a TIFF this simple reader understands: ImageJ will say what is wrong
        }
        return false;
    }

    /** The first slice of a file as 8-bit gray. */
    public static ByteProcessor readGray(Path file) throws IOException {
        try {
            return GrayImages.slice(open(file), 1);
        } catch (RuntimeException e) {
            throw new IOException("not a readable image (" + e + ")", e);
        }
    }
}
