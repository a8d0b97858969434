package io.github.fijiocr.dataset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.OcrException;
import io.github.fijiocr.TestData;
import io.github.fijiocr.progress.Progress;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DatasetImporterTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final DatasetImporter importer = new DatasetImporter();

    @Test
    public void importsGoodFilesAndListsEachBadOneByPath() throws Exception {
        Path root = tmp.newFolder("myData").toPath();
        for (String c : List.of("0", "1", "10", "2")) {
            Files.createDirectories(root.resolve(c));
            for (int i = 0; i < 3; i++) {
                png(root.resolve(c).resolve("img" + i + ".png"));
            }
        }
        Path corrupt = root.resolve("1/corrupt.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H'});
        Path empty = root.resolve("2/empty.png");
        Files.createFile(empty);
        Path text = root.resolve("0/notes.txt");
        Files.writeString(text, "not an image");
        Path emptyClass = Files.createDirectories(root.resolve("7"));

        CharacterDataset data = importer.load(root, Progress.NONE);

        assertEquals(List.of("0", "1", "2", "10"), data.classes());
        assertEquals(Map.of("0", 3, "1", 3, "2", 3, "10", 3), data.counts());
        String problems = String.join("\n", data.problems());
        for (Path bad : List.of(corrupt, empty, text, emptyClass)) {
            assertTrue("problem listed for " + bad + " in\n" + problems, problems.contains(bad.toString()));
        }
        assertEquals(4, data.problems().size());
    }

    @Test
    public void emptyFolderIsAClearError() throws Exception {
        Path root = tmp.newFolder("nothing").toPath();
        try {
            importer.load(root, Progress.NONE);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(root.toString()) && e.getMessage().contains("sub-folder"));
        }
    }

    @Test
    public void labelsCsvWithQuotedLabels() throws Exception {
        Path root = tmp.newFolder("csv").toPath();
        png(root.resolve("a.png"));
        png(root.resolve("b c.png"));
        Files.writeString(root.resolve("labels.csv"), "path,label\na.png,\",\"\n\"b c.png\",\"say \"\"hi\"\"\"\n");
        CharacterDataset data = importer.load(root.resolve("labels.csv"), Progress.NONE);
        assertEquals(List.of(",", "say \"hi\""), List.of(data.samples().get(0).label(), data.samples().get(1).label()));
    }

    @Test
    public void chars74kDigitsByLabelsCsvHaveTheRightCountsPerClass() {
        Path dir = TestData.shared("chars74k_fnt");
        CharacterDataset data = importer.load(dir, Progress.NONE);
        Map<String, Integer> counts = data.counts();
        for (int d = 0; d <= 9; d++) {
            assertEquals("digit " + d, 1016, (int) counts.get(String.valueOf(d)));
        }
        assertEquals(16256, data.size());
        assertTrue(data.problems().isEmpty());
    }

    @Test
    public void splitIsStratifiedAndSeeded() {
        int[] labels = new int[1000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i < 900 ? 0 : 1;
        }
        DatasetSplit a = DatasetSplit.stratified(labels, 0.2, 0.2, 7);
        DatasetSplit b = DatasetSplit.stratified(labels, 0.2, 0.2, 7);
        DatasetSplit c = DatasetSplit.stratified(labels, 0.2, 0.2, 8);
        int differ = 0;
        for (int i = 0; i < labels.length; i++) {
            assertEquals(a.part(i), b.part(i));
            differ += a.part(i) != c.part(i) ? 1 : 0;
        }
        assertTrue("another seed gives another split", differ > 0);
        int[] test = a.indices(DatasetSplit.Part.TEST);
        long rareInTest = java.util.Arrays.stream(test).filter(i -> labels[i] == 1).count();
        assertEquals(200, test.length);
        assertEquals(20, rareInTest);
        assertEquals(160, a.indices(DatasetSplit.Part.VALIDATION).length);
    }

    private static void png(Path file) throws Exception {
        BufferedImage img = new BufferedImage(12, 16, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(5, 5, 0, 255);
        ImageIO.write(img, "png", file.toFile());
    }
}
