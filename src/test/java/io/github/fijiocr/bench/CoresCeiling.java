package io.github.fijiocr.bench;

import java.util.Locale;

/**
 * How much a second thread adds on this machine to a loop that only computes (floats in the
 * first-level cache, no allocation, no memory traffic): the ceiling for issue 21's "all cores
 * against one" on work that scales perfectly. Usage: {@code CoresCeiling [steps] [rounds]}; prints
 * each round's ratio, two threads doing twice the work in the time one does once.
 */
public final class CoresCeiling {
    private CoresCeiling() {
    }

    public static void main(String[] args) throws InterruptedException {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        run(1, steps / 10); // warm-up: the JIT compiles the loop
        run(2, steps / 10);
        for (int r = 0; r < rounds; r++) {
            double one = run(1, steps);
            double two = run(2, steps);
            System.out.printf(Locale.ROOT, "one thread %.2f s, two threads (twice the work) %.2f s: %.2fx%n", one, two,
                2 * one / two);
        }
        System.exit(0);
    }

    /** Seconds for {@code threads} threads each running {@link #work} of {@code steps}. */
    private static double run(int threads, long steps) throws InterruptedException {
        Thread[] all = new Thread[threads];
        double[] sink = new double[threads];
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int k = i;
            all[i] = new Thread(() -> sink[k] = work(steps));
            all[i].start();
        }
        for (Thread t : all) {
            t.join();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double work(long steps) {
        float[] v = new float[4096];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 1e-4f;
        }
        double sum = 0;
        for (long s = 0; s < steps; s++) {
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] * 0.9999f + 0.0001f;
            }
            sum += v[(int) (s & 4095)];
        }
        return sum;
    }
}
