package io.github.fijiocr.io;

import ij.ImagePlus;
import ij.io.Opener;
import io.github.fijiocr.preprocess.GrayImages;
import ij.process.ByteProcessor;
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
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "pgm");

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
        ImagePlus imp;
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            imp = new Opener().openTiff(file.getParent().toString() + "/", file.getFileName().toString());
        } else if (name.endsWith(".pgm")) {
            imp = new Opener().openImage(file.toString());
        } else {
            BufferedImage bi = ImageIO.read(file.toFile());
            imp = bi == null ? null : new ImagePlus(file.getFileName().toString(), bi);
        }
        if (imp == null || imp.getWidth() == 0) {
            throw new IOException("not a readable image (damaged, or a format ImageJ cannot open)");
        }
        imp.setTitle(file.getFileName().toString());
        return imp;
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
