package io.github.fijiocr.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.common.CanceledException;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The engine and the scripting service: files, open images and ImgLib2 images go one way. */
public class EngineTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static OcrService ocr() {
        return CONTEXT.get().service(OcrService.class);
    }

    @Test
    public void anImgLib2ImageReadsAsItsFileDoes() throws Exception {
        Map<String, String> labels = TestData.testImageLabels();
        for (String name : labels.keySet()) {
            ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve(name));
            ArrayImg<UnsignedByteType, ByteArray> img = ArrayImgs.unsignedBytes((byte[]) gray.getPixels(),
                gray.getWidth(), gray.getHeight());
            List<LineReading> lines = ocr().readText(img, name, ocr().model(null), new ReadOptions(), Progress.NONE);
            assertEquals(name, labels.get(name), lines.get(0).text);
        }
    }

    @Test
    public void aSixteenBitImgLib2StackReadsEveryPlane() throws Exception {
        ByteProcessor gray = ImageFiles.readGray(TestData.testImages().resolve("digits.png"));
        int w = gray.getWidth();
        int h = gray.getHeight();
        short[] px = new short[w * h * 2];
        for (int i = 0; i < w * h; i++) {
            // Plane 1 as 16-bit values 1000..3550, plane 2 inverted: either polarity reads.
            px[i] = (short) (1000 + 10 * gray.get(i));
            px[w * h + i] = (short) (1000 + 10 * (255 - gray.get(i)));
        }
        ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(px, w, h, 2);
        List<LineReading> lines = ocr().readText(img, "stack", ocr().model(null), new ReadOptions(), Progress.NONE);
        String digits = TestData.testImageLabels().get("digits.png");
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).slice);
        assertEquals(digits, lines.get(0).text);
        assertEquals(2, lines.get(1).slice);
        assertEquals(digits, lines.get(1).text);
    }

    @Test
    public void anOpenImageAndItsFileGiveTheSameLines() throws Exception {
        Path file = TestData.testImages().resolve("expiry.png");
        Ocr engine = ocr().engine();
        List<LineReading> fromFile = engine.readText(SliceSource.files(ImageSource.of(file)), ocr().model(null),
            new ReadOptions(), Progress.NONE);
        ImagePlus open = ImageFiles.open(file);
        List<LineReading> fromImage = engine.readText(SliceSource.image(open, "expiry.png"), ocr().model(null),
            new ReadOptions(), Progress.NONE);
        assertEquals(fromFile.size(), fromImage.size());
        for (int i = 0; i < fromFile.size(); i++) {
            assertEquals(fromFile.get(i).text, fromImage.get(i).text);
            assertEquals(fromFile.get(i).bounds, fromImage.get(i).bounds);
        }
    }

    @Test
    public void cancelEndsEveryJobTheSameWayAndPublishesNothing() throws Exception {
        Path folder = tmp.newFolder().toPath();
        for (String name : TestData.testImageLabels().keySet()) {
            Files.copy(TestData.testImages().resolve(name), folder.resolve(name));
        }
        SliceSource files = SliceSource.files(ImageSource.of(folder));
        List<String> reached = new ArrayList<>();
        Progress cancelAfterTwo = Progress.of((done, total, message) -> reached.add(message), m -> { },
            () -> reached.size() >= 2);
        Ocr engine = ocr().engine();
        try {
            engine.readText(files, ocr().model(null), new ReadOptions(), cancelAfterTwo);
            fail("Read Text went on after cancel");
        } catch (CanceledException e) {
            assertEquals("Reading canceled after 2 of 4 images.", e.getMessage());
        }
        reached.clear();
        try {
            engine.classify(files, ocr().model(null), new ReadOptions(), cancelAfterTwo);
            fail("Classify went on after cancel");
        } catch (CanceledException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Classifying canceled"));
        }
    }

    @Test
    public void anUnreadableFileIsSkippedByNameAndTheOthersAreRead() throws Exception {
        Path folder = tmp.newFolder().toPath();
        Files.copy(TestData.testImages().resolve("digits.png"), folder.resolve("a.png"));
        Files.write(folder.resolve("b.png"), new byte[] {1, 2, 3});
        Files.copy(TestData.testImages().resolve("digits.png"), folder.resolve("c.png"));
        List<String> log = new ArrayList<>();
        org.scijava.log.LogService logService = CONTEXT.get().service(org.scijava.log.LogService.class);
        org.scijava.log.LogListener listener = m -> log.add(m.text());
        logService.addLogListener(listener);
        try {
            for (int job = 0; job < 3; job++) {
                log.clear();
                SliceSource files = SliceSource.files(ImageSource.of(folder));
                int found = job == 0 ? ocr().engine().readText(files, ocr().model(null), new ReadOptions(),
                    Progress.NONE).size()
                    : job == 1 ? ocr().engine().classify(files, ocr().model(null), new ReadOptions(),
                        Progress.NONE).size()
                    : ocr().engine().locate(files, new io.github.fijiocr.locate.LocateOptions(), Progress.NONE)
                        .size();
                assertEquals("job " + job, 2, found);
                assertEquals(log.toString(), 1, log.size());
                assertTrue(log.get(0), log.get(0).startsWith("b.png: skipped, "));
            }
        } finally {
            logService.removeLogListener(listener);
        }
    }

    @Test
    public void aCommandKnowsWhichInputsItLeftOut() throws Exception {
        Path folder = tmp.newFolder().toPath();
        Files.copy(TestData.testImages().resolve("digits.png"), folder.resolve("a.png"));
        Files.write(folder.resolve("b.png"), new byte[] {1, 2, 3});
        org.scijava.command.CommandModule m = CONTEXT.run(io.github.fijiocr.command.ReadTextCommand.class, "input",
            folder.toFile());
        List<String> skipped = ((io.github.fijiocr.command.OcrCommand) m.getDelegateObject()).skipped();
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0), skipped.get(0).startsWith("b.png: skipped, "));
    }

    @Test
    public void anImgLib2ImageOfFourDimensionsIsRefusedInOneLine() {
        try {
            ImgLib2Slices.of(ArrayImgs.unsignedBytes(4, 4, 2, 2), "hyperstack");
            fail("a 4D image was taken as a stack");
        } catch (io.github.fijiocr.common.OcrException e) {
            assertEquals("hyperstack has 4 dimensions: give a 2D image or a 3D stack (x, y, slice).", e.getMessage());
        }
    }
}
