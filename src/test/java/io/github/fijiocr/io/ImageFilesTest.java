package io.github.fijiocr.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ImageFilesTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** 1-bit fax-compressed scans (like old book pages) are read, not reported as unreadable. */
    @Test
    public void readsCcittCompressedBilevelTiff() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 5; y < 15; y++) {
            for (int x = 10; x < 30; x++) {
                img.setRGB(x, y, 0xffffff);
            }
        }
        File file = tmp.newFile("page.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        Files.deleteIfExists(file.toPath());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        ByteProcessor gray = ImageFiles.readGray(file.toPath());
        assertEquals(40, gray.getWidth());
        assertEquals(255, gray.get(20, 10));
        assertEquals(0, gray.get(2, 2));
    }

    @Test
    public void zeroByteAndTextFilesAreIOExceptionsNamingWhy() throws Exception {
        Path empty = tmp.newFile("empty.png").toPath();
        Path text = tmp.newFile("text.png").toPath();
        Files.writeString(text, "hello");
        for (Path p : new Path[] {empty, text}) {
            try {
                ImageFiles.readGray(p);
                throw new AssertionError("read " + p);
            } catch (java.io.IOException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("empty") || e.getMessage().contains("not a readable image"));
            }
        }
    }

    @Test
    public void readsFormatsImageIoDoesNotThroughImageJ() throws Exception {
        java.nio.file.Path ppm = tmp.getRoot().toPath().resolve("rgb.ppm");
        byte[] header = "P6\n2 1\n255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] data = java.util.Arrays.copyOf(header, header.length + 6);
        System.arraycopy(new byte[] {(byte) 255, 0, 0, 0, 0, (byte) 255}, 0, data, header.length, 6);
        java.nio.file.Files.write(ppm, data);
        assertTrue(ImageFiles.isImage(ppm));
        ij.ImagePlus imp = ImageFiles.open(ppm);
        assertEquals(2, imp.getWidth());
        assertEquals(0xff0000, imp.getProcessor().getPixel(0, 0) & 0xffffff);
        assertEquals(0x0000ff, imp.getProcessor().getPixel(1, 0) & 0xffffff);
    }

    /** ImageMagick's float TIFFs (-define quantum:format=floating-point) use Predictor 3: refused, not read as noise. */
    @Test
    public void aFloatTiffWithAFloatingPointPredictorIsRefusedNotReadAsNoise() throws Exception {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 2 + 12 * 2 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'I', 'I', 42, 0}).putInt(8).putShort((short) 2);
        b.putShort((short) 258).putShort((short) 3).putInt(1).putShort((short) 32).putShort((short) 0); // 32 bits
        b.putShort((short) 317).putShort((short) 3).putInt(1).putShort((short) 3).putShort((short) 0); // predictor 3
        b.putInt(0);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("float", ".tif");
        java.nio.file.Files.write(file, b.array());
        try {
            ImageFiles.open(file);
            org.junit.Assert.fail("read a TIFF whose predictor ImageJ cannot decode");
        } catch (java.io.IOException e) {
            org.junit.Assert.assertTrue(e.getMessage(), e.getMessage().startsWith("a floating-point TIFF compressed with a "
                + "floating-point predictor"));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
