package io.github.fijiocr.engine;

import io.github.fijiocr.common.CanceledException;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.locate.NoiseException;
import io.github.fijiocr.progress.Progress;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one loop over images, stacks, folders and dataset samples, with one policy for every job:
 * <ul>
 * <li>an item that cannot be read (a damaged file, a moved sample) is skipped with one log line
 * naming it, and the others are read;</li>
 * <li>a slice the threshold cuts into noise ({@link NoiseException}) is skipped with one log line;</li>
 * <li>cancel is checked before every batch and ends the job with {@link CanceledException}: a
 * canceled job publishes nothing, so a table is never silently partial;</li>
 * <li>progress is reported per item, or per slice when there is one item (a stack).</li>
 * </ul>
 * Slices reach the task in batches (across items) so that a network sees many at once; items of
 * a batch are opened on all cores when the batch is larger than one.
 * {@link #runOnWorkers} does the same on several workers, each with its own task (its own
 * predictor), results in input order, with the same policy.
 */
public final class SlicePipeline {
    /** Work on a batch of slices; its results, in order. */
    public interface Task<R> {
        List<R> apply(List<Slice> batch);
    }

    private final Progress progress;

    public SlicePipeline(Progress progress) {
        this.progress = progress;
    }

    /**
     * Runs {@code task} over every slice of {@code source}; {@code verb} names the work in
     * progress messages ("Reading", "Locating text in").
     */
    public <R> List<R> run(SliceSource source, String verb, int batch, Task<R> task) {
        List<R> out = new ArrayList<>();
        List<Slice> pending = new ArrayList<>();
        int items = source.size();
        int group = Math.max(1, batch);
        for (int from = 0; from < items; from += group) {
            int to = Math.min(items, from + group);
            List<List<Slice>> opened = open(source, from, to, verb, items);
            for (int i = from; i < to; i++) {
                List<Slice> slices = opened.get(i - from);
                for (int s = 0; s < slices.size(); s++) {
                    pending.add(slices.get(s));
                    if (pending.size() >= group) {
                        flush(task, pending, out, verb, items);
                        if (items == 1) {
                            progress.progress(s + 1, slices.size(), verb + " " + source.name(i));
                        }
                    }
                }
                if (items > 1) {
                    flush(task, pending, out, verb, items);
                    progress.progress(i + 1, items, verb + " " + source.name(i));
                }
            }
        }
        flush(task, pending, out, verb, items);
        return out;
    }

    /** Units of work in flight per worker: enough to keep every core busy, few enough to bound memory. */
    static final int IN_FLIGHT = 4;

