package io.github.fijiocr.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ClassifiedImage;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** command=classify and command=timestamps give what Classify Characters and Read Timestamps give. */
public class OtherCommandsTest {
    @ClassRule
    public static final TemporaryFolder TMP = new TemporaryFolder();

    @ClassRule
    public static final LocalSpark SPARK = new LocalSpark();

    private static BufferedImage card(int w, int h, String text, int size) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font("SansSerif", Font.BOLD, size));
        g.drawString(text, 4, h - (h - size) / 2 - 2);
        g.dispose();
        return img;
    }

    @Test
    public void classifyGivesClassifyCharactersRowsAndOneErrorRow() throws Exception {
        Path dir = TMP.newFolder("characters").toPath();
        for (int i = 0; i < 30; i++) {
            ImageIO.write(card(32, 40, String.valueOf(i % 10), 30), "png", dir.resolve(String.format("c-%02d.png", i)).toFile());
        }
        Files.write(dir.resolve("c-broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        List<ClassifiedImage> expected = new Ocr(new org.scijava.log.StderrLogService()).classify(
            SliceSource.files(ImageSource.of(dir)), ModelFile.bundled(), new ReadOptions().withThreads(1), Progress.NONE);
        TreeSet<String> want = expected.stream().map(c -> c.image + " " + c.reading.text() + " "
            + String.format(Locale.ROOT, "%.4f", c.reading.confidence)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(30, want.size());

        List<Row> rows = ReadJob.run(SPARK.session(), JobOptions.parse("input=" + dir.toUri(), "output="
            + TMP.getRoot().toPath().resolve("out-classify").toUri(), "command=classify")).collectAsList();
        TreeSet<String> got = rows.stream().filter(r -> r.getString(7).isEmpty()).map(r -> r.getString(0) + " "
            + r.getString(2) + " " + String.format(Locale.ROOT, "%.4f", r.getDouble(3)))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
        List<Row> errors = rows.stream().filter(r -> !r.getString(7).isEmpty()).collect(Collectors.toList());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).getString(7), errors.get(0).getString(7).startsWith("c-broken.png"));
    }

    @Test
    public void timestampsGiveReadTimestampsRowsPerStack() throws Exception {
        Path dir = TMP.newFolder("stacks").toPath();
        for (int s = 0; s < 2; s++) {
            ImageStack stack = new ImageStack(200, 48);
            for (int i = 0; i < 12; i++) {
                int t = s * 3600 + i * 5;
                String text = String.format(Locale.ROOT, "%02d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
                stack.addSlice(new ByteProcessor(card(200, 48, text, 24)));
            }
            new FileSaver(new ImagePlus("stack " + s, stack)).saveAsTiffStack(dir.resolve("movie-" + s + ".tif").toString());
        }
        Files.write(dir.resolve("movie-broken.tif"), new byte[] {'I', 'I', 42, 0, 1, 2, 3});
        Ocr engine = new Ocr(new org.scijava.log.StderrLogService());
        TreeSet<String> want = new TreeSet<>();
        for (int s = 0; s < 2; s++) {
            Timestamps t = engine.readTimestamps(io.github.fijiocr.io.VirtualStacks.open(
                dir.resolve("movie-" + s + ".tif").toFile()), null, null, ModelFile.bundledLine(), 0.7, Progress.NONE);
            for (TimestampReading r : t.readings) {
                want.add("movie-" + s + ".tif " + r.slice + " " + r.text + " " + r.value + " " + r.status.key() + " "
                    + t.interval);
            }
        }
        assertEquals(24, want.size());
        assertTrue(want.toString(), want.contains("movie-1.tif 12 01:00:55 3655.0 read 5.0"));

        List<Row> rows = ReadJob.run(SPARK.session(), JobOptions.parse("input=" + dir.toUri(), "output="
            + TMP.getRoot().toPath().resolve("out-timestamps").toUri(), "command=timestamps", "threshold=0.7"))
            .collectAsList();
        TreeSet<String> got = rows.stream().filter(r -> r.getString(10).isEmpty()).map(r -> r.getString(0) + " "
            + r.getInt(1) + " " + r.getString(2) + " " + r.getDouble(3) + " " + r.getString(5) + " " + r.getDouble(8))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
        assertEquals(1, rows.stream().filter(r -> !r.getString(10).isEmpty()).count());
    }

    @Test
    public void anInputWithoutImagesIsOneLineBeforeAnyTask() throws Exception {
        Path empty = TMP.newFolder("no-images").toPath();
        Files.write(empty.resolve("labels.csv"), "path,label\n".getBytes());
        Path out = TMP.getRoot().toPath().resolve("out-none");
        for (String input : new String[] {empty.toUri().toString(), empty.resolve("missing-*.png").toUri().toString()}) {
            try {
                ReadJob.run(SPARK.session(), JobOptions.parse("input=" + input, "output=" + out.toUri()));
                fail("input=" + input + " was accepted");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("input=" + input)
                    && (e.getMessage().contains("holds no image file") || e.getMessage().contains("matches no file")));
            }
        }
        assertTrue(!Files.exists(out)); // nothing written
    }

    @Test
    public void aModelOfTheWrongKindOrAMisplacedKeyIsOneLine() {
        try {
            JobOptions.parse("input=x", "output=y", "command=read", "format=time");
            fail("format= without command=timestamps was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("format= is for command=timestamps"));
        }
        try {
            JobOptions.parse("input=x", "output=y", "command=classify", "lexicon=none");
            fail("lexicon= with command=classify was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("lexicon= is for command=read"));
        }
        try {
            // A word list that is not there stops the job on the driver, before any task.
            JobRows.of(ModelFile.bundledLine(), JobOptions.parse("input=x", "output=y", "lexicon=/no/such/words.txt"));
            fail("a missing lexicon file was accepted");
        } catch (io.github.fijiocr.common.OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("lexicon=/no/such/words.txt: no such file"));
        }
        try {
            JobOptions.parse("input=x", "output=y", "command=count");
            fail("an unknown command was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("command=count is not a job"));
        }
        try {
            JobRows.of(ModelFile.bundledLine(), JobOptions.parse("input=x", "output=y", "command=timestamps",
                "format=\\d{3,1}"));
            fail("a bad format= was accepted");
        } catch (io.github.fijiocr.common.OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("format=\\d{3,1} is not a format name"));
        }
        try {
            JobRows.check(ModelFile.bundledLine(), "classify");
            fail("a line model was accepted for classify");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("command=classify needs a character model"));
        }
    }
}
