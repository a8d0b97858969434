package io.github.fijiocr.command;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.present.AugmentationMontage;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** "Preview Augmentation" by macro keys: the montage's layout, its first column, its seed, its file. */
public class PreviewAugmentationCommandTest {
    private static final int N = 32;

    @ClassRule
    public static TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static Path data;

    @BeforeClass
    public static void start() throws Exception {
        data = tmp.newFolder("glyphs").toPath();
        for (String c : new String[] {"3", "7", "A"}) {
            for (int i = 0; i < 4; i++) {
                glyph(data.resolve(c).resolve(i + ".png"), c, 20 + 5 * i);
            }
        }
    }

    @Test
    public void montageHasARowPerImageTheInputFirstThenItsVariants() throws Exception {
        File png = new File(tmp.getRoot(), "montage.png");
        ImagePlus m = run("input", data.toFile(), "images", 5, "variants", 3, "seed", 7L, "output", png);
        assertEquals(4 * N + 3 * AugmentationMontage.GAP, m.getWidth());
        assertEquals(5 * N + 4 * AugmentationMontage.GAP, m.getHeight());
        Map<Integer, String> rows = rows(m);
        assertEquals(5, rows.size());
        assertEquals("all three classes among five images", 3, rows.values().stream()
            .map(k -> k.substring(0, 1)).distinct().count());
        Preprocessor pre = new Preprocessor(Preprocessing.standard());
        for (Map.Entry<Integer, String> row : rows.entrySet()) {
            float[] input = pre.wholeImage(ImageFiles.readGray(data.resolve(row.getValue())));
            assertArrayEquals(row.getValue(), input, tile(m, row.getKey(), 0), 0f);
            for (int v = 1; v <= 3; v++) {
                assertFalse(Arrays.equals(input, tile(m, row.getKey(), v)));
            }
        }
        ImagePlus saved = ImageFiles.open(png.toPath());
        assertArrayEquals((byte[]) m.getProcessor().getPixels(),
            (byte[]) saved.getProcessor().convertToByte(false).getPixels());
    }

    @Test
    public void sameSeedSameMontageAnotherSeedAnother() throws Exception {
        File tif = new File(tmp.getRoot(), "montage.tif");
        ImagePlus a = run("input", data.toFile(), "seed", 11L, "output", tif);
        ImagePlus b = run("input", data.toFile(), "seed", 11L);
        ImagePlus c = run("input", data.toFile(), "seed", 12L);
        assertEquals(8, rows(a).size());
        assertEquals(9 * N + 8 * AugmentationMontage.GAP, a.getWidth());
        assertArrayEquals((byte[]) a.getProcessor().getPixels(), (byte[]) b.getProcessor().getPixels());
        assertFalse(Arrays.equals((byte[]) a.getProcessor().getPixels(), (byte[]) c.getProcessor().getPixels()));
        ImagePlus saved = ImageFiles.open(tif.toPath());
        assertArrayEquals((byte[]) a.getProcessor().getPixels(), (byte[]) saved.getProcessor().getPixels());
    }

    @Test
    public void anImagesVariantsDoNotDependOnTheOtherRows() throws Exception {
        ImagePlus few = run("input", data.toFile(), "images", 2, "variants", 2, "seed", 5L);
        ImagePlus all = run("input", data.toFile(), "images", 12, "variants", 2, "seed", 5L);
        Map<Integer, String> allRows = rows(all);
        for (Map.Entry<Integer, String> row : rows(few).entrySet()) {
            int there = allRows.entrySet().stream().filter(e -> e.getValue().equals(row.getValue())).findFirst()
                .orElseThrow().getKey();
            for (int v = 0; v <= 2; v++) {
                assertArrayEquals(tile(few, row.getKey(), v), tile(all, there, v), 0f);
            }
        }
    }

    @Test
    public void noneRepeatsTheInputAndSeedPreprocessingIsUsed() throws Exception {
        ImagePlus m = run("input", data.toFile(), "augment", "none", "preprocessing", "seed", "images", 3,
            "variants", 2);
        Preprocessor pre = new Preprocessor(Preprocessing.seed());
        for (Map.Entry<Integer, String> row : rows(m).entrySet()) {
            float[] input = pre.wholeImage(ImageFiles.readGray(data.resolve(row.getValue())));
            for (int v = 0; v <= 2; v++) {
                assertArrayEquals(input, tile(m, row.getKey(), v), 0f);
            }
        }
    }

    @Test
    public void unknownAugmentationOrFormatCancelsWithTheFix() throws Exception {
        CommandModule bad = CONTEXT.run(PreviewAugmentationCommand.class, "input", data.toFile(),
            "augment", "heavy");
        assertTrue(bad.isCanceled());
        assertTrue(bad.getCancelReason(), bad.getCancelReason().contains("augment=heavy is not a choice: use standard, seed or none"));
        CommandModule jpg = CONTEXT.run(PreviewAugmentationCommand.class, "input", data.toFile(),
            "output", new File(tmp.getRoot(), "m.jpg"));
        assertTrue(jpg.isCanceled());
        assertTrue(jpg.getCancelReason(), jpg.getCancelReason().contains(".png"));
    }

    private static ImagePlus run(Object... keyValues) throws Exception {
        CommandModule m = CONTEXT.run(PreviewAugmentationCommand.class, keyValues);
        assertFalse(m.getCancelReason(), m.isCanceled());
        return (ImagePlus) m.getOutput("montage");
    }

    /** Row (0-based) to sample key, from the montage's Info. */
    private static Map<Integer, String> rows(ImagePlus m) {
        Map<Integer, String> rows = new LinkedHashMap<>();
        String[] lines = ((String) m.getProperty("Info")).split("\n");
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[0].matches("\\d+")) {
                rows.put(Integer.parseInt(f[0]) - 1, f[1]);
            }
        }
        return rows;
    }

    private static float[] tile(ImagePlus m, int row, int column) {
        ImageProcessor ip = m.getProcessor();
        int x0 = AugmentationMontage.origin(column, N);
        int y0 = AugmentationMontage.origin(row, N);
        float[] t = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                t[y * N + x] = ip.get(x0 + x, y0 + y) / 255f;
            }
        }
        return t;
    }

    private static void glyph(Path file, String text, int fontSize) throws Exception {
        BufferedImage img = new BufferedImage(40, 48, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, 40, 48);
        g.setColor(new Color(35, 35, 35));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
        g.drawString(text, 6, 40);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }
}
