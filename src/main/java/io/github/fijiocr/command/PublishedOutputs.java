package io.github.fijiocr.command;

import ij.ImagePlus;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Our commands publish their own tables and windows ({@link io.github.fijiocr.present.Publisher});
 * their other outputs (tables, counts, accuracies) are for scripts and tests. Marking them
 * resolved before Fiji's display step keeps Fiji from showing them again: no "Ignoring
 * unsupported output" warning for ImageJ 1.x tables, and no stray window per number. Images are
 * left to Fiji, which shows them as any command's output image.
 */
@Plugin(type = PostprocessorPlugin.class, priority = Priority.VERY_HIGH)
public class PublishedOutputs extends AbstractPostprocessorPlugin {
    @Override
    public void process(Module module) {
        if (!(module.getDelegateObject() instanceof OcrCommand)) {
            return;
        }
        for (ModuleItem<?> item : module.getInfo().outputs()) {
            if (!ImagePlus.class.isAssignableFrom(item.getType())) {
                module.resolveOutput(item.getName());
            }
        }
    }
}
