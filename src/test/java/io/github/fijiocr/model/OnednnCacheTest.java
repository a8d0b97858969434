package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import com.sun.jna.Platform;
import org.junit.Test;

public class OnednnCacheTest {
    /** Once ND4J is up, oneDNN finds the larger cache size in the process's own environment. */
    @Test
    public void theCacheSizeIsInTheEnvironmentOneDnnReads() {
        assumeTrue("the test JVM was started with its own size", System.getenv(OnednnCache.VARIABLE) == null
            && System.getenv(OnednnCache.NEWER_VARIABLE) == null && System.getProperty(OnednnCache.PROPERTY) == null);
        assumeTrue(Platform.isLinux() || Platform.isMac());
        Nd4jRuntime.ensureReady();
        assertEquals(Integer.toString(OnednnCache.CAPACITY), OnednnCache.current());
    }
}
