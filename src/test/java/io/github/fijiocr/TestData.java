package io.github.fijiocr;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.Assume;

/** Where the tests find the project's sample images and the shared real datasets. */
public final class TestData {
    private TestData() {
    }

    public static Path testImages() {
        return Path.of("test-images").toAbsolutePath();
    }

    /** test-images/labels.csv as file name to true text. */
    public static Map<String, String> testImageLabels() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String[]> rows = LabelsCsv.read(testImages().resolve("labels.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            labels.put(row[0], row[1]);
        }
        return labels;
    }

    /**
     * A folder-per-class dataset made in {@code dest} from the first {@code perClass} images of
     * each chars74k_fnt class whose label matches {@code classes} (a regex).
     */
    public static Path chars74kFolders(Path dest, String classes, int perClass) throws IOException {
        Path chars = shared("chars74k_fnt");
        Map<String, Integer> copied = new LinkedHashMap<>();
        List<String[]> rows = LabelsCsv.read(chars.resolve("labels.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            if (row[1].matches(classes) && copied.merge(row[1], 1, Integer::sum) <= perClass) {
                Path dir = Files.createDirectories(dest.resolve(row[1]));
                Files.copy(chars.resolve(row[0]), dir.resolve(Path.of(row[0]).getFileName()));
            }
        }
        return dest;
    }

    /** A folder of ../shared/data; the test is skipped (not passed) where the data is absent. */
    public static Path shared(String name) {
        Path dir = Path.of(System.getProperty("fijiocr.shared.data", "../shared/data")).resolve(name);
        Assume.assumeTrue("shared dataset " + dir + " is not here", Files.isDirectory(dir));
        return dir;
    }

    /**
     * A folder-per-class dataset drawn here: {@code perClass} images of each class in {@code root},
     * dark on light, alternating sans-serif and serif, growing in size (no two alike).
     */
    public static Path glyphFolders(Path root, int perClass, String... classes) throws IOException {
        for (String c : classes) {
            for (int i = 0; i < perClass; i++) {
                Path file = Files.createDirectories(root.resolve(c)).resolve(c + "_" + i + ".png");
                BufferedImage img = new BufferedImage(48, 56, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                g.setColor(new Color(235, 235, 235));
                g.fillRect(0, 0, 48, 56);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(new Color(30, 30, 30));
                g.setFont(new Font(i % 2 == 0 ? Font.SANS_SERIF : Font.SERIF, Font.PLAIN, 28 + 3 * i));
                g.drawString(c, 8, 46);
                g.dispose();
                ImageIO.write(img, "png", file.toFile());
            }
        }
        return root;
    }

    /**
     * Grain at its worst: a dark 2x2 speck every 6 pixels (rows shifted by one in turn) on light
     * ground, a particle each: 8,480 at 640x480, 83,250 at 2000x1500.
     */
    public static ByteProcessor grain(int width, int height) {
        ByteProcessor bp = new ByteProcessor(width, height);
        bp.setValue(230);
        bp.fill();
        bp.setValue(20);
        for (int y = 1; y < height - 3; y += 6) {
            for (int x = 1; x < width - 3; x += 6) {
                bp.fill(new Roi(x + (y / 6) % 2, y, 2, 2));
            }
        }
        return bp;
    }

    /** The ink box of every character found, line by line. */
    public static List<Rectangle> inkBoxes(List<TextLine> lines) {
        List<Rectangle> out = new ArrayList<>();
        for (TextLine l : lines) {
            for (Glyph g : l.glyphs()) {
                out.add(g.ink());
            }
        }
        return out;
    }
}
