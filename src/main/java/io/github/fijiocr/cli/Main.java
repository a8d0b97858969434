package io.github.fijiocr.cli;

import ij.IJ;
import ij.measure.ResultsTable;
import io.github.fijiocr.io.CsvTables;
import io.github.fijiocr.macro.MacroCommands;
import io.github.fijiocr.macro.MacroOptions;
import io.github.fijiocr.macro.OcrCommands;
import java.io.File;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;

/**
 * Headless launcher with Fiji's command-line shape:
 * {@code fiji-ocr --run "Read Text" "input=test-images output=results.csv"}. Runs the command in a
 * SciJava context; its tables go to {@code output=} when the command takes one and it is given,
 * otherwise to standard output as CSV. Exit status 0 on success, 1 when the command fails, 2 on
 * wrong usage.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("fiji-ocr: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = null;
        String options = "";
        String macro = null;
        String macroArg = "";
        for (int i = 0; i < args.length; i++) {
            if ("-macro".equals(args[i]) && i + 1 < args.length) {
                macro = args[++i];
                if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    macroArg = args[++i];
                }
            } else if ("--run".equals(args[i]) && i + 1 < args.length) {
                command = args[++i];
                if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options = args[++i];
                }
            }
        }
        try (Context context = new Context()) {
            CommandService commands = context.service(CommandService.class);
            List<CommandInfo> ours = OcrCommands.all(commands);
            if (macro != null) {
                return runMacro(commands, macro, macroArg, out, err);
            }
            if (command == null) {
                err.println("usage: fiji-ocr --run \"Command\" \"key=value ...\" | -macro FILE.ijm [ARG]\ncommands: "
                    + titles(ours));
                return 2;
            }
            String wanted = command;
            CommandInfo info = ours.stream().filter(c -> wanted.equalsIgnoreCase(c.getTitle())).findFirst()
                .orElse(null);
            if (info == null) {
                err.println("fiji-ocr: no command \"" + command + "\"; commands: " + titles(ours));
                return 2;
            }
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : MacroOptions.parse(options).entrySet()) {
                ModuleItem<?> item = info.getInput(e.getKey());
                if (item == null || item.getType().getName().startsWith("org.scijava")
                    || item.getType().getName().startsWith("io.github.fijiocr.OcrService")) {
                    err.println("fiji-ocr: \"" + command + "\" has no key " + e.getKey() + "; keys: " + keys(info));
                    return 2;
                }
                inputs.put(e.getKey(), e.getValue());
            }
            // Pre-processors fill services and defaults; no post-processors: there is no display,
            // and the tables are printed below.
            ModuleService modules = context.service(ModuleService.class);
            List<PreprocessorPlugin> pre = context.service(PluginService.class)
                .createInstancesOfType(PreprocessorPlugin.class);
            Module module = modules.run(modules.createModule(info), pre, List.of(), inputs).get();
            Cancelable cancelable = module instanceof Cancelable ? (Cancelable) module : null;
            if (cancelable != null && cancelable.isCanceled()) {
                String reason = cancelable.getCancelReason();
                err.println("fiji-ocr: " + (reason == null ? "canceled" : reason));
                return 1;
            }
            // Table commands write their table to a .csv output= themselves; a model output= is no table.
            Object target = info.getInput("output") == null ? null : module.getInput("output");
            boolean wroteOutput = target instanceof File && ((File) target).getName().toLowerCase().endsWith(".csv");
            for (ModuleItem<?> item : info.outputs()) {
                Object value = module.getOutput(item.getName());
                if (value instanceof ResultsTable && !wroteOutput) {
                    out.print(CsvTables.toCsv((ResultsTable) value));
                }
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("fiji-ocr: " + cause);
            return 1;
        }
    }

    /** Runs an ImageJ macro file whose run("Read Text", ...) calls reach our commands. */
    private static int runMacro(CommandService commands, String file, String arg, PrintStream out, PrintStream err) {
        if (!new File(file).isFile()) {
            err.println("fiji-ocr: macro " + file + " does not exist");
            return 2;
        }
        MacroCommands.install(commands);
        String result = IJ.runMacroFile(file, arg);
        if ("[aborted]".equals(result)) {
            err.println("fiji-ocr: macro " + file + " was aborted");
            return 1;
        }
        if (result != null && !result.isEmpty()) {
            out.println(result);
        }
        return 0;
    }

    private static String titles(List<CommandInfo> infos) {
        return infos.stream().map(c -> "\"" + c.getTitle() + "\"").sorted().collect(Collectors.joining(", "));
    }

    private static String keys(CommandInfo info) {
        StringBuilder sb = new StringBuilder();
        for (ModuleItem<?> item : info.inputs()) {
            String type = item.getType().getName();
            if (!type.startsWith("org.scijava") && !type.startsWith("io.github.fijiocr")) {
                sb.append(sb.length() > 0 ? " " : "").append(item.getName());
            }
        }
        return sb.toString();
    }
}
