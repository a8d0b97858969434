package io.github.fijiocr.model;

import io.github.fijiocr.common.OcrException;
import java.io.PrintStream;
import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.config.DL4JClassLoading;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Brings up ND4J once per JVM, the way Fiji needs it, before any network is built or restored:
 * <ul>
 * <li>ND4J and DL4J remember the class loader of their first lookup; inside Fiji the thread's
 * context loader may not see our jars, so both are pointed at the loader of this plugin.</li>
 * <li>the oneDNN native build is chosen when it is on the class path, and DL4J's layer helpers
 * are allowed ({@code org.eclipse.deeplearning4j.helpers.disable=false}); together with the
 * {@link org.nd4j.nativeblas.Nd4jCpu} shim this is the fast convolution path.</li>
 * <li>JavaCPP's version check of OpenBLAS is run first, its one warning moved to standard output
 * (see {@link #checkOpenblasVersion}).</li>
 * <li>JavaCPP's check of the process's resident memory on every allocation is turned off
 * ({@code org.bytedeco.javacpp.maxphysicalbytes=0}); its limit on its own allocations stays.</li>
 * <li>oneDNN's cache of compiled kernels is made larger ({@link OnednnCache}).</li>
 * </ul>
 * A user's own -D settings for any of these properties win.
 */
public final class Nd4jRuntime {
    static final String PLATFORM_EXTENSION = "org.bytedeco.javacpp.platform.extension";
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";
    /** JavaCPP's resident-memory check on every native allocation (see {@link #initialise}). */
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxphysicalbytes";
    /** The JavaCPP that ND4J 1.0.0-M2.1's natives are built against. */
    static final String MIN_JAVACPP = "1.5.7";
    /** The OpenBLAS presets class whose static initialiser runs JavaCPP's version check. */
    static final String OPENBLAS_PRESETS = "org.bytedeco.openblas.presets.openblas_nolapack";

    private Nd4jRuntime() {
    }

    /**
     * Safe to call from any thread, any number of times; the work happens on the first call. If
     * ND4J cannot start, every call throws the same one-line explanation.
     */
    public static void ensureReady() {
        if (Holder.FAILURE != null) {
            throw new OcrException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
    }

    /**
     * ND4J's OpenMP thread count is per Java thread: call this in the thread that runs the work.
     */
    public static void useThreads(int threads) {
        ensureReady();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Math.max(1, threads));
    }

    /** True when DL4J will run convolutions through oneDNN. */
    public static boolean onednnActive() {
        ensureReady();
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE, "true"))
            && org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN();
    }

    /** Initialisation on first use of the holder class: the JVM runs it exactly once. */
    private static final class Holder {
        /** Null when ND4J started; kept, not thrown, so the class itself never fails to load. */
        static final OcrException FAILURE = initialise();
    }

    private static OcrException initialise() {
        ClassLoader own = Nd4jRuntime.class.getClassLoader();
        try {
            OnednnCache.enlarge(); // before ND4J loads oneDNN
        } catch (OcrException e) {
            return e; // a -D setting that is not a size: said on every use, as any other failure
        }
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            // By default JavaCPP reads /proc/self/statm under one global lock for every native
            // buffer ND4J makes, dozens per network call: system time, and workers waiting on each
            // other. Its other limit, on the bytes it allocated itself, still calls the collector.
            // Set before anything touches JavaCPP (Loader.getPlatform below does); too late when
            // another plugin loaded JavaCPP first, and then nothing changes.
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
        if (System.getProperty(PLATFORM_EXTENSION) == null && onednnNativesPresent(own)) {
            System.setProperty(PLATFORM_EXTENSION, "-onednn");
        }
        if (System.getProperty(HELPERS_DISABLE) == null) {
            System.setProperty(HELPERS_DISABLE, "false");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(own);
        try {
            checkOpenblasVersion(own);
            ND4JClassLoading.setNd4jClassloader(own);
            DL4JClassLoading.setDl4jClassloader(own);
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            Nd4j.create(1);
            return null;
        } catch (Throwable e) {
            String javacpp = Loader.class.getPackage().getImplementationVersion();
            if (String.valueOf(e).contains("org/bytedeco/javacpp") && javacpp != null
                && javacpp.compareTo(MIN_JAVACPP) < 0) {
                return new OcrException("ND4J, the deep-learning library behind Fiji OCR, needs JavaCPP "
                    + MIN_JAVACPP + " or later, but this Fiji has JavaCPP " + javacpp
                    + ". Update Fiji (Help > Update...; Fiji 2.14 or later works).", e);
            }
            return new OcrException("ND4J, the deep-learning library behind Fiji OCR, could not start ("
                + e + "). Check that the ND4J jars for " + Loader.getPlatform()
                + " are installed next to fiji-ocr.jar, then restart Fiji.", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * ND4J 1.0.0-M2.1's natives are built with OpenBLAS 0.3.19-1.5.7; Fiji 2.14 ships JavaCPP 1.5.8,
     * and the two work together (the JNI glue is JavaCPP 1.5.7's, shipped with the natives). JavaCPP
     * still prints "Warning: Versions of org.bytedeco:javacpp:1.5.8 and
     * org.bytedeco:openblas:0.3.19-1.5.7 do not match." on standard error when the OpenBLAS presets
     * class initialises (Loader.checkVersion, no property turns it off), and Fiji pops up its Console,
     * in red, for any line on standard error. So that class is initialised here, while standard error
     * moves exactly that line to standard output: it stays in Fiji's Console and in logs, without the
     * pop-up; every other line, from any thread, passes to standard error unchanged.
     */
    static void checkOpenblasVersion(ClassLoader loader) {
        initialiseQuietly(OPENBLAS_PRESETS, loader);
    }

    /**
     * Initialises the presets class {@code presets} (OpenBLAS's, or oneDNN's for {@link OnednnLines},
     * whose natives are JavaCPP 1.5.7's too) with its version warning moved to standard output, as
     * {@link #checkOpenblasVersion} explains. A class that is missing or does not link is left alone
     * here; its first use reports it.
     */
    static void quietVersionCheck(String presets) {
        initialiseQuietly(presets, Nd4jRuntime.class.getClassLoader());
    }

    private static void initialiseQuietly(String presets, ClassLoader loader) {
        PrintStream err = System.err;
        PrintStream filtered = new PrintStream(err, true) {
            @Override
            public void println(String line) {
                if (isVersionWarning(line)) {
                    System.out.println(line);
                } else {
                    super.println(line);
                }
            }
        };
        System.setErr(filtered);
        try {
            Class.forName(presets, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // not this layout: the first use reports what is missing
        } finally {
            if (System.err == filtered) {
                System.setErr(err);
            }
        }
    }

    /**
     * JavaCPP's own Logger line: the presets of OpenBLAS, oneDNN or OpenCL (which oneDNN's load)
     * were built for another JavaCPP.
     */
    static boolean isVersionWarning(String line) {
        return line != null && line.contains("Versions of org.bytedeco:javacpp:")
            && (line.contains(" and org.bytedeco:openblas:") || line.contains(" and org.bytedeco:dnnl:")
                || line.contains(" and org.bytedeco:opencl:"))
            && line.endsWith(" do not match.");
    }

    private static boolean onednnNativesPresent(ClassLoader loader) {
        String dir = "org/nd4j/linalg/cpu/nativecpu/bindings/" + Loader.getPlatform() + "-onednn/";
        return loader.getResource(dir + System.mapLibraryName("jnind4jcpu")) != null;
    }
}
