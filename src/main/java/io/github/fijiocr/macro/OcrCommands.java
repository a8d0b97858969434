package io.github.fijiocr.macro;

import java.util.List;
import java.util.stream.Collectors;
import org.scijava.MenuEntry;
import org.scijava.MenuPath;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/** The commands under Plugins > OCR, as launchers and macro bridges look them up by title. */
public final class OcrCommands {
    private OcrCommands() {
    }

    public static List<CommandInfo> all(CommandService commands) {
        return commands.getCommands().stream().filter(OcrCommands::isOurs).collect(Collectors.toList());
    }

    static boolean isOurs(CommandInfo info) {
        MenuPath path = info.getMenuPath();
        if (path == null || path.size() < 3) {
            return false;
        }
        List<String> names = path.stream().map(MenuEntry::getName).collect(Collectors.toList());
        return names.get(0).equals("Plugins") && names.get(1).equals("OCR");
    }
}
