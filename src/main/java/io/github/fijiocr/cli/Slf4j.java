package io.github.fijiocr.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * SLF4J (used by ND4J and the camera library) prints a three-line "no binding" notice to standard
 * error when no logging backend is on the class path, as in the launcher's. Fiji has a backend;
 * the plugin jar must not bring one. So the launcher initialises SLF4J once with standard error
 * silenced: without a backend it stays the no-operation logger it would have been anyway.
 */
final class Slf4j {
    private Slf4j() {
    }

    static void quiet() {
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            Class.forName("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // no SLF4J: nothing to silence
        } finally {
            System.setErr(err);
        }
    }
}
