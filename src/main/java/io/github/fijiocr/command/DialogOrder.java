package io.github.fijiocr.command;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scijava.Priority;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Dialogs show what matters first. SciJava lists a superclass's keys before a class's own, so
 * {@code overwrite} and the 19 locating keys of {@link LocatingCommand} would come before the
 * image, model, threshold, allowed characters and output of Read Text. Before anything reads a command's keys (the dialog,
 * the macro recorder), this moves those keys (the locating ones under their heading) to the end of the
 * command's key list. SciJava offers no public way to order keys, so the list is reordered in
 * place once per command; where a SciJava version keeps it elsewhere, the order simply stays.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_HIGH)
public class DialogOrder extends AbstractPreprocessorPlugin {
    /** Keys declared for every command or every locating one: after the command's own. */
    private static final Set<String> LAST = Stream.of(OcrCommand.class, LocatingCommand.class)
        .flatMap(c -> Stream.of(c.getDeclaredFields())).filter(f -> f.isAnnotationPresent(Parameter.class))
        .map(Field::getName).collect(Collectors.toSet());

    @Override
    public void process(Module module) {
        if (module.getDelegateObject() instanceof OcrCommand && module.getInfo() instanceof CommandInfo) {
            reorder((CommandInfo) module.getInfo());
        }
    }

    /** Moves the locating keys to the end, keeping both groups' own order. */
    @SuppressWarnings("unchecked")
    static void reorder(CommandInfo info) {
        info.inputs(); // SciJava reads the keys when first asked
        try {
            Field field = CommandInfo.class.getDeclaredField("inputList");
            field.setAccessible(true);
            List<ModuleItem<?>> inputs = (List<ModuleItem<?>>) field.get(info);
            synchronized (inputs) {
                List<ModuleItem<?>> last = new ArrayList<>();
                List<ModuleItem<?>> first = new ArrayList<>();
                for (ModuleItem<?> item : inputs) {
                    (LAST.contains(item.getName()) ? last : first).add(item);
                }
                first.addAll(last);
                if (!first.equals(inputs)) {
                    inputs.clear();
                    inputs.addAll(first);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another SciJava: its dialog keeps SciJava's own order.
        }
    }
}