    /**
     * As {@link #run}, on {@code threads} workers (1: exactly {@link #run}), each with its own task
     * from {@code newTask}: a task holds a predictor, and a predictor serves one thread. A unit of
     * work is {@code batch} items (opened, then their slices in batches of {@code batch}), or, for
     * one item (a stack), {@code batch} of its slices. Results come back in input order; at most
     * {@link #IN_FLIGHT} units per worker are open at once, so a folder of any size streams.
     */
    public <R> List<R> runOnWorkers(SliceSource source, String verb, int batch, int threads,
        Supplier<Task<R>> newTask) {
        if (threads <= 1) {
            return run(source, verb, batch, newTask.get());
        }
        int group = Math.max(1, batch);
        int items = source.size();
        List<Slice> stack = items == 1 ? open(source, 0, 1, verb, items).get(0) : null;
        int total = stack != null ? stack.size() : items;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fiji-ocr-worker");
            t.setDaemon(true); // a worker must never keep a headless Fiji from exiting
            return t;
        });
        ThreadLocal<Task<R>> tasks = ThreadLocal.withInitial(newTask);
        List<R> out = new ArrayList<>();
        Deque<Future<List<R>>> running = new ArrayDeque<>();
        Deque<Integer> ends = new ArrayDeque<>();
        int[] done = {0};
        try {
            for (int from = 0; from < total; from += group) {
                checkCanceled(verb, stack != null ? -1 : done[0], items);
                int to = Math.min(total, from + group);
                int start = from;
                running.add(pool.submit(() -> stack != null ? applyAll(tasks.get(), stack.subList(start, to), group)
                    : applyAll(tasks.get(), openAll(source, start, to), group)));
                ends.add(to);
                if (running.size() >= IN_FLIGHT * threads) {
                    done[0] = collect(running, ends, out, verb, source, total, stack != null, done[0]);
                }
            }
            while (!running.isEmpty()) {
                checkCanceled(verb, stack != null ? -1 : done[0], items);
                done[0] = collect(running, ends, out, verb, source, total, stack != null, done[0]);
            }
            // As run() checks before its last batch: a cancel during the last unit still cancels.
            checkCanceled(verb, stack != null ? -1 : done[0], items);
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The oldest unit's results appended to {@code out}; {@code from}: items (or slices) done
     * before it; returns how many are done now.
     */
    private <R> int collect(Deque<Future<List<R>>> running, Deque<Integer> ends, List<R> out, String verb,
        SliceSource source, int total, boolean slices, int from) {
        int done = ends.poll();
        try {
            out.addAll(running.poll().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException(verb + " interrupted.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new OcrException(verb + " failed: " + cause, cause);
        }
        // One report per item (or slice) of the unit, as run() reports them.
        for (int k = from + 1; k <= done; k++) {
            progress.progress(k, total, verb + " " + (slices ? source.name(0) : source.name(k - 1)));
        }
        return done;
    }

    private List<Slice> openAll(SliceSource source, int from, int to) {
        List<Slice> slices = new ArrayList<>();
        for (int i = from; i < to; i++) {
            slices.addAll(openOne(source, i));
        }
        return slices;
    }

    /** One worker's unit: its slices through its task in batches; a noisy batch is skipped as in {@link #run}. */
    private <R> List<R> applyAll(Task<R> task, List<Slice> slices, int group) {
        List<R> out = new ArrayList<>();
        for (int from = 0; from < slices.size(); from += group) {
            List<Slice> batch = new ArrayList<>(slices.subList(from, Math.min(slices.size(), from + group)));
            try {
                out.addAll(task.apply(batch));
            } catch (NoiseException e) {
                Slice s = batch.get(0);
                skip(s.image + " slice " + s.index + ": skipped, " + e.getMessage());
            }
        }
        return out;
    }

    private List<List<Slice>> open(SliceSource source, int from, int to, String verb, int items) {
        checkCanceled(verb, from, items);
        IntStream range = IntStream.range(from, to);
        return (to - from > 1 ? range.parallel() : range).mapToObj(i -> openOne(source, i))
            .collect(Collectors.toList());
    }

    private List<Slice> openOne(SliceSource source, int item) {
        try {
            return source.open(item);
        } catch (IOException | OcrException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "too large for the memory Java was given" : e.getMessage();
            skip(source.name(item) + ": skipped, " + why);
            return List.of();
        }
    }

    private <R> void flush(Task<R> task, List<Slice> pending, List<R> out, String verb, int items) {
        if (pending.isEmpty()) {
            return;
        }
        checkCanceled(verb, -1, items);
        try {
            out.addAll(task.apply(new ArrayList<>(pending)));
        } catch (NoiseException e) {
            Slice s = pending.get(0);
            skip(s.image + " slice " + s.index + ": skipped, " + e.getMessage());
        }
        pending.clear();
    }

    /** One log line per item left out (items of a batch are opened on several threads). */
    private synchronized void skip(String line) {
        progress.log(line);
    }

    private void checkCanceled(String verb, int done, int items) {
        if (progress.isCanceled()) {
            throw new CanceledException(verb + " canceled" + (done >= 0 ? " after " + done + " of " + items
                + (items == 1 ? " image" : " images") : "") + ".");
        }
    }
}
