package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.TestData;
import io.github.fijiocr.command.ReadTextCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.imagej.patcher.LegacyInjector;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The launcher in-process: what goes to standard output and error, and the exit status. */
public class MainTest {
    static {
        // As FijiOcr does before ImageJ 1.x loads: headless macros need the patched ImageJ.
        LegacyInjector.preinit();
    }

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Standard output: only CSV lines (and "# title" lines); nothing that looks like a log line. */
    private void assertOnlyTables(String stdout) {
        for (String line : stdout.split("\n")) {
            assertFalse(stdout, line.startsWith("[") || line.contains("[INFO]") || line.startsWith("TiffDecoder")
                || line.startsWith("SLF4J"));
        }
    }

    @Test
    public void readTextPrintsOnlyTheTableAndAcceptsFijisQuoting() throws Exception {
        // The character path, which reads all four test images (the line reader's are LineReaderTest's).
        assertEquals(err(), 0, run("--run", "Read Text", "input='" + TestData.testImages()
            + "',threshold=0.7,reader=characters"));
        String csv = out();
        assertTrue(csv, csv.startsWith("image,slice,line,text,"));
        for (var e : TestData.testImageLabels().entrySet()) {
            assertTrue(csv, csv.contains(e.getKey() + ",1,1," + e.getValue() + ","));
        }
        assertOnlyTables(csv);
        assertEquals(TestData.testImageLabels().size() + 1, csv.split("\n").length);
    }

    @Test
    public void severalTablesAreTitledAndTheLogGoesToStandardError() throws Exception {
        Path data = TestData.glyphFolders(tmp.newFolder("data").toPath(), 6, "0", "1");
        assertEquals(err(), 0, run("--run", "Import Character Dataset", "input=[" + data + "]"));
        assertOnlyTables(out());
        assertTrue(out(), out().startsWith("# OCR Dataset\nclass,count,"));
        assertTrue(out(), out().contains("\n# OCR Dataset Problems\n"));
        assertTrue(err(), err().contains("[INFO] Saved the train/validation/test split"));

        assertEquals(err(), 0, run("--run", "Evaluate Model", "input=[" + data + "]", "split=all"));
        assertOnlyTables(out());
        List<String> titles = Arrays.stream(out().split("\n")).filter(l -> l.startsWith("# "))
            .collect(Collectors.toList());
        assertEquals(out(), List.of("# OCR Evaluation", "# OCR Evaluation Summary", "# OCR Confusion Matrix",
            "# OCR Confused Pairs", "# OCR Read Rate"), titles);
        assertTrue(err(), err().contains("[INFO] "));
    }

    @Test
    public void aFailureIsOneLineAndStatusOne() {
        assertEquals(1, run("--run", "Read Text", "input=/no/such/folder"));
        assertEquals(err(), 1, count(err(), "/no/such/folder"));
        assertTrue(err(), err().contains("does not exist"));
        assertEquals("", out());
    }

    @Test
    public void anUnreadableInputIsStatusOne() throws IOException {
        Path headerOnly = tmp.newFile("labels.csv").toPath();
        Files.writeString(headerOnly, "path,label\n");
        assertEquals(1, run("--run", "Import Character Dataset", "input=[" + headerOnly + "]"));
        assertEquals(err(), 1, count(err(), "lists no images"));

        Path corrupt = tmp.newFile("broken.png").toPath();
        Files.writeString(corrupt, "not a png");
        assertEquals(err(), 1, run("--run", "Read Text", "input=[" + corrupt + "]"));
        assertTrue(err(), err().contains("broken.png: skipped, "));
        assertTrue(err(), err().contains("1 input was skipped"));
        assertOnlyTables(out());
    }

