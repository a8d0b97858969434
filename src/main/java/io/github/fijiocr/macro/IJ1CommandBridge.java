package io.github.fijiocr.macro;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.command.Keys;
import io.github.fijiocr.command.OcrCommand;
import io.github.fijiocr.common.OcrException;
import java.util.HashMap;
import java.util.Map;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;

/**
 * An ImageJ 1.x plugin that runs one Fiji OCR SciJava command with the macro's options (the
 * command's title is the plugin argument); the command itself hands its table to the macro
 * ({@link MacroResults}). Used only where imagej-legacy is absent; see {@link MacroCommands}.
 * Each call starts a small SciJava context of its own (about a second): ImageJ 1.x gives a plugin
 * no context to share, and keeping one in a static field would outlive its users.
 */
public class IJ1CommandBridge implements PlugIn {

    /**
     * An image input not named in the options is the macro's current image, as imagej-legacy
     * fills it in Fiji (a batch-mode image included).
     */
    private static void currentImage(CommandInfo info, Map<String, Object> inputs) {
        ImagePlus current = WindowManager.getCurrentImage();
        for (ModuleItem<?> item : info.inputs()) {
            if (ImagePlus.class.equals(item.getType()) && !inputs.containsKey(item.getName()) && current != null) {
                inputs.put(item.getName(), current);
            }
        }
    }

    @Override
    public void run(String title) {
        String options = Macro.getOptions();
        Map<String, Object> inputs = new HashMap<>(MacroOptions.parse(options == null ? "" : options));
        String problem;
        try (Context context = new Context(CommandService.class, OcrService.class, LogService.class,
            StatusService.class)) {
            CommandService commands = context.service(CommandService.class);
            CommandInfo info = OcrCommands.all(commands).stream()
                .filter(c -> c.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Fiji OCR command " + title));
            currentImage(info, inputs);
            Keys.checkMacroNumbers(info.loadDelegateClass(), options);
            Module module = commands.run(info, true, inputs).get();
            Cancelable c = module instanceof Cancelable ? (Cancelable) module : null;
            // A canceled Fiji OCR command has already stopped the macro itself (MacroResults.abortMacro).
            problem = c != null && c.isCanceled() && !(module.getDelegateObject() instanceof OcrCommand)
                ? c.getCancelReason() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = title + " was interrupted";
        } catch (OcrException e) {
            problem = e.getMessage();
        } catch (ClassNotFoundException | java.util.concurrent.ExecutionException | RuntimeException e) {
            problem = title + " failed: " + (e.getCause() != null ? e.getCause() : e);
        }
        if (problem != null) {
            Interpreter macro = Interpreter.getInstance();
            if (macro != null) {
                macro.abort(problem);
            } else {
                throw new IllegalArgumentException(problem);
            }
        }
    }
}
