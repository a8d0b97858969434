package io.github.fijiocr.macro;

import ij.IJ;
import ij.Menus;
import java.lang.reflect.Method;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Collectors;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Makes {@code run("Read Text", "input=[...]")} work in ImageJ macros where Fiji's imagej-legacy
 * is absent (plain ImageJ 1.x, the headless launcher, tests): each "Plugins > OCR" command is
 * entered in ImageJ 1.x's command table as an {@link IJ1CommandBridge}. Where imagej-legacy is
 * present it has already made our commands ImageJ 1.x commands, so nothing is added twice.
 */
public final class MacroCommands {
    static final String LEGACY_SERVICE = "net.imagej.legacy.LegacyService";

    private MacroCommands() {
    }

    /** Registers the commands that ImageJ 1.x does not know yet; returns their names. */
    @SuppressWarnings("unchecked")
    public static List<String> install(CommandService commands) {
        if (legacyPresent()) {
            return List.of();
        }
        if (Menus.getCommands() == null) {
            buildCommandTable();
        }
        Hashtable<String, String> table = Menus.getCommands();
        return OcrCommands.all(commands).stream()
            .map(CommandInfo::getTitle)
            .filter(title -> !table.containsKey(title))
            .peek(title -> table.put(title, IJ1CommandBridge.class.getName() + "(\"" + title + "\")"))
            .collect(Collectors.toList());
    }

    /**
     * Without a GUI, ImageJ 1.x builds its command table on the first IJ.run() through the
     * package-private IJ.init(); we need the table before that, so we make the same call.
     */
    private static void buildCommandTable() {
        try {
            Method init = IJ.class.getDeclaredMethod("init");
            init.setAccessible(true);
            init.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("ImageJ 1.x's command table could not be built: " + e, e);
        }
    }

    static boolean legacyPresent() {
        try {
            Class.forName(LEGACY_SERVICE, false, MacroCommands.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
