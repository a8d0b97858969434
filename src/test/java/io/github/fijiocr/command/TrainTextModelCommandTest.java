package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.train.line.ShiftedDigits;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** "Train Text Model" by macro keys: it writes a line model, refuses what it cannot use, and overwrites nothing. */
public class TrainTextModelCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Test
    public void itFineTunesTheBundledLineModelAndReportsBothModelsOnTheTestLines() throws Exception {
        Path data = ShiftedDigits.write(tmp.newFolder("lines").toPath(), 40);
        File model = new File(tmp.getRoot(), "lines.zip");
        CommandModule m = CONTEXT.run(TrainTextModelCommand.class, "input", data.toFile(), "output", model,
            "epochs", 2);
        assertFalse(m.getCancelReason(), m.isCanceled());
        OcrModel saved = ModelFile.load(model.toPath());
        assertTrue(saved.isLine());
        assertEquals(10, saved.alphabet().size());
        assertEquals(2, ((ResultsTable) m.getOutput("history")).size());
        assertFalse(Double.isNaN((Double) m.getOutput("baseline_exact")));

        // Evaluate Text Model: the same test lines, the bundled model beside the fine-tuned one.
        CommandModule e = CONTEXT.run(EvaluateTextModelCommand.class, "input", data.toFile(), "model", model);
        assertFalse(e.getCancelReason(), e.isCanceled());
        ResultsTable summary = (ResultsTable) e.getOutput("summary");
        assertEquals(2, summary.size());
        assertEquals("base (bundled)", summary.getStringValue("model", 0));
        assertEquals((Double) m.getOutput("test_exact"), summary.getValue("exact", 1), 1e-9);
        assertEquals((Double) m.getOutput("baseline_exact"), summary.getValue("exact", 0), 1e-9);
        ResultsTable readings = (ResultsTable) e.getOutput("readings");
        assertEquals(summary.getValue("lines", 1), readings.size(), 0);
        assertTrue(readings.columnExists("base_read"));
        assertEquals(20, ((ResultsTable) e.getOutput("thresholds")).size());

        // Read Text reads with the fine-tuned model: only its ten characters can come out.
        CommandModule r = CONTEXT.run(ReadTextCommand.class, "input", data.resolve("line0.png").toFile(), "model",
            model, "layout", "single_line");
        assertFalse(r.getCancelReason(), r.isCanceled());
        String text = ((ResultsTable) r.getOutput("results")).getStringValue("text", 0);
        assertTrue(text, text.matches("[0-9?]+"));
    }

    @Test
    public void aCharacterBaseModelAnExistingOutputAndAMissingDatasetAreRefusedByKey() throws Exception {
        Path data = ShiftedDigits.write(tmp.newFolder("lines").toPath(), 10);
        File chars = new File(tmp.getRoot(), "chars.zip");
        ModelFile.save(ModelFile.bundled(), chars.toPath());
        File out = new File(tmp.getRoot(), "out.zip");
        CommandModule m = CONTEXT.run(TrainTextModelCommand.class, "input", data.toFile(), "output", out,
            "base_model", chars.getPath());
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("base_model=" + chars.getPath()
            + " is a character model"));
        assertFalse(out.exists());

        Files.writeString(out.toPath(), "mine");
        m = CONTEXT.run(TrainTextModelCommand.class, "input", data.toFile(), "output", out);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("output=" + out));
        assertEquals("mine", Files.readString(out.toPath()));

        m = CONTEXT.run(TrainTextModelCommand.class, "input", tmp.newFolder("empty"), "output",
            new File(tmp.getRoot(), "never.zip"));
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("has no labels.csv"));

        // The split beside the model never replaces a file the user did not ask to change.
        File model = new File(tmp.getRoot(), "lines.zip");
        File split = new File(tmp.getRoot(), "lines.split.csv");
        Files.writeString(split.toPath(), "my notes");
        m = CONTEXT.run(TrainTextModelCommand.class, "input", data.toFile(), "output", model);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("lines.split.csv exists"));
        assertEquals("my notes", Files.readString(split.toPath()));
        assertFalse(model.exists());
        // Nor the dataset: a split file read back as a dataset must not be written over by its own training.
        Path splitAsInput = Files.copy(data.resolve("labels.csv"), data.resolve("again.split.csv"));
        m = CONTEXT.run(TrainTextModelCommand.class, "input", splitAsInput.toFile(), "output",
            data.resolve("again.zip").toFile(), "overwrite", true);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("would write its split over input="));
    }
}
