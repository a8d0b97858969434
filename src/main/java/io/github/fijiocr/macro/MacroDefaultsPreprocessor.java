package io.github.fijiocr.macro;

import ij.Macro;
import io.github.fijiocr.command.OcrCommand;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * A macro's {@code run("Read Text", "...")} takes the default of every key it leaves out, as
 * ImageJ 1.x commands do, instead of opening the dialog for them. imagej-legacy's MacroPreprocessor
 * (priority 2 × VERY_HIGH) resolves only the inputs named in the macro options; the input
 * harvester (VERY_LOW) then shows a dialog for every other input, and the macro recorder leaves out
 * empty (null) fields, so a recorded line opened the dialog again when replayed, even in batch mode.
 * Runs after imagej-legacy's MacroPreprocessor and ActiveImagePlusPreprocessor (VERY_HIGH + 1) and
 * scijava's InitPreprocessor (HIGH), before LoadInputsPreprocessor (VERY_LOW + 1) and the
 * harvester (VERY_LOW). A bare key ({@code resume}) checks its box, as in ImageJ 1.x macros and
 * our own macro bridge. Only Fiji OCR's commands, and only when the caller gave macro options
 * (ImageJ 1.x's {@code run(cmd)} without options still shows the dialog). ij1-patcher makes
 * {@link Macro#getOptions()} see the macro thread's options from SciJava's module thread.
 */
@Plugin(type = PreprocessorPlugin.class, priority = MacroDefaultsPreprocessor.PRIORITY)
public class MacroDefaultsPreprocessor extends AbstractPreprocessorPlugin {
    public static final double PRIORITY = Priority.LOW;

    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof OcrCommand) || !hasMacroOptions()) {
            return;
        }
        java.util.Map<String, String> keys = MacroOptions.parse(Macro.getOptions());
        for (ModuleItem<?> input : module.getInfo().inputs()) {
            String name = input.getName();
            if (module.isInputResolved(name)) {
                continue;
            }
            // A bare key is a checked box, as in ImageJ 1.x macros (imagej-legacy reads only key=value).
            boolean flag = input.getType() == boolean.class || input.getType() == Boolean.class;
            if (flag && "true".equals(keys.get(name))) {
                module.setInput(name, true);
            }
            module.resolveInput(name); // otherwise keeps the field's default value
        }
    }

    /** True when this thread (or, with ij1-patcher, its macro ancestor) runs a command with options. */
    static boolean hasMacroOptions() {
        String options = Macro.getOptions();
        return options != null && !options.trim().isEmpty();
    }
}
