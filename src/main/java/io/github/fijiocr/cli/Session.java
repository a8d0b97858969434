package io.github.fijiocr.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.scijava.Context;
import org.scijava.log.LogListener;
import org.scijava.log.LogMessage;
import org.scijava.log.LogService;
import org.scijava.log.StderrLogService;

/**
 * Keeps standard output for the tables. While a session is open, everything else that would be
 * printed goes to the launcher's standard error (in tests, the stream they give): SciJava's log (StderrLogService prints INFO and DEBUG to
 * standard output), ImageJ 1.x's {@code IJ.log} and messages (headless, they go to
 * {@code System.out}: {@code TiffDecoder: ...}, a macro's {@code print}), and any library that
 * prints. The tables are written to the stream the launcher was given, never to
 * {@code System.out}. A session also listens to the log: which messages were logged (so a
 * command's error is not printed twice).
 */
final class Session implements AutoCloseable, LogListener {
    private final PrintStream err;
    private final PrintStream savedOut;
    private final PrintStream savedErr;
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private LogService log;

    Session(PrintStream err) {
        this.err = err;
        this.savedOut = System.out;
        this.savedErr = System.err;
        System.setOut(err);
        System.setErr(err);
    }

    /** Routes {@code context}'s log to standard error and starts listening to it. */
    void watch(Context context) {
        log = context.service(LogService.class);
        if (log instanceof StderrLogService) {
            ((StderrLogService) log).setPrintStreams(level -> err);
        }
        log.addLogListener(this);
    }

    @Override
    public void messageLogged(LogMessage message) {
        String text = message.text();
        logged.add(text);
    }

    /** True when {@code text} was logged during the session (a command logs its error before it cancels). */
    boolean wasLogged(String text) {
        return text != null && logged.contains(text);
    }

    @Override
    public void close() {
        if (log != null) {
            log.removeLogListener(this);
        }
        err.flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
    }
}
