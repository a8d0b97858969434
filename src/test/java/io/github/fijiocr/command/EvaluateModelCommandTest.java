package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.dataset.SplitFile;
import io.github.fijiocr.progress.Progress;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Evaluate Model run by macro keys on a small generated dataset with the bundled model. */
public class EvaluateModelCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    /** 6 images each of 1, 4, 7, A, and 3 of "a", which the bundled model (capitals only) cannot read. */
    private Path dataset() throws Exception {
        Path root = tmp.newFolder("glyphs").toPath();
        TestData.glyphFolders(root, 6, "1", "4", "7", "A");
        return TestData.glyphFolders(root, 3, "a");
    }

    @Test
    public void allImagesGiveConsistentTablesAndWriteNothingBesideTheData() throws Exception {
        Path data = dataset();
        CommandModule m = run("input", data.toFile(), "split", "all", "target_error", 0.05);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable summary = (ResultsTable) m.getOutput("summary");
        ResultsTable classes = (ResultsTable) m.getOutput("classes");
        ResultsTable confusion = (ResultsTable) m.getOutput("confusion");
        ResultsTable pairs = (ResultsTable) m.getOutput("pairs");
        ResultsTable readRate = (ResultsTable) m.getOutput("read_rate");
        double accuracy = (double) m.getOutput("accuracy");
        assertEquals(27, (int) summary.getValue("images", 0));

        // Rows are the dataset's classes in its order, then any class only read.
        for (int r = 0; r < 5; r++) {
            assertEquals(List.of("1", "4", "7", "A", "a").get(r), confusion.getStringValue("true", r));
            assertEquals(confusion.getStringValue("true", r), classes.getStringValue("class", r));
        }
        int total = 0;
        int diagonal = 0;
        int offDiagonal = 0;
        for (int r = 0; r < confusion.size(); r++) {
            String truth = confusion.getStringValue("true", r);
            int row = 0;
            for (int c = 0; c < classes.size(); c++) {
                String read = classes.getStringValue("class", c);
                int n = (int) confusion.getValue(read, r);
                row += n;
                diagonal += read.equals(truth) ? n : 0;
                offDiagonal += read.equals(truth) ? 0 : n;
            }
            assertEquals("support of " + truth, (int) classes.getValue("support", r), row);
            total += row;
        }
        assertEquals(27, total);
        assertEquals((double) diagonal / total, accuracy, 1e-9);
        assertEquals(accuracy, summary.getValue("accuracy", 0), 1e-9);
        assertEquals("the model's capitals-only alphabet never reads a", 0,
            (int) confusion.getValue("a", 4));
        assertTrue("the digits and capitals read right: " + accuracy, accuracy >= 0.8);

        int pairSum = 0;
        for (int r = 0; r < pairs.size(); r++) {
            pairSum += (int) pairs.getValue("count", r);
            if (r > 0) {
                assertTrue(pairs.getValue("count", r) <= pairs.getValue("count", r - 1));
            }
        }
        assertEquals(offDiagonal, pairSum);

        assertEquals(100, readRate.size());
        assertEquals(1.0, readRate.getValue("read_rate", 0), 1e-9);
        assertEquals(1 - accuracy, readRate.getValue("error_rate", 0), 1e-9);
        // The chosen threshold is the first row of the read-rate table that meets the target.
        int k = 0;
        while (k < readRate.size() && !(readRate.getValue("error_rate", k) <= 0.05)) {
            k++;
        }
        if (k == readRate.size()) {
            assertTrue(Double.isNaN(summary.getValue("threshold", 0)));
        } else {
            assertEquals(readRate.getValue("threshold", k), summary.getValue("threshold", 0), 1e-9);
            assertEquals(readRate.getValue("read_rate", k), summary.getValue("read_rate", 0), 1e-9);
        }

        ImagePlus heat = (ImagePlus) m.getOutput("heat_map");
        assertNotNull(heat);
        assertTrue(heat.getWidth() >= classes.size() * 16);
        assertFalse("evaluation is read-only", Files.exists(SplitFile.defaultFor(data)));
    }

    @Test
    public void testSplitUsesTheSavedSplitsTestImages() throws Exception {
        Path data = dataset();
        DatasetOptions options = new DatasetOptions();
        CharacterDataset imported = new DatasetImporter().load(data, options, Progress.NONE);
        SplitFile.write(SplitFile.defaultFor(data), imported);
        int tests = imported.split().indices(DatasetSplit.Part.TEST).length;
        assertTrue(tests > 0 && tests < 27);

        CommandModule m = run("input", data.toFile(), "split", "test");
        assertFalse(m.getCancelReason(), m.isCanceled());
        assertEquals(tests, (int) ((ResultsTable) m.getOutput("summary")).getValue("images", 0));

        CommandModule all = run("input", data.toFile(), "split", "all");
        assertEquals(27, (int) ((ResultsTable) all.getOutput("summary")).getValue("images", 0));
    }

    @Test
    public void allowedLimitsWhatIsRead() throws Exception {
        CommandModule m = run("input", dataset().toFile(), "split", "all", "allowed", "017");
        ResultsTable classes = (ResultsTable) m.getOutput("classes");
        for (int r = 0; r < classes.size(); r++) {
            String c = classes.getStringValue("class", r);
            if (!"017".contains(c)) {
                assertEquals(c + " is never read", 0, (int) classes.getValue("predicted", r));
            }
        }
    }

    @Test
    public void missingDatasetOrBadModelNamesTheFile() throws Exception {
        File missing = new File(tmp.getRoot(), "no-such-dataset");
        CommandModule none = run("input", missing);
        assertTrue(none.isCanceled());
        assertTrue(none.getCancelReason(), none.getCancelReason().contains(missing.toString()));

        Path data = dataset();
        Path fake = tmp.newFile("fake-model.zip").toPath();
        Files.writeString(fake, "not a model");
        CommandModule bad = run("input", data.toFile(), "model", fake.toFile());
        assertTrue(bad.isCanceled());
        assertTrue(bad.getCancelReason(), bad.getCancelReason().contains(fake.toString()));
        assertFalse(bad.getCancelReason().contains("\n"));

        File absentModel = new File(tmp.getRoot(), "absent.zip");
        CommandModule absent = run("input", data.toFile(), "model", absentModel);
        assertTrue(absent.isCanceled());
        assertTrue(absent.getCancelReason(), absent.getCancelReason().contains(absentModel.toString()));

        CommandModule badSplit = run("input", data.toFile(), "split", "train");
        assertTrue(badSplit.isCanceled());
        assertTrue(badSplit.getCancelReason(), badSplit.getCancelReason().contains("split=train is not a choice: use test or all"));

        CommandModule noInput = run();
        assertTrue(noInput.isCanceled());
        assertTrue(noInput.getCancelReason(), noInput.getCancelReason().contains("input="));
    }

    private static CommandModule run(Object... keyValues) throws Exception {
        return CONTEXT.run(EvaluateModelCommand.class, keyValues);
    }
}
