package io.github.fijiocr.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** An image too large for the heap is refused by name with the fix, and a folder reads its other images. */
public class HugeImagesTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** A PNG whose header says 20000x20000 (a few dozen bytes: only the header is ever read). */
    static void hugePng(Path file) throws IOException {
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeBytes("IHDR");
        d.writeInt(20000);
        d.writeInt(20000);
        d.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit gray
        CRC32 crc = new CRC32();
        crc.update(ihdr.toByteArray());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeInt(13);
        out.write(ihdr.toByteArray());
        out.writeInt((int) crc.getValue());
        Files.write(file, png.toByteArray());
    }

    @Test
    public void aHugeImageIsRefusedBeforeDecodingWithTheMemoryItNeeds() throws Exception {
        Path huge = tmp.getRoot().toPath().resolve("huge.png");
        hugePng(huge);
        try {
            ImageFiles.checkSize(huge, "png", 6L << 30);
            fail("a 400-megapixel image passed with a 6 GB heap");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("20000x20000 pixels: reading it needs about 8.0 GB"));
            assertTrue(e.getMessage(), e.getMessage().contains("FIJI_OCR_JAVA_OPTS=-Xmx12g"));
        }
        ImageFiles.checkSize(huge, "png", 16L << 30);
    }

    @Test
    public void aFolderReadsItsOtherImagesBesideAHugeOne() throws Exception {
        Path folder = tmp.newFolder().toPath();
        Files.copy(TestData.testImages().resolve("digits.png"), folder.resolve("a.png"));
        hugePng(folder.resolve("b.png"));
        long heap = Runtime.getRuntime().maxMemory();
        org.junit.Assume.assumeTrue("the test heap is under 8 GB", heap < 8_000_000_000L);
        List<LineReading> lines = CONTEXT.get().service(io.github.fijiocr.OcrService.class).engine().readText(
            SliceSource.files(ImageSource.of(folder)), CONTEXT.get().service(io.github.fijiocr.OcrService.class)
                .model(null), new ReadOptions(), Progress.NONE);
        assertEquals(1, lines.size());
        assertEquals("a.png", lines.get(0).image);
    }
}
