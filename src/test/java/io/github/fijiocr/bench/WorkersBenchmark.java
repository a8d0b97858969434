package io.github.fijiocr.bench;

import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.synth.LabelCards;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 21's figures on one machine: Read Text over a folder with one worker and with one per
 * core, and Tesseract (--psm 7, list mode) as one process and as one process per core, on the
 * same images in one run: wall seconds, CPU seconds, images per second and per CPU-second. On
 * the frames also Read Text told, as Tesseract is, that each image is one line (layout=single_line).
 * Folders: 2,000 generated label images (seeded) and the fuel-pump frames of
 * ../shared/data/sevenseg_frames. Usage: WorkersBenchmark SHARED_DATA [images] [runs] [passes]
 * [warm-up rounds]: Read Text's one-worker and every-core measures read a folder holding each
 * image {@code passes} times (1; links, in one call, as a longer job would), after that many
 * warm-up rounds left out (1): the first reads the folder once on one worker, each other one the
 * linked folder on every core and on one. A long job reads in the JIT's steady state; a short one
 * shares the machine with the JIT still compiling, which a lone worker leaves a core for and
 * every core does not.
 */
public final class WorkersBenchmark {
    private WorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int warmUps = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int cores = Runtime.getRuntime().availableProcessors();
        Path generated = LabelCards.write(Files.createTempDirectory("workers-bench"), count, 21);
        OcrModel line = ModelFile.bundledLine();
        Ocr engine = new Ocr(new org.scijava.log.StderrLogService());
        boolean tess = Tesseract.installed();
        System.out.println("cores " + cores + "; Tesseract " + (tess ? Tesseract.version() : "not installed")
            + "; Read Text: each folder read " + passes + " time(s) a measure, after " + warmUps + " warm-up round(s)");
        System.out.println("\n| folder | images | reader | wall s (median of " + runs + ", Tesseract " + Math.min(runs, 3) + ") | CPU s | images/s"
            + " | images per CPU-s | rows |\n|---|---|---|---|---|---|---|---|");
        for (Path folder : List.of(generated, data.resolve("sevenseg_frames/images"))) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg")).sorted()
                    .collect(Collectors.toList());
            }
            String name = folder.equals(generated) ? "generated labels" : "sevenseg_frames";
            Path job = repeated(files, passes);
            read(engine, line, folder, 1); // warm-up: model load, oneDNN kernels
            for (int w = 1; w < warmUps; w++) {
                read(engine, line, job, cores);
                read(engine, line, job, 1);
            }
            // One worker and every core in turn, the order swapped each round, so that the machine's
            // drift and the JIT's warming weigh on both alike; the ratio is the median of the rounds'.
            List<double[]> ones = new ArrayList<>();
            List<double[]> alls = new ArrayList<>();
            double[] ratios = new double[runs];
            for (int r = 0; r < runs; r++) {
                double[] a;
                double[] b;
                if (r % 2 == 0) {
                    a = read(engine, line, job, 1);
                    b = read(engine, line, job, cores);
                } else {
                    b = read(engine, line, job, cores);
                    a = read(engine, line, job, 1);
                }
                ones.add(a);
                alls.add(b);
                ratios[r] = a[0] / b[0];
            }
            if (!job.equals(folder)) {
                deleteLinks(job);
            }
            print(name, passes * files.size(), "Fiji OCR, 1 worker", medianOf(ones));
            print(name, passes * files.size(), "Fiji OCR, " + cores + " workers", medianOf(alls));
            double[] sorted = ratios.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | | all cores / one worker, median of %d interleaved rounds"
                + " (lowest %.2f, highest %.2f) | %.2fx faster | | | | |%n", name, runs, sorted[0],
                sorted[runs - 1], sorted[runs / 2]);
            if (!folder.equals(generated)) {
                // Tesseract is told each frame is one line (--psm 7); Read Text's default layout
                // looks for lines first. The same hint given to Read Text (layout=single_line):
                ReadOptions one = new ReadOptions().with(ReadOptions.Reader.LINE, ReadOptions.Layout.SINGLE_LINE);
                for (int threads : new int[] {1, cores}) {
                    double[] t = median(runs, () -> read(engine, line, folder, one.withThreads(threads)));
                    print(name, files.size(), "Fiji OCR, layout=single_line, " + threads
                        + (threads == 1 ? " worker" : " workers"), t);
                }
            }
            if (tess) {
                for (int procs : new int[] {1, cores}) {
                    double[] t = median(Math.min(runs, 3), () -> tesseract(files, procs));
                    print(name, files.size(), "Tesseract --psm 7, " + procs + (procs == 1 ? " process" : " processes"), t);
                }
            }
        }
    }

    private interface Measure {
        double[] run() throws Exception;
    }

    /** The run with the median wall time: {wall, cpu, rows}. */
    private static double[] median(int runs, Measure m) throws Exception {
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(m.run());
        }
        return medianOf(all);
    }

    private static double[] medianOf(List<double[]> runs) {
        List<double[]> all = new ArrayList<>(runs);
        all.sort((a, b) -> Double.compare(a[0], b[0]));
        return all.get(all.size() / 2);
    }

    private static void print(String folder, int images, String reader, double[] r) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.0f | %.0f | %.0f |%n", folder, images, reader,
            r[0], r[1], images / r[0], images / r[1], r[2]);
    }

    private static double[] read(Ocr engine, OcrModel line, Path folder, int threads) {
        return read(engine, line, folder, new ReadOptions().withThreads(threads));
    }

    /** A new folder linking to each of {@code files} {@code passes} times over; their own folder for one pass. */
    private static Path repeated(List<Path> files, int passes) throws java.io.IOException {
        if (passes == 1) {
            return files.get(0).getParent();
        }
        Path job = Files.createTempDirectory("workers-bench-passes");
        for (int p = 0; p < passes; p++) {
            for (Path f : files) {
                Files.createSymbolicLink(job.resolve("p" + p + "_" + f.getFileName()), f.toAbsolutePath());
            }
        }
        return job;
    }

    /** The folder {@link #repeated} made, with its links (not what they link to). */
    private static void deleteLinks(Path job) throws java.io.IOException {
        try (Stream<Path> links = Files.list(job)) {
            for (Path link : (Iterable<Path>) links::iterator) {
                Files.delete(link);
            }
        }
        Files.delete(job);
    }

    private static double[] read(Ocr engine, OcrModel line, Path folder, ReadOptions options) {
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<LineReading> rows = engine.readText(SliceSource.files(ImageSource.of(folder)), line, options,
            Progress.NONE);
        return new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9, rows.size()};
    }

    /** Tesseract in list mode, the list cut into {@code procs} parts read by as many processes at once. */
    private static double[] tesseract(List<Path> files, int procs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(procs);
        List<Future<Tesseract.Run>> parts = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int p = 0; p < procs; p++) {
            List<Path> part = files.subList(p * files.size() / procs, (p + 1) * files.size() / procs);
            parts.add(pool.submit(() -> Tesseract.read(part, 7, null)));
        }
        double cpu = 0;
        int rows = 0;
        for (Future<Tesseract.Run> f : parts) {
            Tesseract.Run r = f.get();
            cpu += r.cpuSeconds;
            rows += (int) r.texts.stream().filter(t -> !t.isEmpty()).count();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new double[] {wall, cpu, rows};
    }
}
