package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;

import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/** Read Text's dialog and recorded line start with what matters; the locating keys follow their heading. */
public class DialogOrderTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static List<String> keys(Class<? extends org.scijava.command.Command> command) throws Exception {
        CONTEXT.run(command, "input", TestData.testImages().resolve("digits.png").toFile());
        CommandInfo info = CONTEXT.get().service(CommandService.class).getCommand(command);
        List<String> out = new ArrayList<>();
        for (ModuleItem<?> item : info.inputs()) {
            if (!Service.class.isAssignableFrom(item.getType()) && item.getType() != org.scijava.Context.class) {
                out.add(item.getName());
            }
        }
        return out;
    }

    @Test
    public void readTextAsksForTheImageModelReaderThresholdAllowedAndOutputFirst() throws Exception {
        List<String> keys = keys(ReadTextCommand.class);
        assertEquals(List.of("input", "image", "model", "reader", "layout", "threshold", "allowed", "pattern",
            "lexicon", "orientation", "threads", "output", "overwrite", "locating"), keys.subList(0, 14));
        assertEquals("max_angle", keys.get(keys.size() - 1));
    }

    @Test
    public void locateTextKeepsItsOwnKeysFirstToo() throws Exception {
        List<String> keys = keys(LocateTextCommand.class);
        assertEquals(List.of("input", "image", "add_to_manager", "output", "overwrite", "locating"), keys.subList(0, 6));
    }
}
