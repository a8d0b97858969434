package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Line datasets: whole-line evaluation, and characters cut out of labelled lines. */
public class LineDatasetCommandsTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static CommandModule run(Class<? extends org.scijava.command.Command> command, Object... keyValues)
        throws Exception {
        CommandModule m = CONTEXT.run(command, keyValues);
        assertFalse(m.getCancelReason(), m.isCanceled());
        return m;
    }

    /** The test images as a line dataset, one label changed by a character, one by its length. */
    private Path lineDataset() throws Exception {
        Path dir = tmp.newFolder("lines").toPath();
        for (String name : TestData.testImageLabels().keySet()) {
            Files.copy(TestData.testImages().resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("labels.csv"), "path,label\n"
            + "digits.png,4815162342\n"
            + "timestamp.png,12:34:56.789\n"
            + "expiry.png,EXP 2027-03-15\n"
            + "led-display.png,0427X\n");
        return dir;
    }

    @Test
    public void evaluateTextReadingScoresWholeLines() throws Exception {
        // The scoring, on the character path (which reads every test image).
        CommandModule right = run(EvaluateTextReadingCommand.class, "input",
            TestData.testImages().resolve("labels.csv").toFile(), "reader", "characters");
        assertEquals(1.0, (double) right.getOutput("line_accuracy"), 0);
        assertEquals(1.0, (double) right.getOutput("character_accuracy"), 0);

        CommandModule m = run(EvaluateTextReadingCommand.class, "input", lineDataset().toFile(), "reader",
            "characters");
        ResultsTable rt = (ResultsTable) m.getOutput("lines");
        assertEquals(4, rt.size());
        assertEquals(0.5, (double) m.getOutput("line_accuracy"), 0);
        int chars = 10 + 12 + 14 + 5;
        assertEquals(1 - 2.0 / chars, (double) m.getOutput("character_accuracy"), 1e-9);
        assertEquals("EXP 2027-03-14", rt.getStringValue("text", 2));
        assertEquals(1, (int) rt.getValue("edits", 2));
    }

    @Test
    public void cutCharactersWhereTheCountMatches() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("chars");
        CommandModule m = run(CutCharactersCommand.class, "input", lineDataset().toFile(), "output", out.toFile());
        assertEquals(3, (int) m.getOutput("cut"));
        ResultsTable rt = (ResultsTable) m.getOutput("lines");
        assertEquals("no", rt.getStringValue("cut", 3));

        DatasetOptions options = DatasetOptions.readOnly();
        CharacterDataset chars = new DatasetImporter().load(out, options, Progress.NONE);
        assertEquals(10 + 12 + 13, chars.size());
        assertEquals(5, (int) chars.counts().get("2"));
        assertEquals(2, (int) chars.counts().get(":"));
        assertEquals(2, (int) chars.counts().get("-"));
        assertEquals(3, (int) chars.counts().get("5"));
    }
}
