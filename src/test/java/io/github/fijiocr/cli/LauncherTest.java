package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.TestData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The launcher as a process, where the JVM's exit status and its real standard streams matter:
 * {@link FijiOcr} on the test class path ({@link LauncherIT}: scripts/fiji-ocr on the packaged build).
 */
public class LauncherTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private String stdout;
    private String stderr;

    private int java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx2g", "-Djava.awt.headless=true", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"), FijiOcr.class.getName()));
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    private int exec(List<String> cmd) throws Exception {
        LauncherRun run = LauncherRun.of(cmd, tmp.getRoot());
        stdout = run.stdout;
        stderr = run.stderr;
        return run.status;
    }

    @Test
    public void readTextExitsZeroWithOnlyTheTableOnStandardOutput() throws Exception {
        assertEquals(stderr, 0, java("--run", "Read Text", "input=[" + TestData.testImages() + "]"));
        assertTrue(stdout, stdout.startsWith("image,slice,line,text,"));
        assertEquals(stdout, TestData.testImageLabels().size() + 1, stdout.split("\n").length);
        assertFalse(stderr, stderr.contains("SLF4J"));
    }

    @Test
    public void aFailedMacroAndWrongUsageEndTheJvmWithTheirStatus() throws Exception {
        Path macro = tmp.newFile("fail.ijm").toPath();
        Files.writeString(macro, "run(\"Read Text\", \"input=[/no/such/folder]\");\n");
        assertEquals(stderr, 1, java("-macro", macro.toString()));
        assertEquals("", stdout);
        assertTrue(stderr, stderr.contains("/no/such/folder"));
        assertFalse(stderr, stderr.contains("SLF4J"));

        assertEquals(stderr, 2, java("--run", "No Such Command"));
        assertEquals("", stdout);
    }
}
