package io.github.fijiocr.cli;

import io.github.fijiocr.macro.OcrCommands;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Headless launcher with Fiji's command-line shape:
 * {@code fiji-ocr --run "Read Text" "input=test-images output=results.csv"} (see {@link Args} and
 * {@code fiji-ocr --help}). Standard output holds only results: the tables as CSV (or what a
 * macro returns, a script's outputs); everything else, the log included, goes to standard error
 * ({@link Session}). Exit status: 0 when the command succeeded and read every input, 1 when it
 * failed or skipped an input, 2 on wrong usage (unknown command or key, malformed options).
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Slf4j.quiet();
        PrintStream out = System.out;
        int status;
        try {
            status = run(args, out, System.err);
        } catch (RuntimeException | Error e) {
            System.err.println("fiji-ocr: " + e);
            status = FAILED;
        }
        out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Args parsed;
        try {
            parsed = Args.parse(args);
        } catch (Args.UsageException e) {
            err.println("fiji-ocr: " + e.getMessage());
            err.print(Help.usage(null));
            return USAGE;
        }
        if (parsed.mode == Args.Mode.VERSION) {
            out.println("fiji-ocr " + Help.version());
            return OK;
        }
        try (Session session = new Session(err); Context context = new Context()) {
            session.watch(context);
            CommandService commands = context.service(CommandService.class);
            List<CommandInfo> ours = OcrCommands.all(commands);
            switch (parsed.mode) {
                case HELP:
                    if (parsed.target == null) {
                        out.print(Help.usage(ours));
                    } else {
                        CommandInfo info = find(ours, parsed.target);
                        out.print(Help.command(info, info.loadDelegateClass()));
                    }
                    return OK;
                case MACRO:
                    return MacroRun.run(commands, parsed.target, parsed.options, out, err);
                case SCRIPT:
                    return ScriptRun.run(context, parsed.target, parsed.options, out, err);
                default:
                    return CommandRun.run(context, session, find(ours, parsed.target), parsed.options, out, err);
            }
        } catch (Args.UsageException e) {
            err.println("fiji-ocr: " + e.getMessage());
            return USAGE;
        } catch (ClassNotFoundException e) {
            err.println("fiji-ocr: " + e);
            return FAILED;
        }
    }

    private static CommandInfo find(List<CommandInfo> ours, String title) {
        return ours.stream().filter(c -> title.equalsIgnoreCase(c.getTitle())).findFirst()
            .orElseThrow(() -> new Args.UsageException("no command \"" + title + "\"; commands: " + ours.stream()
                .map(c -> "\"" + c.getTitle() + "\"").sorted().collect(Collectors.joining(", "))));
    }
}
