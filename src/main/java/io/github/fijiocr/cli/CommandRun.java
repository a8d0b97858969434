package io.github.fijiocr.cli;

import ij.measure.ResultsTable;
import io.github.fijiocr.command.Keys;
import io.github.fijiocr.command.OcrCommand;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.macro.MacroOptions;
import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;

/**
 * {@code --run "Command" key=value ...}: checks the keys (unknown key or a number that is not a
 * number: wrong usage), runs the command with the pre-processors that fill services and defaults
 * (no post-processors: there is no display), and prints its tables unless it wrote them to a
 * {@code .csv output=}. Exit status 1 when the command fails, and also when the engine skipped an
 * input it could not read (after the tables, with a line saying how many).
 */
final class CommandRun {
    private CommandRun() {
    }

    static int run(Context context, Session session, CommandInfo info, String options, PrintStream out,
        PrintStream err) {
        Class<?> type = delegate(info);
        Map<String, Object> inputs = inputs(info, type, options);
        ModuleService modules = context.service(ModuleService.class);
        List<PreprocessorPlugin> pre = context.service(PluginService.class)
            .createInstancesOfType(PreprocessorPlugin.class);
        Module module;
        try {
            module = modules.run(modules.createModule(info), pre, List.of(), inputs).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("fiji-ocr: interrupted");
            return 1;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("fiji-ocr: " + info.getTitle() + " failed: " + cause);
            return 1;
        }
        Cancelable cancelable = module instanceof Cancelable ? (Cancelable) module : null;
        if (cancelable != null && cancelable.isCanceled()) {
            String reason = cancelable.getCancelReason();
            if (!session.wasLogged(reason)) {
                err.println("fiji-ocr: " + (reason == null ? info.getTitle() + " was canceled" : reason));
            }
            return 1;
        }
        // Table commands write their table to a .csv output= themselves; a model output= is no table.
        Object target = info.getInput("output") == null ? null : module.getInput("output");
        boolean wroteOutput = target instanceof File && ((File) target).getName().toLowerCase().endsWith(".csv");
        List<ModuleItem<?>> tables = new ArrayList<>();
        for (ModuleItem<?> o : info.outputs()) {
            if (ResultsTable.class.isAssignableFrom(o.getType())) {
                tables.add(o);
            }
        }
        if (!wroteOutput) {
            Map<String, Object> results = new LinkedHashMap<>();
            for (ModuleItem<?> item : tables) {
                Object value = module.getOutput(item.getName());
                if (value != null) {
                    results.put(item.getLabel() == null || item.getLabel().isEmpty() ? item.getName() : item.getLabel(),
                        value);
                }
            }
            Tables.print(results, tables.size() > 1, out);
        }
        List<String> skipped = module.getDelegateObject() instanceof OcrCommand
            ? ((OcrCommand) module.getDelegateObject()).skipped() : List.of();
        if (!skipped.isEmpty()) {
            err.println("fiji-ocr: " + skipped.size() + (skipped.size() == 1 ? " input was" : " inputs were")
                + " skipped as unreadable (see above)");
            return 1;
        }
        return 0;
    }

    /** The options as the command's inputs; wrong usage for a key it does not have or a malformed number. */
    static Map<String, Object> inputs(CommandInfo info, Class<?> type, String options) {
        Map<String, String> given;
        try {
            given = MacroOptions.parseCommandLine(options);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("malformed options \"" + options + "\": " + e.getMessage());
        }
        List<Help.Key> keys = Help.keys(type);
        Set<String> names = keys.stream().map(Help.Key::name).collect(Collectors.toSet());
        StringBuilder numbers = new StringBuilder();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new Args.UsageException("\"" + info.getTitle() + "\" has no key " + e.getKey() + "; keys: "
                    + Help.keyNames(type) + " (fiji-ocr --help \"" + info.getTitle() + "\")");
            }
            if (keys.stream().anyMatch(k -> k.name().equals(e.getKey()) && k.isNumber())) {
                numbers.append(e.getKey()).append("=[").append(e.getValue()).append("] ");
            }
        }
        try {
            Keys.checkMacroNumbers(type, numbers.toString());
        } catch (OcrException e) {
            throw new Args.UsageException(e.getMessage());
        }
        return new LinkedHashMap<>(given);
    }

    private static Class<?> delegate(CommandInfo info) {
        try {
            return info.loadDelegateClass();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + info.getClassName(), e);
        }
    }
}
