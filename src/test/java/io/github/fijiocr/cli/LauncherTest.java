package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.TestData;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The launcher as a process, where the JVM's exit status and its real standard streams matter:
 * {@link FijiOcr} on the test class path, and scripts/fiji-ocr itself where a packaged build exists.
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
        File o = tmp.newFile();
        File e = tmp.newFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(o).redirectError(e).start();
        assertTrue("the launcher did not finish", p.waitFor(5, TimeUnit.MINUTES));
        stdout = Files.readString(o.toPath(), StandardCharsets.UTF_8);
        stderr = Files.readString(e.toPath(), StandardCharsets.UTF_8);
        return p.exitValue();
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

    @Test
    public void theScriptReportsTheJarsVersion() throws Exception {
        File[] jars = new File("target").listFiles((d, n) -> n.matches("fiji-ocr-.*\\.jar")
            && !n.contains("-sources") && !n.contains("-tests"));
        Assume.assumeTrue("no packaged build in target/", jars != null && jars.length == 1
            && new File("target/dependency").isDirectory());
        String version;
        try (JarFile jar = new JarFile(jars[0]); InputStream in = jar.getInputStream(
            jar.getEntry(Help.POM_PROPERTIES.substring(1)))) {
            Properties p = new Properties();
            p.load(in);
            version = p.getProperty("version");
        }
        assertEquals(stderr, 0, exec(List.of("scripts/fiji-ocr", "--version")));
        assertEquals("fiji-ocr " + version + "\n", stdout);
        assertEquals(stderr, 2, exec(List.of("scripts/fiji-ocr", "--run", "Read Text", "bogus=1")));
        assertFalse(stderr, stderr.contains("SLF4J"));
    }
}
