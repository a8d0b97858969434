package io.github.fijiocr.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.OcrService;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Reading on several workers gives exactly what one thread gives, in input order, with the same skip policy. */
public class WorkersTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static OcrService ocr() {
        return CONTEXT.get().service(OcrService.class);
    }

    /** The test images, each copied {@code copies} times under its own name, and one corrupt image. */
    private Path folder(int copies) throws Exception {
        Path dir = tmp.newFolder("many").toPath();
        for (String name : TestData.testImageLabels().keySet()) {
            for (int k = 0; k < copies; k++) {
                Files.copy(TestData.testImages().resolve(name), dir.resolve(String.format("%02d-%s", k, name)));
            }
        }
        Files.write(dir.resolve("05-broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        return dir;
    }

    private static List<String> rows(List<LineReading> lines) {
        return lines.stream().map(l -> l.image + " " + l.slice + " " + l.line + " " + l.text + " " + l.bounds)
            .collect(Collectors.toList());
    }

    @Test
    public void readTextOnTwoWorkersGivesTheOneThreadRowsInOrder() throws Exception {
        Path dir = folder(6);
        List<String> skippedOne = new ArrayList<>();
        List<String> skippedTwo = new ArrayList<>();
        ReadOptions one = new ReadOptions().withThreads(1);
        ReadOptions two = new ReadOptions().withThreads(2);
        List<LineReading> a = ocr().engine().readText(SliceSource.files(ImageSource.of(dir)), ocr().model(null), one,
            Progress.of((d, t, m) -> { }, m -> { }, skippedOne::add, () -> false));
        List<LineReading> b = ocr().engine().readText(SliceSource.files(ImageSource.of(dir)), ocr().model(null), two,
            Progress.of((d, t, m) -> { }, m -> { }, skippedTwo::add, () -> false));
        assertEquals(rows(a), rows(b));
        assertTrue(a.size() >= 24);
        assertEquals(1, skippedOne.size());
        assertEquals(skippedOne, skippedTwo);
        assertTrue(skippedTwo.get(0), skippedTwo.get(0).contains("05-broken.png"));
    }

    @Test
    public void classifyOnTwoWorkersGivesTheOneThreadLabels() throws Exception {
        Path chars = TestData.chars74kFolders(tmp.newFolder("chars").toPath(), "[0-3]", 40);
        SliceSource files = SliceSource.files(ImageSource.of(chars));
        List<ClassifiedImage> a = ocr().engine().classify(files, ocr().model(null),
            ReadOptions.of(null, 0.7, null).withThreads(1), Progress.NONE);
        List<ClassifiedImage> b = ocr().engine().classify(files, ocr().model(null),
            ReadOptions.of(null, 0.7, null).withThreads(2), Progress.NONE);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).image, b.get(i).image);
            assertEquals(a.get(i).reading.label, b.get(i).reading.label);
        }
    }

    @Test
    public void aCanceledJobOnWorkersStopsWithNothingPublished() throws Exception {
        Path dir = folder(3);
        int[] calls = {0};
        try {
            ocr().engine().readText(SliceSource.files(ImageSource.of(dir)), ocr().model(null),
                new ReadOptions().withThreads(2), Progress.of((d, t, m) -> { }, m -> { }, () -> ++calls[0] > 3));
            org.junit.Assert.fail("not canceled");
        } catch (io.github.fijiocr.common.CanceledException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Reading canceled"));
        }
    }
}
