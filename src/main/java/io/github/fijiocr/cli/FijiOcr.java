package io.github.fijiocr.cli;

import net.imagej.patcher.LegacyInjector;

/**
 * Entry point of scripts/fiji-ocr. Patches ImageJ 1.x for headless use (as Fiji does) before any
 * of its classes load, which is why this class touches nothing else; then hands over to
 * {@link Main}.
 */
public final class FijiOcr {
    private FijiOcr() {
    }

    public static void main(String[] args) {
        LegacyInjector.preinit();
        Main.main(args);
    }
}
