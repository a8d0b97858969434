package io.github.fijiocr.train;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.model.OcrModel;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The training batches of one run, augmented on several threads while the network fits the
 * previous batch. Every random choice comes from (seed, epoch, batch, position), never from
 * thread timing, so a run and its resumed continuation see the same batches.
 */
final class BatchSource implements AutoCloseable {
    private final List<float[]> inputs;
    private final int[] labels;
    private final int[] train;
    private final int classes;
    private final int size;
    private final TrainingOptions options;
    private final ExecutorService pool;

    BatchSource(List<float[]> inputs, int[] labels, int[] train, int classes, TrainingOptions options) {
        this.inputs = inputs;
        this.labels = labels;
        this.train = train.clone();
        this.classes = classes;
        this.size = options.preprocessing.size();
        this.options = options;
        this.pool = Executors.newFixedThreadPool(options.augmentThreads, r -> {
            Thread t = new Thread(r, "fiji-ocr-augment");
            t.setDaemon(true);
            return t;
        });
    }

    int batchesPerEpoch() {
        return options.stepsPerEpoch > 0 ? options.stepsPerEpoch
            : (train.length + options.batchSize - 1) / options.batchSize;
    }

    /** The order of training samples for an epoch: passes over the split, each shuffled anew. */
    int[][] epochPlan(int epoch) {
        Random random = new Random(mix(options.seed, epoch, -1));
        int batches = batchesPerEpoch();
        int[][] plan = new int[batches][];
        int[] order = train.clone();
        int next = order.length;
        for (int b = 0; b < batches; b++) {
            int n = options.stepsPerEpoch > 0 ? options.batchSize
                : Math.min(options.batchSize, train.length - b * options.batchSize);
            plan[b] = new int[n];
            for (int k = 0; k < n; k++) {
                if (next == order.length) {
                    shuffle(order, random);
                    next = 0;
                }
                plan[b][k] = order[next++];
            }
        }
        return plan;
    }

    /** Starts making a batch in the background. */
    Future<DataSet> prepare(int epoch, int batch, int[] members) {
        return pool.submit(() -> make(epoch, batch, members));
    }

    static DataSet take(Future<DataSet> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while augmenting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("augmentation failed: " + e.getCause(), e.getCause());
        }
    }

    private DataSet make(int epoch, int batch, int[] members) throws Exception {
        float[][] xs = new float[members.length][];
        Augmenter augmenter = options.augmenter;
        if (augmenter == null || augmenter.isIdentity()) {
            for (int k = 0; k < members.length; k++) {
                xs[k] = inputs.get(members[k]);
            }
        } else {
            // Split the batch among the pool's threads; this task itself does the first share.
            int parts = Math.max(1, Math.min(options.augmentThreads, members.length / 8));
            Future<?>[] others = new Future<?>[parts - 1];
            for (int p = 1; p < parts; p++) {
                int part = p;
                others[p - 1] = pool.submit(() -> augment(epoch, batch, members, xs, part, parts));
            }
            augment(epoch, batch, members, xs, 0, parts);
            for (Future<?> f : others) {
                f.get();
            }
        }
        float[] flat = new float[members.length * classes];
        for (int k = 0; k < members.length; k++) {
            flat[k * classes + labels[members[k]]] = 1;
        }
        return new DataSet(OcrModel.toFeatures(List.of(xs), size),
            Nd4j.create(flat, new long[] {members.length, classes}, 'c'));
    }

    private void augment(int epoch, int batch, int[] members, float[][] xs, int part, int parts) {
        for (int k = part; k < members.length; k += parts) {
            Random random = new Random(mix(options.seed, epoch, (long) batch * 100_003 + k));
            xs[k] = options.augmenter.apply(inputs.get(members[k]), size, random);
        }
    }

    /** A well-spread seed from three numbers (SplitMix64's finaliser). */
    static long mix(long seed, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
