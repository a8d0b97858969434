package io.github.fijiocr.model;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import io.github.fijiocr.common.OcrException;

/**
 * Room for more compiled kernels in oneDNN, the convolution engine under ND4J. oneDNN compiles a
 * kernel for every shape it meets and keeps them in a cache of 1,024 by default. One call of the
 * line network takes about 39 of them (a convolution, a pool and the reorders between each layer's
 * layouts), one set per batch size and width, and text lines come in every width: reading the
 * fuel-pump frames needs some 1,900, so at the default oneDNN compiled kernels all the time, and
 * on two workers the unmapping of the evicted ones stalled the other core (BENCHMARKS.md, "The
 * compiled-kernel cache"). {@value #CAPACITY} holds them.
 * <p>
 * oneDNN reads the size from the environment when it compiles its first kernel, so it is set in
 * this process's environment before ND4J starts. A user's own {@value #VARIABLE} (or oneDNN's
 * newer name for it) wins; {@code -Dfiji.ocr.onednn.cache=N} sets another size, for example less
 * memory: a full cache of large shapes takes several hundred megabytes outside the Java heap.
 * Without JNA, or when another plugin started ND4J first, nothing changes.
 */
final class OnednnCache {
    static final String VARIABLE = "DNNL_PRIMITIVE_CACHE_CAPACITY";
    static final String NEWER_VARIABLE = "ONEDNN_PRIMITIVE_CACHE_CAPACITY";
    static final String PROPERTY = "fiji.ocr.onednn.cache";
    static final int CAPACITY = 4096;

    private OnednnCache() {
    }

    /** The C library's environment functions (not Java's copy of the environment). */
    interface C extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /** Windows keeps the environment that oneDNN reads in the process, through kernel32. */
    interface Kernel32 extends Library {
        boolean SetEnvironmentVariableA(String name, String value);
    }

    /**
     * Sets the cache's size for oneDNN unless the user chose one. A {@value #PROPERTY} that is not
     * a size is refused ({@link #capacity}).
     */
    static void enlarge() {
        if (System.getenv(VARIABLE) != null || System.getenv(NEWER_VARIABLE) != null) {
            return;
        }
        String value = Integer.toString(capacity(System.getProperty(PROPERTY)));
        try {
            if (Platform.isWindows()) {
                ((Kernel32) Native.loadLibrary("kernel32", Kernel32.class)).SetEnvironmentVariableA(VARIABLE, value);
            } else {
                c().setenv(VARIABLE, value, 0);
            }
        } catch (LinkageError | RuntimeException e) {
            // no JNA or no C library here: oneDNN keeps its own size
        }
    }

    /** The cache size a {@value #PROPERTY} setting asks for (null: {@value #CAPACITY}). */
    static int capacity(String setting) {
        if (setting == null) {
            return CAPACITY;
        }
        try {
            int n = Integer.parseInt(setting.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new OcrException("-D" + PROPERTY + "=" + setting + " is not a number of kernels: give a whole number"
            + " such as 1024 (oneDNN's default), or leave it out for " + CAPACITY + ".");
    }

    /** The size oneDNN will read (null: its default); Linux and macOS. */
    static String current() {
        return c().getenv(VARIABLE);
    }

    private static C c() {
        return (C) Native.loadLibrary(Platform.C_LIBRARY_NAME, C.class);
    }
}
