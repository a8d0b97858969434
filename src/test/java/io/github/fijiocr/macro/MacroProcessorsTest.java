package io.github.fijiocr.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.Macro;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.command.ReadTextCommand;
import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;

/**
 * The two SciJava processors that make Fiji OCR's commands behave like ImageJ 1.x commands in
 * Fiji's macros: missing keys take their defaults (no dialog), and the ImageJ 1.x table output
 * is not handed to SciJava's display (no "Ignoring unsupported output" warning).
 */
public class MacroProcessorsTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private Module readText() {
        return module(ReadTextCommand.class);
    }

    private static Module module(Class<? extends org.scijava.command.Command> command) {
        CommandInfo info = CONTEXT.get().service(CommandService.class).getCommand(command);
        return CONTEXT.get().service(ModuleService.class).createModule(info);
    }

    /** Runs the preprocessor as a macro's run(command, options) does. */
    private static void preprocessWithMacroOptions(Module module, String options) {
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        // ImageJ 1.x keeps options per thread named "Run$_..." (IJ.run names it so).
        thread.setName("Run$_" + name);
        Macro.setOptions(options);
        try {
            new MacroDefaultsPreprocessor().process(module);
        } finally {
            Macro.setOptions(null);
            thread.setName(name);
        }
    }

    @Test
    public void macroOptionsResolveEveryMissingInput() {
        Module module = readText();
        preprocessWithMacroOptions(module, "threshold=0.5");
        for (String input : new String[] {"input", "model", "allowed", "output", "method", "image"}) {
            assertTrue(input, module.isInputResolved(input));
        }
    }

    @Test
    public void aBareKeyChecksItsBoxAsInImageJMacros() {
        Module module = module(io.github.fijiocr.command.EvaluateTextReadingCommand.class);
        preprocessWithMacroOptions(module, "input=[x.csv] ignore_spaces");
        assertEquals(true, module.getInput("ignore_spaces"));
        assertEquals(true, module.getInput("merge_dots"));
    }

    @Test
    public void withoutMacroOptionsTheDialogStillAsks() {
        Module module = readText();
        new MacroDefaultsPreprocessor().process(module);
        assertFalse(module.isInputResolved("input"));
    }

    @Test
    public void tableOutputsAreResolvedBeforeTheDisplayPostprocessor() {
        Module module = readText();
        new io.github.fijiocr.command.PublishedOutputs().process(module);
        assertTrue(module.isOutputResolved("results"));
        // Registered where SciJava finds it, ahead of DisplayPostprocessor (VERY_LOW).
        assertEquals(1, CONTEXT.get().service(PluginService.class).getPluginsOfClass(io.github.fijiocr.command.PublishedOutputs.class).size());
        assertEquals(1, CONTEXT.get().service(PluginService.class).getPluginsOfClass(MacroDefaultsPreprocessor.class).size());
        assertTrue(io.github.fijiocr.command.PublishedOutputs.class.getAnnotation(Plugin.class).priority()
            > org.scijava.Priority.VERY_LOW);
        assertTrue(MacroDefaultsPreprocessor.PRIORITY > org.scijava.Priority.VERY_LOW + 1);
    }
}
