package io.github.fijiocr.cli;

import io.github.fijiocr.macro.MacroOptions;
import java.io.File;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.scijava.Context;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptLanguage;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.scijava.service.Service;

/**
 * {@code --script FILE [key=value ...]}: runs a SciJava script (the {@code #@} parameters of
 * Fiji's Script Editor, e.g. scripts/read-text.py) in the launcher's context. The keys fill the
 * script's inputs (converted as Fiji converts them); a required input left out is wrong usage,
 * listed with the script's keys. Its {@code #@output} values go to standard output (titled
 * {@code # name} when it has several), its {@code print} to standard error. An error in the script
 * (a Python exception) prints its traceback and ends with exit status 1.
 * <p>
 * The language must be on the class path. Where no SciJava language claims the extension but a
 * JSR-223 engine does (jython-standalone for .py), it is adapted here, for this context only.
 */
final class ScriptRun {
    private ScriptRun() {
    }

    static int run(Context context, String file, String options, PrintStream out, PrintStream err) {
        File script = new File(file);
        if (!script.isFile()) {
            throw new Args.UsageException("script " + file + " does not exist");
        }
        ScriptService scripts = context.service(ScriptService.class);
        String ext = file.substring(file.lastIndexOf('.') + 1);
        if (scripts.getLanguageByExtension(ext) == null) {
            adaptEngine(scripts, ext);
        }
        if (scripts.getLanguageByExtension(ext) == null) {
            err.println("fiji-ocr: no script language for ." + ext + " on the class path"
                + (ext.equals("py") ? " (put jython-standalone on FIJI_OCR_CLASSPATH, or run the script in Fiji)"
                    : ""));
            return 2;
        }
        ScriptInfo info = scripts.getScript(script);
        Map<String, String> given;
        try {
            given = MacroOptions.parseCommandLine(options);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("malformed options \"" + options + "\": " + e.getMessage());
        }
        List<String> keys = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ModuleItem<?> item : info.inputs()) {
            if (Service.class.isAssignableFrom(item.getType()) || item.getType() == Context.class) {
                continue;
            }
            keys.add(item.getName());
            if (!given.containsKey(item.getName()) && item.isRequired() && item.getDefaultValue() == null) {
                missing.add(item.getName());
            }
        }
        for (String key : given.keySet()) {
            if (!keys.contains(key)) {
                throw new Args.UsageException(script.getName() + " has no key " + key + "; keys: " + String.join(" ", keys));
            }
        }
        if (!missing.isEmpty()) {
            throw new Args.UsageException(script.getName() + " needs " + missing.stream().map(k -> k + "=")
                .collect(Collectors.joining(" ")) + "; keys: " + String.join(" ", keys));
        }
        ModuleService modules = context.service(ModuleService.class);
        ScriptModule module = (ScriptModule) modules.createModule(info);
        if (module == null) {
            err.println("fiji-ocr: cannot run " + file);
            return 1;
        }
        FailureWriter errors = new FailureWriter(err);
        module.setErrorWriter(errors);
        module.setOutputWriter(new StreamWriter(err));
        List<PreprocessorPlugin> pre = context.service(PluginService.class)
            .createInstancesOfType(PreprocessorPlugin.class);
        try {
            modules.run(module, pre, List.of(), new LinkedHashMap<>(given)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            err.println("fiji-ocr: " + file + " failed: " + (e.getCause() == null ? e : e.getCause()));
            return 1;
        }
        if (errors.failed) {
            return 1;
        }
        Map<String, Object> results = new LinkedHashMap<>();
        int declared = 0;
        for (ModuleItem<?> item : info.outputs()) {
            boolean implicit = ScriptModule.RETURN_VALUE.equals(item.getName()) && info.isReturnValueAppended();
            declared += implicit ? 0 : 1;
            Object value = module.getOutput(item.getName());
            if (value != null) {
                results.put(item.getName(), value);
            }
        }
        Tables.print(results, declared > 1, out);
        return 0;
    }

    /** Adapts a JSR-223 engine for {@code ext} (Jython for .py) as a language of this context only. */
    private static void adaptEngine(ScriptService scripts, String ext) {
        for (ScriptEngineFactory f : new ScriptEngineManager(ScriptRun.class.getClassLoader()).getEngineFactories()) {
            if (f.getExtensions().contains(ext)) {
                ScriptLanguage language = new AdaptedScriptLanguage(f);
                scripts.context().inject(language);
                scripts.getIndex().add(language, true);
                return;
            }
        }
    }

    /** The script's error stream: passed on to standard error, and any text means the script failed. */
    private static final class FailureWriter extends StreamWriter {
        volatile boolean failed;

        FailureWriter(PrintStream err) {
            super(err);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            failed |= len > 0;
            super.write(buf, off, len);
        }
    }

    private static class StreamWriter extends Writer {
        private final PrintStream stream;

        StreamWriter(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            stream.print(new String(buf, off, len));
        }

        @Override
        public void flush() {
            stream.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
