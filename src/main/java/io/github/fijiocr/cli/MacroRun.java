package io.github.fijiocr.cli;

import ij.Macro;
import ij.macro.Interpreter;
import io.github.fijiocr.macro.MacroCommands;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.scijava.command.CommandService;

/**
 * {@code -macro FILE.ijm [ARG]}: runs an ImageJ macro whose {@code run("Read Text", ...)} calls
 * reach our commands ({@link MacroCommands}); what the macro returns goes to standard output, its
 * {@code print} lines to standard error. The macro runs in ImageJ's interpreter directly (not
 * {@code IJ.runMacroFile}, which returns normally when a command aborts the macro from its own
 * thread), so a failure is seen: exit status 1 when the macro stopped on an error (a failed
 * command, a syntax error) or with {@code exit("message")} (ImageJ: "displays an error message");
 * a plain {@code exit} or the end of the macro is success.
 */
final class MacroRun {
    private static final Pattern EXIT_WITH_MESSAGE = Pattern.compile(".*\\bexit\\s*\\(\\s*[^\\s)].*");

    private MacroRun() {
    }

    static int run(CommandService commands, String file, String arg, PrintStream out, PrintStream err) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new Args.UsageException("macro " + file + " does not exist");
        }
        if (!file.endsWith(".ijm") && !file.endsWith(".txt")) {
            throw new Args.UsageException("-macro runs ImageJ macros (.ijm, .txt); for " + path.getFileName()
                + " use --script");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("fiji-ocr: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        MacroCommands.install(commands);
        Interpreter interp = new Interpreter();
        String result;
        boolean exited = false;
        try {
            result = interp.run(text, arg);
        } catch (RuntimeException e) {
            if (!Macro.MACRO_CANCELED.equals(e.getMessage())) {
                interp.abortMacro();
                err.println("fiji-ocr: macro " + file + " failed: " + e);
                return 1;
            }
            result = null;
            exited = true; // exit(), or an error ImageJ has already printed
        }
        if (interp.wasError() || interp.getErrorMessage() != null) {
            return 1;
        }
        if (exited && exitHadMessage(text, interp.getLineNumber())) {
            return 1;
        }
        if (result != null && !result.isEmpty()) {
            out.print(result.endsWith("\n") ? result : result + "\n");
            out.flush();
        }
        return 0;
    }

    /** Whether the line the macro stopped on calls {@code exit} with a message. */
    static boolean exitHadMessage(String macro, int line) {
        String[] lines = macro.split("\n", -1);
        return line >= 1 && line <= lines.length && EXIT_WITH_MESSAGE.matcher(lines[line - 1]).matches();
    }
}
