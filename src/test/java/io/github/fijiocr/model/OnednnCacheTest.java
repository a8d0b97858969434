package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.sun.jna.Platform;
import io.github.fijiocr.common.OcrException;
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

    @Test
    public void aSizeThatIsNoNumberIsRefusedByName() {
        assertEquals(OnednnCache.CAPACITY, OnednnCache.capacity(null));
        assertEquals(1024, OnednnCache.capacity(" 1024 "));
        assertEquals(0, OnednnCache.capacity("0"));
        for (String bad : new String[] {"big", "-1", "4k"}) {
            OcrException e = assertThrows(OcrException.class, () -> OnednnCache.capacity(bad));
            assertTrue(e.getMessage(), e.getMessage().contains("-Dfiji.ocr.onednn.cache=" + bad)
                && e.getMessage().contains("1024"));
        }
    }
}
