package io.github.fijiocr.cli;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run as a process: its exit status and what it wrote to its real standard streams. */
final class LauncherRun {
    final int status;
    final String stdout;
    final String stderr;

    private LauncherRun(int status, String stdout, String stderr) {
        this.status = status;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs {@code cmd}, its streams into files of {@code dir}; at most five minutes. */
    static LauncherRun of(List<String> cmd, File dir) throws Exception {
        File o = File.createTempFile("out", ".txt", dir);
        File e = File.createTempFile("err", ".txt", dir);
        Process p = new ProcessBuilder(cmd).redirectOutput(o).redirectError(e).start();
        assertTrue("the launcher did not finish", p.waitFor(5, TimeUnit.MINUTES));
        return new LauncherRun(p.exitValue(), Files.readString(o.toPath(), StandardCharsets.UTF_8),
            Files.readString(e.toPath(), StandardCharsets.UTF_8));
    }
}
