package io.github.fijiocr.dataset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.fijiocr.common.OcrException;
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
        String problems = data.problems().toString();
        for (Path bad : List.of(corrupt, empty, text, emptyClass)) {
            assertTrue("problem listed for " + bad + " in\n" + problems, data.problems().stream()
                .anyMatch(p -> p.file().equals(bad.toString()) && p.kind() == DatasetProblem.Kind.UNREADABLE));
        }
        assertEquals(problems, 4, data.problems().stream().filter(p -> p.kind() == DatasetProblem.Kind.UNREADABLE).count());
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
    public void savedSplitIsReusedAndNewImagesNeverMoveOldOnes() throws Exception {
        Path root = tmp.newFolder("grow").toPath();
        for (String c : List.of("0", "1")) {
            for (int i = 0; i < 30; i++) {
                DatasetChecksTest.glyph(root.resolve(c + "/x" + i + ".png"), c, 12 + i % 15, 24 + i, 32);
            }
        }
        DatasetOptions options = new DatasetOptions();
        CharacterDataset first = importer.load(root, options, Progress.NONE);
        Path file = SplitFile.defaultFor(root);
        assertEquals(root.resolve("fiji-ocr-split.csv"), file);
        SplitFile.write(file, first);
        for (int i = 30; i < 40; i++) {
            DatasetChecksTest.glyph(root.resolve("1/x" + i + ".png"), "1", 40, 24 + i, 32);
        }
        options.seed = 99; // a new seed must not reshuffle what was saved
        CharacterDataset grown = importer.load(root, options, Progress.NONE);
        assertEquals(70, grown.size());
        Map<String, DatasetSplit.Part> before = parts(first);
        Map<String, DatasetSplit.Part> after = parts(grown);
        before.forEach((key, part) -> assertEquals(key, part, after.get(key)));
        assertTrue(SplitFile.matches(file, first));
        assertTrue(!SplitFile.matches(file, grown));

        options.resplit = true;
        CharacterDataset resplit = importer.load(root, options, Progress.NONE);
        assertTrue("resplit ignores the file", !parts(resplit).equals(after));
    }

    @Test
    public void foreignSplitFileIsAClearError() throws Exception {
        Path root = tmp.newFolder("foreign").toPath();
        DatasetChecksTest.glyph(root.resolve("0/a.png"), "0", 20, 32, 32);
        Files.writeString(root.resolve("fiji-ocr-split.csv"), "name,fold\na.png,1\n");
        try {
            importer.load(root, new DatasetOptions(), Progress.NONE);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(root.resolve("fiji-ocr-split.csv").toString())
                && e.getMessage().contains("split_file="));
        }
    }

    @Test
    public void labelledStacksOf16BitAndRgbSlices() throws Exception {
        for (int bitDepth : new int[] {16, 24}) {
            ImageStack stack = new ImageStack(20, 20);
            for (int i = 0; i < 6; i++) {
                ImageProcessor ip = bitDepth == 16 ? new ShortProcessor(20, 20) : new ColorProcessor(20, 20);
                ip.setColor(bitDepth == 16 ? 4000 : 0xffffff);
                ip.fill();
                ip.setColor(bitDepth == 16 ? 300 + i : 0x102030 + i);
                ip.fillRect(5, 3, 4 + i % 3, 12);
                stack.addSlice(i % 2 == 0 ? "1.5" : "x\ninfo ImageJ keeps after the first line", ip);
            }
            stack.setSliceLabel(null, 6);
            Path file = tmp.getRoot().toPath().resolve("stack" + bitDepth + ".tif");
            assertTrue(new ij.io.FileSaver(new ImagePlus("s", stack)).saveAsTiffStack(file.toString()));

            CharacterDataset data = importer.load(file, new DatasetOptions(), Progress.NONE);
            assertEquals(List.of("1.5", "x"), data.classes());
            assertEquals(Map.of("1.5", 3, "x", 2), data.counts());
            assertEquals(bitDepth, data.samples().get(0).facts().bitDepth());
            assertEquals(file.resolveSibling("stack" + bitDepth + ".split.csv"), data.splitFile());
            assertTrue(data.problems().toString(), data.problems().stream()
                .anyMatch(p -> p.file().endsWith("slice 6") && p.detail().contains("Set Label")));
            ByteProcessor gray = data.samples().get(0).image();
            assertTrue("ink darker than ground", gray.get(6, 8) < gray.get(15, 15));
        }
    }

    @Test
    public void classFolderNamesForAnyLabel() {
        Map<String, String> names = ClassFolders.names(List.of("a", "A", "/", ":", "NaN", "7", "con"));
        assertEquals("A", names.get("A"));
        assertEquals("U+0061", names.get("a"));
        assertEquals("U+002F", names.get("/"));
        assertEquals("NaN", names.get("NaN"));
        assertEquals("U+0063U+006FU+006E", names.get("con"));
        for (Map.Entry<String, String> e : names.entrySet()) {
            assertEquals(e.getKey(), ClassFolders.label(e.getValue()));
        }
        Map<String, String> later = ClassFolders.names(List.of("A", "a", "b"), List.of("a", "7"));
        assertEquals("an existing lower-case folder keeps its name", "a", later.get("a"));
        assertEquals("a new class avoids it", "U+0041", later.get("A"));
        assertEquals("b", later.get("b"));
    }

    @Test
    public void everyClassWithinOneSampleOfItsShareInEveryPart() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            int[] sizes = new int[1 + random.nextInt(40)];
            for (int c = 0; c < sizes.length; c++) {
                sizes[c] = random.nextInt(random.nextBoolean() ? 10 : 2000);
            }
            int total = java.util.Arrays.stream(sizes).sum();
            int test = random.nextInt(total + 1);
            int val = random.nextInt(total - test + 1);
            int[] parts = {total - test - val, val, test};
            int[][] counts = DatasetSplit.allocate(sizes, parts);
            for (int p = 0; p < 3; p++) {
                int column = 0;
                for (int c = 0; c < sizes.length; c++) {
                    column += counts[c][p];
                    double share = total == 0 ? 0 : (double) sizes[c] * parts[p] / total;
                    assertTrue(java.util.Arrays.toString(sizes) + " " + java.util.Arrays.toString(parts),
                        Math.abs(counts[c][p] - share) < 1 && counts[c][p] >= 0);
                }
                assertEquals(parts[p], column);
            }
            for (int c = 0; c < sizes.length; c++) {
                assertEquals(sizes[c], counts[c][0] + counts[c][1] + counts[c][2]);
            }
        }
    }

    private static Map<String, DatasetSplit.Part> parts(CharacterDataset data) {
        Map<String, DatasetSplit.Part> parts = new java.util.HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            parts.put(data.samples().get(i).key(), data.split().part(i));
        }
        return parts;
    }

    private static void png(Path file) throws Exception {
        BufferedImage img = new BufferedImage(12, 16, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(5, 5, 0, 255);
        ImageIO.write(img, "png", file.toFile());
    }
}
