package io.github.fijiocr.bench;

import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.progress.Progress;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Times dataset import (issue 4) and prints Markdown table rows. Run by scripts/benchmark-datasets;
 * never by the tests. Nothing is written into the datasets: the split is neither saved nor read there.
 * <ul>
 * <li>{@code DatasetBenchmark chars74k SHARED_DATA_DIR}: imports chars74k_fnt five times (the first,
 * cold, is a warm-up) and prints the median of the other four, each run, the image count and the
 * problems found by kind.</li>
 * <li>{@code DatasetBenchmark big FOLDER [N]}: fills FOLDER with N (default 100,000) generated digit
 * PNGs in class folders 0..9 unless it already holds them, imports it once and prints the time and
 * the heap used. Run it with {@code -Xmx1g} so that finishing at all shows the 1 GB bound.</li>
 * </ul>
 */
public final class DatasetBenchmark {
    private DatasetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| measure | value |\n|---|---|");
        if (args.length >= 2 && args[0].equals("chars74k")) {
            chars74k(Path.of(args[1]).resolve("chars74k_fnt"));
        } else if (args.length >= 2 && args[0].equals("big")) {
            big(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
        } else {
            System.err.println("Usage: DatasetBenchmark chars74k SHARED_DATA_DIR | big FOLDER [N]");
            System.exit(2);
        }
        System.exit(0);
    }

    private static void chars74k(Path dataset) throws IOException {
        double[] seconds = new double[5];
        CharacterDataset d = null;
        for (int run = 0; run < seconds.length; run++) {
            long t = System.nanoTime();
            d = importOnce(dataset);
            seconds[run] = (System.nanoTime() - t) / 1e9;
        }
        double[] warm = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(warm);
        row("chars74k_fnt import: images", d.size() + " in " + d.classes().size() + " classes");
        row("chars74k_fnt import: cold (first run)", secs(seconds[0]));
        row("chars74k_fnt import: median of runs 2-5", secs((warm[1] + warm[2]) / 2));
        row("chars74k_fnt import: each run", Arrays.stream(seconds).mapToObj(DatasetBenchmark::secs)
            .collect(Collectors.joining(", ")));
        row("chars74k_fnt import: problems by kind", byKind(d));
        row("cores, -Xmx", Runtime.getRuntime().availableProcessors() + ", " + mib(Runtime.getRuntime().maxMemory()));
    }

    private static void big(Path folder, int n) throws IOException {
        long t = System.nanoTime();
        int made = generate(folder, n);
        if (made > 0) {
            row("generated images", made + " in " + secs((System.nanoTime() - t) / 1e9));
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        t = System.nanoTime();
        CharacterDataset d = importOnce(folder);
        double seconds = (System.nanoTime() - t) / 1e9;
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = rt.totalMemory() - rt.freeMemory();
        row("big folder import: images", d.size() + " of " + n + " in " + d.classes().size() + " classes");
        row("big folder import: time", secs(seconds));
        row("big folder import: peak heap used (sum of heap pool peaks)", mib(peak));
        row("big folder import: heap used after GC, dataset still held", mib(retained));
        row("big folder import: -Xmx (maxMemory)", mib(rt.maxMemory()));
        row("big folder import: problems by kind", byKind(d));
    }

    private static CharacterDataset importOnce(Path dataset) throws IOException {
        DatasetOptions options = new DatasetOptions();
        options.saveSplit = false;
        options.splitFile = Files.createTempFile("fiji-ocr-bench-split", ".csv");
        Files.delete(options.splitFile); // no saved split: split afresh, as a first import does
        return new DatasetImporter().load(dataset, options, Progress.NONE);
    }

    /** Writes image i as FOLDER/(i % 10)/i.png for each i below n not already there; returns how many. */
    private static int generate(Path folder, int n) throws IOException {
        for (int c = 0; c < 10; c++) {
            Files.createDirectories(folder.resolve(String.valueOf(c)));
        }
        long present;
        try (Stream<Path> s = Files.walk(folder)) {
            present = s.filter(p -> p.toString().endsWith(".png")).count();
        }
        if (present >= n) {
            return 0;
        }
        return IntStream.range(0, n).parallel().map(i -> {
            Path file = folder.resolve(i % 10 + "/" + i + ".png");
            if (Files.exists(file)) {
                return 0;
            }
            try {
                ImageIO.write(digit(i), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 1;
        }).sum();
    }

    /** Digit i % 10, dark on light, in a random size, font and place, with pixel noise. */
    private static BufferedImage digit(int i) {
        Random r = new Random(i);
        int w = 20 + r.nextInt(45);
        int h = 20 + r.nextInt(45);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200 + r.nextInt(56), 200 + r.nextInt(56), 200 + r.nextInt(56)));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        String[] families = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED};
        int size = Math.max(10, (int) (Math.min(w, h) * (0.6 + 0.4 * r.nextDouble())));
        g.setFont(new Font(families[r.nextInt(families.length)], r.nextBoolean() ? Font.BOLD : Font.PLAIN, size));
        int ink = r.nextInt(80);
        g.setColor(new Color(ink, ink, ink));
        String text = String.valueOf(i % 10);
        int tw = g.getFontMetrics().stringWidth(text);
        int x = Math.max(0, (w - tw) / 2 + r.nextInt(5) - 2);
        int y = Math.min(h - 1, (h + g.getFontMetrics().getAscent()) / 2 - 2 + r.nextInt(5) - 2);
        g.drawString(text, x, y);
        g.dispose();
        WritableRaster raster = img.getRaster();
        for (int k = w * h / 20; k > 0; k--) {
            int px = r.nextInt(w);
            int py = r.nextInt(h);
            raster.setSample(px, py, 0, Math.max(0, Math.min(255, raster.getSample(px, py, 0) + r.nextInt(61) - 30)));
        }
        return img;
    }

    private static String byKind(CharacterDataset d) {
        Map<String, Long> kinds = d.problems().stream().collect(Collectors.groupingBy(p -> p.kind().key(),
            TreeMap::new, Collectors.counting()));
        return kinds.isEmpty() ? "none" : kinds.toString().replaceAll("[{}]", "").replace("=", ": ");
    }

    private static String secs(double s) {
        return String.format("%.2f s", s);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }

    private static void row(String measure, String value) {
        System.out.println("| " + measure + " | " + value + " |");
    }
}
