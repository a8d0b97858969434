package io.github.fijiocr.dataset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.dataset.DatasetProblem.Kind;
import io.github.fijiocr.dataset.DatasetSplit.Part;
import io.github.fijiocr.progress.Progress;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The dataset checks find each kind of bad sample by file, and drop only what they are told to. */
public class DatasetChecksTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void eachKindOfProblemIsFoundByFile() throws Exception {
        Path root = tmp.newFolder("data").toPath();
        for (int i = 0; i < 10; i++) {
            glyph(root.resolve("A/a" + i + ".png"), "A", 20 + i, 32, 32);
            glyph(root.resolve("B/b" + i + ".png"), "B", 20 + i, 32, 32);
        }
        Path blank = glyph(root.resolve("A/blank.png"), "", 20, 32, 32);
        Path faint = faint(root.resolve("B/faint.png"));
        Path wide = glyph(root.resolve("A/wide.png"), "A", 20, 200, 30);
        Path copy = root.resolve("A/copy.png");
        Files.copy(root.resolve("A/a3.png"), copy);
        Path mislabelled = root.resolve("B/mislabelled.png");
        Files.copy(root.resolve("A/a5.png"), mislabelled);
        Files.copy(root.resolve("A/a5.png"), root.resolve("A/a5-again.png"));

        DatasetOptions options = options();
        options.alphabet = List.of("A", "0");
        CharacterDataset data = new DatasetImporter().load(root, options, Progress.NONE);

        assertProblem(data, blank, Kind.BLANK);
        assertProblem(data, faint, Kind.BLANK);
        assertProblem(data, wide, Kind.ASPECT);
        assertProblem(data, copy, Kind.DUPLICATE);
        assertProblem(data, mislabelled, Kind.CONFLICT);
        assertProblem(data, root.resolve("A/a5.png"), Kind.CONFLICT);
        assertProblem(data, root.resolve("A/a5-again.png"), Kind.CONFLICT);
        for (DatasetProblem p : data.problems()) {
            if (p.kind() == Kind.CONFLICT) {
                String own = p.file().contains("/A/") ? "'A' here" : "'B' here";
                String other = p.file().contains("/A/") ? "and 'B' in" : "and 'A' in";
                assertTrue(p.toString(), p.detail().contains(own) && p.detail().contains(other));
            }
        }
        assertProblem(data, root.resolve("B/b0.png"), Kind.ALPHABET);
        assertEquals("nothing dropped unless asked", 0, data.split().indices(Part.EXCLUDED).length);
        Set<Path> flagged = data.problems().stream().filter(p -> p.kind() != Kind.ALPHABET)
            .map(p -> Path.of(p.file())).collect(Collectors.toSet());
        flagged.remove(root.resolve("A/a3.png")); // flagged as leakage only if it fell in test and its copy in train
        assertEquals("good images are not flagged: " + data.problems(),
            Set.of(blank, faint, wide, copy, mislabelled, root.resolve("A/a5.png"), root.resolve("A/a5-again.png")),
            flagged);
    }

    @Test
    public void leakageIsATestCopyOfATrainingImageAndDroppingRemovesIt() throws Exception {
        Path root = tmp.newFolder("leaky").toPath();
        for (int i = 0; i < 20; i++) {
            glyph(root.resolve("7/a" + i + ".png"), "7", 14 + i, 32, 32);
            Files.copy(root.resolve("7/a" + i + ".png"), root.resolve("7/b" + i + ".png"));
        }
        DatasetOptions options = options();
        CharacterDataset data = new DatasetImporter().load(root, options, Progress.NONE);
        List<DatasetProblem> leaks = data.problems().stream().filter(p -> p.kind() == Kind.LEAKAGE)
            .collect(Collectors.toList());
        assertTrue("some copies fall on both sides of the split", !leaks.isEmpty());
        for (DatasetProblem leak : leaks) {
            int i = keyIndex(data, leak.file());
            assertTrue(leak.toString(), data.split().part(i) == Part.TEST || data.split().part(i) == Part.VALIDATION);
        }

        options.drop = DatasetOptions.parseDrop("leakage");
        CharacterDataset dropped = new DatasetImporter().load(root, options, Progress.NONE);
        assertEquals(leaks.size(), dropped.split().indices(Part.EXCLUDED).length);
        for (DatasetProblem leak : leaks) {
            assertEquals(Part.EXCLUDED, dropped.split().part(keyIndex(dropped, leak.file())));
        }
        options.drop = DatasetOptions.parseDrop("duplicate");
        CharacterDataset deduplicated = new DatasetImporter().load(root, options, Progress.NONE);
        assertEquals("one of each pair left out", 20, deduplicated.split().indices(Part.EXCLUDED).length);
    }

    @Test
    public void dropNamesKindsOrAll() {
        assertEquals(EnumSet.noneOf(Kind.class), DatasetOptions.parseDrop("none"));
        assertEquals(EnumSet.allOf(Kind.class), DatasetOptions.parseDrop("all"));
        assertEquals(EnumSet.of(Kind.BLANK, Kind.DUPLICATE), DatasetOptions.parseDrop("blank, duplicates"));
        try {
            DatasetOptions.parseDrop("blank blurry");
            org.junit.Assert.fail();
        } catch (io.github.fijiocr.common.OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("blurry") && e.getMessage().contains("leakage"));
        }
    }

    private static int keyIndex(CharacterDataset data, String file) {
        for (int i = 0; i < data.size(); i++) {
            if (data.samples().get(i).source().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " not in dataset");
    }

    private static void assertProblem(CharacterDataset data, Path file, Kind kind) {
        assertTrue(kind + " for " + file + " in " + data.problems(), data.problems().stream()
            .anyMatch(p -> p.file().equals(file.toString()) && p.kind() == kind));
    }

    private DatasetOptions options() {
        DatasetOptions o = new DatasetOptions();
        o.splitFile = tmp.getRoot().toPath().resolve("split.csv");
        o.saveSplit = false;
        return o;
    }

    static Path glyph(Path file, String text, int fontSize, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
        g.drawString(text, 4, h - 6);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** White with a few barely darker pixels: noise, not ink. */
    private static Path faint(Path file) throws Exception {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random r = new java.util.Random(1);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                img.getRaster().setSample(x, y, 0, 240 + r.nextInt(8));
            }
        }
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
