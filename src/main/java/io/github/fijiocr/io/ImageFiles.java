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

    /** The first slice of a file as 8-bit gray. */
    public static ByteProcessor readGray(Path file) throws IOException {
        try {
            return GrayImages.slice(open(file), 1);
        } catch (RuntimeException e) {
            throw new IOException("not a readable image (" + e + ")", e);
        }
    }
}
