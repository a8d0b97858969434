package io.github.fijiocr.command;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.model.ModelFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;

/** Nothing the user did not ask to change is lost: what a hostile new user tried, each refused in one line. */
public class OutputPolicyTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** Runs the command; it must be refused with a line starting with {@code reason}, and {@code kept} unchanged. */
    private void refused(Path kept, String reason, Class<? extends Command> command, Object... keyValues)
        throws Exception {
        byte[] before = Files.readAllBytes(kept);
        CommandModule m = CONTEXT.run(command, keyValues);
        assertTrue(command.getSimpleName() + " ran", m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith(reason));
        assertFalse(m.getCancelReason(), m.getCancelReason().contains("\n"));
        assertArrayEquals(kept + " changed", before, Files.readAllBytes(kept));
    }

    private Path copy(String testImage) throws Exception {
        Path p = tmp.getRoot().toPath().resolve(testImage);
        Files.copy(TestData.testImages().resolve(testImage), p);
        return p;
    }

    @Test
    public void anInputIsNeverItsOwnOutput() throws Exception {
        Path same = copy("digits.png");
        refused(same, "output=" + same + " is also the command's input or model", ReadTextCommand.class,
            "input", same.toFile(), "output", same.toFile());
    }

    @Test
    public void theModelInUseIsNeverTheOutput() throws Exception {
        Path victim = tmp.getRoot().toPath().resolve("victim.zip");
        ModelFile.save(ModelFile.bundled(), victim);
        refused(victim, "output=" + victim + " is also the command's input or model", ReadTextCommand.class,
            "input", TestData.testImages().resolve("digits.png").toFile(), "model", victim.toFile(),
            "output", victim.toFile());
    }

    @Test
    public void anUnrelatedFileIsNotTurnedIntoAModelOrATable() throws Exception {
        Path notes = tmp.getRoot().toPath().resolve("notes.txt");
        Files.writeString(notes, "my notes");
        Path data = TestData.glyphFolders(tmp.newFolder().toPath(), 3, "1", "7");
        refused(notes, "output=" + notes + " exists and is not a Fiji OCR model", TrainCharacterModelCommand.class,
            "input", data.toFile(), "output", notes.toFile(), "epochs", 1);
        Path image = data.resolve("1").toFile().listFiles()[0].toPath();
        refused(image, "problems_file=" + image + " exists and is not a CSV table",
            ImportCharacterDatasetCommand.class, "input", data.toFile(), "problems_file", image.toFile(),
            "show_images", false);
    }

    @Test
    public void overwriteTrueReplacesAFileOfAnotherKind() throws Exception {
        Path old = tmp.getRoot().toPath().resolve("old.png");
        Files.copy(TestData.testImages().resolve("digits.png"), old);
        Path csv = tmp.getRoot().toPath().resolve("table.png");
        Files.copy(old, csv);
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", old.toFile(), "output", csv.toFile(),
            "overwrite", true);
        assertFalse(m.getCancelReason(), m.isCanceled());
        assertTrue(Files.readString(csv).startsWith("image,slice,line,text"));
    }

    @Test
    public void aReadOnlyFileIsNotReplacedEvenByRoot() throws Exception {
        Path locked = tmp.getRoot().toPath().resolve("locked.csv");
        Files.writeString(locked, "image,text\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        refused(locked, "output=" + locked + " is read-only", ReadTextCommand.class,
            "input", TestData.testImages().resolve("digits.png").toFile(), "output", locked.toFile(),
            "overwrite", true);
    }

    @Test
    public void writtenFilesGetTheUsersUmaskNotPrivateMode() throws Exception {
        Path reference = Files.createFile(tmp.getRoot().toPath().resolve("reference"));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(reference);
        Path csv = tmp.getRoot().toPath().resolve("out.csv");
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", TestData.testImages().resolve("digits.png")
            .toFile(), "output", csv.toFile());
        assertFalse(m.getCancelReason(), m.isCanceled());
        assertEquals(umask, Files.getPosixFilePermissions(csv));
        try (var files = Files.list(tmp.getRoot().toPath())) {
            assertEquals("no temporary file left", 0, files.filter(p -> p.toString().endsWith(".part")).count());
        }
    }

    @Test
    public void aFinishedModelIsKeptUnlessResumedOrOverwritten() throws Exception {
        Path data = TestData.glyphFolders(tmp.newFolder().toPath(), 6, "1", "7");
        File model = tmp.getRoot().toPath().resolve("digits.zip").toFile();
        CommandModule first = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(), "output", model,
            "epochs", 1);
        assertFalse(first.getCancelReason(), first.isCanceled());
        refused(model.toPath(), "output=" + model + " is a finished model", TrainCharacterModelCommand.class,
            "input", data.toFile(), "output", model, "epochs", 1);
        CommandModule replaced = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(), "output",
            model, "epochs", 1, "overwrite", true);
        assertFalse(replaced.getCancelReason(), replaced.isCanceled());
    }

    @Test
    public void anOutputInsideAFileSaysSo() throws Exception {
        Path image = copy("digits.png");
        refused(image, "output=" + image.resolve("x.csv") + " lies inside " + image + ", which is a file",
            ReadTextCommand.class, "input", image.toFile(), "output", image.resolve("x.csv").toFile());
    }

    @Test
    public void aReRunReplacesItsOwnTableButNotAnotherTable() throws Exception {
        File digits = TestData.testImages().resolve("digits.png").toFile();
        Path csv = tmp.getRoot().toPath().resolve("results.csv");
        for (int run = 0; run < 2; run++) {
            CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", digits, "output", csv.toFile());
            assertFalse(m.getCancelReason(), m.isCanceled());
        }
        Path mine = tmp.getRoot().toPath().resolve("mine.csv");
        Files.writeString(mine, "sample,weight\na,1\n");
        refused(mine, "output=" + mine + " holds another table", ReadTextCommand.class, "input", digits,
            "output", mine.toFile());
        refused(csv, "output=" + csv + " holds another table", LocateTextCommand.class, "input", digits,
            "output", csv.toFile());
    }
}
