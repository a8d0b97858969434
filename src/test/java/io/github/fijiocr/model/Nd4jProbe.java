package io.github.fijiocr.model;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Run in a fresh JVM by {@link Nd4jRuntimeTest}: starts ND4J from a thread whose context class
 * loader sees none of our classes (as Fiji's GUI launcher can), then reports what DL4J chose.
 * Prints JavaCPP's resident-memory limit, "helper=<class>" and optionally throughput figures
 * ({@code bench}); {@code memory}: the limit only.
 */
public final class Nd4jProbe {
    public static void main(String[] args) throws Exception {
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[0], null));
        Nd4jRuntime.ensureReady();
        System.out.println("maxphysicalbytes=" + org.bytedeco.javacpp.Pointer.maxPhysicalBytes());
        if (args.length > 0 && args[0].equals("memory")) {
            return;
        }
        Nd4jRuntime.useThreads(args.length > 1 ? Integer.parseInt(args[1]) : 1);
        MultiLayerNetwork net = Architectures.SEED.build(32, 10, 1);
        Random r = new Random(1);
        List<float[]> xs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            float[] x = new float[1024];
            for (int k = 0; k < x.length; k++) {
                x[k] = r.nextFloat();
            }
            xs.add(x);
        }
        DataSet ds = new DataSet(OcrModel.toFeatures(xs, 32), Nd4j.eye(10).repeat(0, 5));
        net.fit(ds);
        System.out.println("helper=" + (net.getLayer(0).getHelper() == null ? "none"
            : net.getLayer(0).getHelper().getClass().getName()));
        System.out.println("onednn=" + Nd4jRuntime.onednnActive());
        if (args.length > 0 && args[0].equals("bench")) {
            for (int rep = 0; rep < 3; rep++) {
                long t = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    net.fit(ds);
                }
                System.out.printf("train %.0f samples/s%n", 1000 / ((System.nanoTime() - t) / 1e9));
            }
            List<float[]> big = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                big.add(xs.get(i % 50));
            }
            for (int rep = 0; rep < 3; rep++) {
                long t = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    net.output(OcrModel.toFeatures(big, 32), false);
                }
                System.out.printf("classify %.0f/s%n", 1280 / ((System.nanoTime() - t) / 1e9));
            }
        }
    }
}