    @Test
    public void wrongUsageIsStatusTwo() {
        assertEquals(2, run("--run", "Read Txt", "input=x"));
        assertTrue(err(), err().contains("\"Read Text\""));
        assertEquals(2, run("--run", "Read Text", "imput=x"));
        assertTrue(err(), err().contains("no key imput") && err().contains("threshold"));
        assertEquals(2, run("--run", "Read Text", "input=[x"));
        assertTrue(err(), err().contains("unclosed"));
        assertEquals(2, run("--run", "Read Text", "input='x"));
        assertEquals(2, run("--run", "Read Text", "threshold=0,9"));
        assertTrue(err(), err().contains("not a number"));
        assertEquals(2, run("--run", "Read Text", "image=x"));
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run());
        assertTrue(err(), err().contains("usage: fiji-ocr"));
        assertEquals("", out());
    }

    @Test
    public void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out(), out().startsWith("usage: fiji-ocr") && out().contains("\n  Read Text\n")
            && out().contains("\n  Train Character Model\n"));
        assertEquals(0, run("--version"));
        assertTrue(out(), out().matches("fiji-ocr \\S.*\n"));

        assertEquals(0, run("--help", "Read Text"));
        String help = out();
        for (Help.Key k : Help.keys(ReadTextCommand.class)) {
            assertTrue(k.name() + " in " + help, help.contains("\n  " + k.name() + " "));
        }
        assertTrue(help, help.matches("(?s).*\n  threshold +0\\.7 +\\[number 0 to 1\\] Reject below probability\n.*"));
        assertTrue(help, help.matches("(?s).*\n  text +auto +\\[auto\\|dark\\|light\\].*"));
        assertTrue(help, help.matches("(?s).*\n  input +\\(none\\) +\\[file\\].*"));
        assertFalse(help, help.contains("\n  image ") || help.contains("\n  locating ") || help.contains("\n  ocr "));

        assertEquals(0, run("--run", "Read Text", "--help"));
        assertEquals(help, out());
    }

    @Test
    public void macroStatusFollowsItsCommands() throws IOException {
        Path failing = tmp.newFile("fail.ijm").toPath();
        Files.writeString(failing, "run(\"Read Text\", \"input=[/no/such/folder]\");\nreturn \"not reached\";\n");
        assertEquals(1, run("-macro", failing.toString()));
        assertEquals("", out());
        assertTrue(err(), err().contains("/no/such/folder"));

        Path syntax = tmp.newFile("syntax.ijm").toPath();
        Files.writeString(syntax, "foo(;\n");
        assertEquals(1, run("-macro", syntax.toString()));

        Path plainExit = tmp.newFile("exit.ijm").toPath();
        Files.writeString(plainExit, "print(\"a log line\");\nexit;\n");
        assertEquals(err(), 0, run("-macro", plainExit.toString()));
        assertEquals("", out());
        assertTrue(err(), err().contains("a log line"));

        assertEquals(1, run("-macro", "scripts/read-text.ijm"));
        assertEquals(err(), 1, err().trim().split("\n").length);
        assertTrue(err(), err().contains("usage: read-text.ijm FOLDER"));

        assertEquals(err(), 0, run("-macro", "scripts/read-text.ijm", TestData.testImages().toString()));
        assertTrue(out(), out().contains("digits.png\t4815162342\n"));
        assertEquals(2, run("-macro", "/no/such.ijm"));
    }

    @Test
    public void scriptsRunWithKeysAndFailWithStatusOne() throws IOException {
        assertEquals(err(), 0, run("--script", "scripts/read-text.py", "image=[" + TestData.testImages() + "]"));
        assertTrue(out(), out().contains("digits.png\t4815162342\n"));
        assertEquals(TestData.testImageLabels().size(), out().trim().split("\n").length);

        assertEquals(2, run("--script", "scripts/read-text.py"));
        assertTrue(err(), err().contains("needs image="));
        assertEquals(2, run("--script", "scripts/read-text.py", "image=x", "colour=red"));

        Path failing = tmp.newFile("fail.py").toPath();
        Files.writeString(failing, "#@ String word\nraise Exception('failed on ' + word)\n");
        assertEquals(1, run("--script", failing.toString(), "word='this'"));
        assertTrue(err(), err().contains("failed on this"));
        assertEquals("", out());
    }
}
