package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Read Text's lexicon= key: none, the bundled English list, or the user's own word list. */
public class LexiconKeyTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static CommandModule read(String image, String lexicon) throws Exception {
        return CONTEXT.run(ReadTextCommand.class, "input", TestData.testImages().resolve(image).toFile(), "lexicon",
            lexicon);
    }

    @Test
    public void aMissingWordListIsRefusedInOneLineBeforeAnythingIsRead() throws Exception {
        File missing = new File(tmp.getRoot(), "products.txt");
        CommandModule m = read("digits.png", missing.getPath());
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("lexicon=" + missing.getPath() + ": no such file"));
        assertFalse(m.getCancelReason().contains("\n"));
    }

    @Test
    public void numbersReadTheSameWithAnyLexicon() throws Exception {
        Path own = tmp.newFile("words.txt").toPath();
        Files.write(own, List.of("12345", "batch"));
        String expected = TestData.testImageLabels().get("digits.png");
        for (String lexicon : new String[] {"none", "english", own.toString()}) {
            CommandModule m = read("digits.png", lexicon);
            assertFalse(m.getCancelReason(), m.isCanceled());
            assertEquals(lexicon, expected, ((ResultsTable) m.getOutput("results")).getStringValue("text", 0));
        }
    }
}
