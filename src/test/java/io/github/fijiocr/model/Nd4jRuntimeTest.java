package io.github.fijiocr.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Test;

public class Nd4jRuntimeTest {

    /** Only JavaCPP's version warnings for OpenBLAS, oneDNN and OpenCL leave standard error; System.err is given back. */
    @Test
    public void openblasVersionWarningOnly() {
        assertTrue(Nd4jRuntime.isVersionWarning("Warning: Versions of org.bytedeco:javacpp:1.5.8 and "
            + "org.bytedeco:openblas:0.3.19-1.5.7 do not match."));
        assertTrue(Nd4jRuntime.isVersionWarning("Warning: Versions of org.bytedeco:javacpp:1.5.8 and "
            + "org.bytedeco:dnnl:2.5.2-1.5.7 do not match."));
        assertTrue(Nd4jRuntime.isVersionWarning("Warning: Versions of org.bytedeco:javacpp:1.5.8 and "
            + "org.bytedeco:opencl:3.0-1.5.7 do not match."));
        assertFalse(Nd4jRuntime.isVersionWarning("Warning: Version of org.bytedeco:openblas could not be found."));
        assertFalse(Nd4jRuntime.isVersionWarning("Warning: Versions of org.bytedeco:javacpp:1.5.8 and "
            + "org.bytedeco:ffmpeg:5.1.2-1.5.8 do not match."));
        assertFalse(Nd4jRuntime.isVersionWarning(null));
        java.io.PrintStream err = System.err;
        Nd4jRuntime.checkOpenblasVersion(Nd4jRuntime.class.getClassLoader());
        Nd4jRuntime.checkOpenblasVersion(new ClassLoader(null) { });
        assertSame(err, System.err);
    }

    @Test
    public void convolutionsRunThroughOnednn() {
        Nd4jRuntime.ensureReady();
        assertTrue("oneDNN helpers active", Nd4jRuntime.onednnActive());
        MultiLayerNetwork net = Architectures.SEED.build(32, 10, 1);
        net.output(OcrModel.toFeatures(List.of(new float[32 * 32]), 32));
        assertTrue("layer 0 helper: " + net.getLayer(0).getHelper(),
            net.getLayer(0).getHelper() instanceof MKLDNNConvHelper);
    }

    /**
     * A fresh JVM whose thread context class loader sees none of our classes, as in Fiji's GUI
     * launcher: ND4J must still find its backend and DL4J its oneDNN helper.
     */
    @Test
    public void startsFromAForeignContextClassLoader() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp", cp,
            Nd4jProbe.class.getName()).redirectErrorStream(true).start();
        assertTrue("probe finished", p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, 0, p.exitValue());
        assertTrue(out, out.contains("helper=" + MKLDNNConvHelper.class.getName()));
        assertTrue(out, out.contains("onednn=true"));
        // JavaCPP's per-allocation read of /proc/self/statm, under a global lock, is off.
        assertTrue(out, out.contains("maxphysicalbytes=0\n"));
    }

    /** A user's own JavaCPP memory setting is left as given. */
    @Test
    public void aUsersOwnJavacppLimitWins() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
            "-Dorg.bytedeco.javacpp.maxphysicalbytes=8g", "-cp", cp, Nd4jProbe.class.getName(), "memory")
            .redirectErrorStream(true).start();
        assertTrue("probe finished", p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, 0, p.exitValue());
        assertTrue(out, out.contains("maxphysicalbytes=" + 8L * 1024 * 1024 * 1024 + "\n"));
    }
}
