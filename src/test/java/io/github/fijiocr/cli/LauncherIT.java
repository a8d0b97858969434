package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * scripts/fiji-ocr on the packaged build: run by Maven's failsafe plugin after {@code package}
 * (so by the README's test command and CI), when target/ holds the jar and its dependencies.
 */
public class LauncherIT {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theScriptReportsTheJarsVersion() throws Exception {
        File[] jars = new File("target").listFiles((d, n) -> n.matches("fiji-ocr-.*\\.jar")
            && !n.contains("-sources") && !n.contains("-tests"));
        assertTrue("no packaged build in target/", jars != null && jars.length == 1
            && new File("target/dependency").isDirectory());
        String version;
        try (JarFile jar = new JarFile(jars[0]); InputStream in = jar.getInputStream(
            jar.getEntry(Help.POM_PROPERTIES.substring(1)))) {
            Properties p = new Properties();
            p.load(in);
            version = p.getProperty("version");
        }
        LauncherRun run = LauncherRun.of(List.of("scripts/fiji-ocr", "--version"), tmp.getRoot());
        assertEquals(run.stderr, 0, run.status);
        assertEquals("fiji-ocr " + version + "\n", run.stdout);
        run = LauncherRun.of(List.of("scripts/fiji-ocr", "--run", "Read Text", "bogus=1"), tmp.getRoot());
        assertEquals(run.stderr, 2, run.status);
        assertFalse(run.stderr, run.stderr.contains("SLF4J"));
    }
}
