package io.github.fijiocr.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Spark job in local[2] over 200 generated images and a corrupt one: Read Text's rows, one error row. */
public class ReadJobTest {
    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    @ClassRule
    public static final LocalSpark SPARK = new LocalSpark();

    private static Path images(Path dir, int count) throws Exception {
        Random r = new Random(3);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(180, 48, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 180, 48);
            g.setColor(Color.BLACK);
            g.setFont(new Font("SansSerif", Font.PLAIN, 22));
            g.drawString(String.format(Locale.ROOT, "LOT %05d", r.nextInt(100000)), 8, 32);
            g.dispose();
            ImageIO.write(img, "png", dir.resolve(String.format("img-%03d.png", i)).toFile());
        }
        Files.write(dir.resolve("img-broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 9, 9, 9});
        Files.write(dir.resolve("labels.csv"), "path,label\n".getBytes()); // not an image: left out, as Read Text does
        return dir;
    }

    @Test
    public void theJobGivesReadTextsRowsPlusOneErrorRowAndARerunReplacesThem() throws Exception {
        Path dir = images(TMP.newFolder("images").toPath(), 200);
        Path out = TMP.getRoot().toPath().resolve("out");
        JobOptions options = JobOptions.parse("input=" + dir.toUri(), "output=" + out.toUri(), "partitions=4");

        List<LineReading> expected = new Ocr(new org.scijava.log.StderrLogService()).readText(
            SliceSource.files(ImageSource.of(dir)), ModelFile.bundledLine(), new ReadOptions().withThreads(1),
            Progress.NONE);
        TreeSet<String> want = expected.stream().map(l -> l.image + " " + l.slice + " " + l.line + " " + l.text + " "
            + l.bounds.x + "," + l.bounds.y + "," + l.bounds.width + "," + l.bounds.height)
            .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(want.size() >= 200);

        Dataset<Row> table = ReadJob.run(SPARK.session(), options);
        List<Row> rows = table.collectAsList();
        TreeSet<String> got = rows.stream().filter(r -> r.getString(12).isEmpty())
            .map(r -> r.getString(0) + " " + r.getInt(1) + " " + r.getInt(2) + " " + r.getString(3) + " " + r.getInt(7)
                + "," + r.getInt(8) + "," + r.getInt(9) + "," + r.getInt(10))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
        List<Row> errors = rows.stream().filter(r -> !r.getString(12).isEmpty()).collect(Collectors.toList());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).getString(11), errors.get(0).getString(11).endsWith("img-broken.png"));

        // A rerun over the same output replaces the table whole.
        ReadJob.run(SPARK.session(), options);
        assertEquals(rows.size(), SPARK.session().read().parquet(out.resolve("parquet").toString()).count());
        assertEquals(rows.size(), SPARK.session().read().option("header", true).csv(out.resolve("csv").toString())
            .count());
    }

    @Test
    public void aBadKeyIsOneLineNamingIt() {
        try {
            JobOptions.parse("input=x", "output=y", "treshold=0.5");
            org.junit.Assert.fail("a misspelt key was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Unknown key treshold="));
        }
    }
}
