package io.github.fijiocr;

import java.util.HashMap;
import java.util.Map;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** Runs a command as macros and scripts do: in a SciJava context, inputs by macro key. */
public final class TestCommands {
    private TestCommands() {
    }

    public static CommandModule run(Context context, Class<? extends Command> command, Object... keyValues)
        throws Exception {
        Map<String, Object> inputs = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            inputs.put((String) keyValues[i], keyValues[i + 1]);
        }
        return context.service(CommandService.class).run(command, true, inputs).get();
    }
}
