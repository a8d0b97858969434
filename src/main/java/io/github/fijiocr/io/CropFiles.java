package io.github.fijiocr.io;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Writes image crops losslessly and never over another file: 8-bit and RGB as PNG (exact gray or
 * colour values, whatever the display LUT), 16- and 32-bit as TIFF. A crop identical to the file
 * already at its name is not written twice.
 */
public final class CropFiles {
    private CropFiles() {
    }

    /** The extension a crop of this image type is saved with. */
    public static String extension(ImageProcessor ip) {
        return ip instanceof ByteProcessor || ip instanceof ColorProcessor ? ".png" : ".tif";
    }

    /**
     * Saves {@code crop} as {@code dir/base.ext}, or {@code base-2.ext}, ... when that name holds
     * another image; returns the file, which already existed if it held this very crop.
     */
    public static Path save(ImageProcessor crop, Path dir, String base) throws IOException {
        Files.createDirectories(dir);
        String ext = extension(crop);
        byte[] bytes = encode(crop);
        for (int n = 1; ; n++) {
            Path file = dir.resolve(base + (n == 1 ? "" : "-" + n) + ext);
            if (!Files.exists(file)) {
                byte[] content = bytes;
                AtomicFiles.write(file, out -> out.write(content));
                return file;
            }
            if (Arrays.equals(bytes, Files.readAllBytes(file))) {
                return file;
            }
        }
    }

    private static byte[] encode(ImageProcessor ip) throws IOException {
        if (ip instanceof ByteProcessor) {
            BufferedImage img = new BufferedImage(ip.getWidth(), ip.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            img.getRaster().setDataElements(0, 0, ip.getWidth(), ip.getHeight(), ip.getPixels());
            return png(img);
        }
        if (ip instanceof ColorProcessor) {
            BufferedImage img = new BufferedImage(ip.getWidth(), ip.getHeight(), BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, ip.getWidth(), ip.getHeight(), (int[]) ip.getPixels(), 0, ip.getWidth());
            return png(img);
        }
        byte[] tiff = new FileSaver(new ImagePlus("crop", ip)).serialize();
        if (tiff == null) {
            throw new IOException("ImageJ could not encode the crop as TIFF");
        }
        return tiff;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
