package io.github.fijiocr.bench;

import java.util.Arrays;

/**
 * Runs a benchmark's main after patching ImageJ 1.x for headless dialogs (as Fiji and the
 * launcher do), which must happen before any ImageJ class loads, so before the benchmark's own
 * class is even verified. Usage: PatchedMain CLASS ARGS...
 */
public final class PatchedMain {
    private PatchedMain() {
    }

    public static void main(String[] args) throws Exception {
        net.imagej.patcher.LegacyInjector.preinit();
        Class.forName(args[0]).getMethod("main", String[].class)
            .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
