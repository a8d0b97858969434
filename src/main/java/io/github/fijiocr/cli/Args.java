package io.github.fijiocr.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's command line, read without starting anything:
 * <pre>
 * fiji-ocr --run "Command" [OPTIONS...] [--help]
 * fiji-ocr -macro FILE.ijm [ARG]
 * fiji-ocr --script FILE.py [OPTIONS...]
 * fiji-ocr --help ["Command"] | --version
 * </pre>
 * OPTIONS are one or more arguments, each in the macro form ({@code key=[value] key2=value}) or
 * Fiji's ({@code key='value',key2=value}); they are read as one string.
 */
final class Args {
    enum Mode { RUN, MACRO, SCRIPT, HELP, VERSION }

    final Mode mode;
    /** The command's title (RUN; HELP when asked about one command), or the macro or script file. */
    final String target;
    /** The options (RUN, SCRIPT), or the macro's argument (MACRO). */
    final String options;

    private Args(Mode mode, String target, String options) {
        this.mode = mode;
        this.target = target;
        this.options = options;
    }

    /** Wrong usage: exit status 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(String... args) {
        List<String> a = Arrays.asList(args);
        if (a.isEmpty()) {
            throw new UsageException("no command given");
        }
        String first = a.get(0);
        switch (first) {
            case "--help":
            case "-h":
            case "-help":
                if (a.size() > 2) {
                    throw new UsageException("--help takes at most one command title, not " + a.subList(1, a.size()));
                }
                return new Args(Mode.HELP, a.size() == 2 ? a.get(1) : null, "");
            case "--version":
            case "-version":
                if (a.size() > 1) {
                    throw new UsageException("--version takes nothing after it");
                }
                return new Args(Mode.VERSION, null, "");
            case "--run":
            case "-run":
                return withOptions(Mode.RUN, "a command title", a);
            case "--script":
            case "-script":
                return withOptions(Mode.SCRIPT, "a script file", a);
            case "-macro":
            case "--macro":
                if (a.size() < 2 || a.size() > 3) {
                    throw new UsageException(first + " takes a macro file and at most one argument");
                }
                return new Args(Mode.MACRO, a.get(1), a.size() == 3 ? a.get(2) : "");
            default:
                throw new UsageException("unknown option " + first);
        }
    }

    private static Args withOptions(Mode mode, String what, List<String> a) {
        if (a.size() < 2 || a.get(1).startsWith("--")) {
            throw new UsageException(a.get(0) + " needs " + what);
        }
        List<String> options = new ArrayList<>();
        boolean help = false;
        for (String s : a.subList(2, a.size())) {
            if (s.equals("--help") || s.equals("-h")) {
                help = true;
            } else if (s.startsWith("-")) {
                throw new UsageException("unknown option " + s + " after " + a.get(0) + " (options are key=value)");
            } else {
                options.add(s);
            }
        }
        if (help) {
            return new Args(Mode.HELP, mode == Mode.RUN ? a.get(1) : null, "");
        }
        return new Args(mode, a.get(1), String.join(" ", options));
    }
}
