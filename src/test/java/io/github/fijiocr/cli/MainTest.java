package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    public void readTextPrintsTheTableAsCsv() throws Exception {
        int status = run("--run", "Read Text", "input=[" + TestData.testImages() + "] threshold=0.7");
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, status);
        assertTrue(csv, csv.startsWith("image,slice,line,text,"));
        for (var e : TestData.testImageLabels().entrySet()) {
            assertTrue(csv, csv.contains(e.getKey() + ",1,1," + e.getValue() + ","));
        }
    }

    @Test
    public void wrongUsageSaysWhatExists() {
        assertEquals(2, run("--run", "Read Txt", "input=x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"Read Text\""));
        err.reset();
        assertEquals(2, run("--run", "Read Text", "imput=x"));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("input"));
    }

    @Test
    public void missingInputFailsWithOneLine() {
        assertEquals(1, run("--run", "Read Text", "input=/no/such/folder"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message, message.contains("/no/such/folder") && message.contains("does not exist"));
    }
}
