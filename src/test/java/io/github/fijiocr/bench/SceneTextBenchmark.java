package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 19's figures on {@code scene_text_boxes} (whole photos, boxed words): word detection
 * precision, recall and F-score at IoU 0.5 (detections on {@code ###} boxes ignored, as ICDAR
 * does) and end-to-end word recall (found, and read the same ignoring case and the punctuation at
 * a word's ends), Read Text with its defaults beside Tesseract {@code --psm 11} on the same photos
 * in the same run. Our words are the line readings split at their spaces, each box the union of
 * its characters' boxes. Usage: {@code SceneTextBenchmark data_dir}.
 */
public final class SceneTextBenchmark {
    static final double IOU = 0.5;

    private SceneTextBenchmark() {
    }

    /** A word: its box and text. */
    static final class Word {
        final Rectangle box;
        final String text;

        Word(Rectangle box, String text) {
            this.box = box;
            this.text = text;
        }
    }

    /** Counts over a set of photos. */
    static final class Score {
        int detected;
        int ignored;
        int truths;
        int matched;
        int read;

        double precision() {
            return (double) matched / Math.max(1, detected - ignored);
        }

        double recall() {
            return (double) matched / Math.max(1, truths);
        }

        double f() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F %.3f (%d of %d words found; %d detections, %d on ### boxes)",
                precision(), recall(), f(), matched, truths, detected, ignored);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]).resolve("scene_text_boxes");
        Nd4jRuntime.useThreads(1);
        if (args.length > 1 && args[1].equals("sizes")) { // the speed table alone
            sizes();
            System.exit(0);
        }
        Map<String, List<Word>> truth = truth(dir);
        if (args.length > 1 && args[1].equals("halves")) {
            halves(dir, truth);
            System.exit(0);
        }
        List<Path> files = new ArrayList<>();
        truth.keySet().forEach(p -> files.add(dir.resolve(p)));

        Run lines = run(files, dir, truth, ReadOptions.Layout.LINES);
        Run scene = run(files, dir, truth, ReadOptions.Layout.SCENE);
        Run auto = run(files, dir, truth, ReadOptions.Layout.AUTO);

        boolean tess = Tesseract.installed();
        Score theirs = new Score();
        double[] tessCpu = {Double.NaN};
        if (tess) {
            List<List<Tesseract.Word>> all = Tesseract.words(files, 11, tessCpu);
            for (int i = 0; i < files.size(); i++) {
                List<Word> found = new ArrayList<>();
                all.get(i).forEach(w -> found.add(new Word(w.box, w.text)));
                score(found, truth.get(dir.relativize(files.get(i)).toString()), theirs);
            }
        }
        System.out.println("| measure | Fiji OCR, layout=lines | Fiji OCR, layout=scene | Fiji OCR, layout=auto | Tesseract "
            + (tess ? Tesseract.version() + " --psm 11" : "(not installed)") + " |");
        System.out.println("|---|---|---|---|---|");
        row("scene_text_boxes, " + files.size() + " photos: word detection at IoU 0.5", lines.score.toString(),
            scene.score.toString(), auto.score.toString(), tess ? theirs.toString() : "-");
        row("detection F-score", String.format("%.3f", lines.score.f()), String.format("%.3f", scene.score.f()),
            String.format("%.3f", auto.score.f()), tess ? String.format("%.3f", theirs.f()) : "-");
        row("end-to-end word recall (found and read, case-insensitive)", recall(lines.score), recall(scene.score),
            recall(auto.score), tess ? recall(theirs) : "-");
        row("CPU seconds, all photos (ours: one ND4J thread, decoding included)", String.format("%.1f", lines.cpu),
            String.format("%.1f", scene.cpu), String.format("%.1f", auto.cpu), tess ? String.format("%.1f", tessCpu[0]) : "-");
        row("ms per photo, median (max)", lines.ms(), scene.ms(), auto.ms(), "-");
        sizes();
        System.exit(0);
    }

    /** Each photo's boxed words by its path in {@code dir}; photos without words too. */
    static Map<String, List<Word>> truth(Path dir) throws java.io.IOException {
        Map<String, List<Word>> truth = new LinkedHashMap<>();
        for (String[] row : LabelsCsv.read(dir.resolve("boxes.csv"))) {
            if (row[0].equals("path")) {
                continue;
            }
            int[] c = new int[8];
            for (int i = 0; i < 8; i++) {
                c[i] = Integer.parseInt(row[1 + i].trim());
            }
            int x0 = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
            int x1 = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
            int y0 = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
            int y1 = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
            truth.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Word(new Rectangle(x0, y0, x1 - x0,
                y1 - y0), row[9]));
        }
        for (String[] row : LabelsCsv.read(dir.resolve("labels.csv"))) {
            if (!row[0].equals("path")) {
                truth.computeIfAbsent(row[0], k -> new ArrayList<>());
            }
        }
        return truth;
    }

    /**
     * layout=auto on the two halves of the photos, split by the CRC32 of each photo's path (even:
     * the development half, odd: the held-out half): a change to the search is made looking at
     * the first and judged on the second, so the reported figure is not the one it was fitted to.
     */
    static void halves(Path dir, Map<String, List<Word>> truth) throws java.io.IOException {
        List<Path> dev = new ArrayList<>();
        List<Path> held = new ArrayList<>();
        for (String p : truth.keySet()) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            (crc.getValue() % 2 == 0 ? dev : held).add(dir.resolve(p));
        }
        System.out.println("| half | photos | layout=auto: detection at IoU 0.5 | end-to-end word recall |");
        System.out.println("|---|---|---|---|");
        for (List<Path> half : List.of(dev, held)) {
            Run r = run(half, dir, truth, ReadOptions.Layout.AUTO);
            System.out.printf("| %s | %d | %s | %s |%n", half == dev ? "development (even CRC32)" : "held out (odd CRC32)",
                half.size(), r.score, recall(r.score));
        }
    }

    /**
     * Speed by image size: a clean frame (one printed line on plain ground, 640x480), the same
     * line on a grey frame with sensor noise, and the generated micrograph of the tests (a
     * timestamp and a scale bar over cells) scaled to 640x480, 2k and 12 megapixels, read with
     * layout=lines and layout=auto; the median of 21 reads after 5 unmeasured ones, and 200 reads
     * of the two small images before any row.
     */
    static void sizes() {
        java.util.List<java.awt.Rectangle> texts = new ArrayList<>();
        ByteProcessor base = io.github.fijiocr.recognize.SceneReaderTest.micrograph("DejaVu Sans", "12:05:33",
            "50 µm", 0, texts);
        ByteProcessor clean = io.github.fijiocr.locate.SceneLinesTest.printedFrame(255, 0, 0);
        // A camera's frame of the same: grey ground, the line, sensor noise (sigma 6 grey levels).
        ByteProcessor noisy = io.github.fijiocr.locate.SceneLinesTest.printedFrame(200, 6, 6);
        int[][] sizes = {{640, 480}, {640, 480}, {640, 480}, {2048, 1536}, {4000, 3000}};
        base.setInterpolationMethod(ByteProcessor.BILINEAR);
        ByteProcessor small = (ByteProcessor) base.resize(640, 480, true);
        for (ReadOptions.Layout layout : new ReadOptions.Layout[] {ReadOptions.Layout.LINES, ReadOptions.Layout.AUTO}) {
            TextReader reader = Ocr.textReader(ModelFile.bundledLine(), ReadOptions.of(new LocateOptions(),
                ReadOptions.DEFAULT_THRESHOLD, null).with(ReadOptions.Reader.LINE, layout));
            for (int i = 0; i < 50; i++) { // warm-up: the first rows' figures are the compiler's otherwise
                reader.read(clean, "m", 1);
                reader.read(small, "m", 1);
            }
        }
        System.out.println();
        System.out.println("| image | Locate Text (finding only), ms (median of 21) | layout=lines, ms (median of 21) |"
            + " layout=auto, ms (median of 21) | lines found (auto) |");
        System.out.println("|---|---|---|---|---|");
        io.github.fijiocr.locate.TextLocator locator = new io.github.fijiocr.locate.TextLocator(new LocateOptions());
        for (int s = 0; s < sizes.length; s++) {
            ByteProcessor img = s == 0 ? clean : noisy;
            if (s > 1) {
                base.setInterpolationMethod(ByteProcessor.BILINEAR);
                img = (ByteProcessor) base.resize(sizes[s][0], sizes[s][1], true);
            }
            String[] cells = new String[3];
            double[] locating = new double[21];
            for (int i = -5; i < locating.length; i++) {
                long t0 = System.nanoTime();
                locator.locate(img, null);
                if (i >= 0) {
                    locating[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(locating);
            cells[0] = String.format("%.1f", locating[locating.length / 2]);
            int found = 0;
            int k = 1;
            for (ReadOptions.Layout layout : new ReadOptions.Layout[] {ReadOptions.Layout.LINES, ReadOptions.Layout.AUTO}) {
                TextReader reader = Ocr.textReader(ModelFile.bundledLine(), ReadOptions.of(new LocateOptions(),
                    ReadOptions.DEFAULT_THRESHOLD, null).with(ReadOptions.Reader.LINE, layout));
                double[] ms = new double[21];
                for (int i = -5; i < ms.length; i++) {
                    long t0 = System.nanoTime();
                    found = reader.read(img, "m", 1).size();
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                Arrays.sort(ms);
                cells[k++] = String.format("%.1f", ms[ms.length / 2]);
            }
            String what = s == 0 ? "clean frame, one printed line, 640x480" : s == 1
                ? "the same line on a grey frame with noise (sigma 6), 640x480"
                : "generated micrograph, " + sizes[s][0] + "x" + sizes[s][1];
            System.out.printf("| %s | %s | %s | %s | %d |%n", what, cells[0], cells[1], cells[2], found);
        }
    }

    private static String recall(Score s) {
        return String.format("%d of %d (%.1f%%)", s.read, s.truths, 100.0 * s.read / Math.max(1, s.truths));
    }

    private static void row(String measure, String... values) {
        System.out.println("| " + measure + " | " + String.join(" | ", values) + " |");
    }

    /** One layout's figures. */
    static final class Run {
        final Score score = new Score();
        double[] ms;
        double cpu;

        String ms() {
            return String.format("%.0f (%.0f)", ms[ms.length / 2], ms[ms.length - 1]);
        }
    }

    static Run run(List<Path> files, Path dir, Map<String, List<Word>> truth, ReadOptions.Layout layout)
        throws java.io.IOException {
        TextReader reader = Ocr.textReader(ModelFile.bundledLine(), ReadOptions.of(new LocateOptions(),
            ReadOptions.DEFAULT_THRESHOLD, null).with(ReadOptions.Reader.LINE, layout));
        Run run = new Run();
        run.ms = new double[files.size()];
        long cpu0 = cpu();
        int k = 0;
        for (Path f : files) {
            long t0 = System.nanoTime();
            List<Word> found = new ArrayList<>();
            try {
                ByteProcessor gray = ImageFiles.readGray(f);
                for (LineReading line : reader.read(gray, f.getFileName().toString(), 1)) {
                    found.addAll(words(line));
                }
            } catch (RuntimeException e) {
                System.err.println(f + ": " + e);
            }
            run.ms[k++] = (System.nanoTime() - t0) / 1e6;
            score(found, truth.get(dir.relativize(f).toString()), run.score);
        }
        run.cpu = (cpu() - cpu0) / 1e9;
        Arrays.sort(run.ms);
        return run;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A line reading cut at its spaces; each word's box the union of its characters' boxes. */
    static List<Word> words(LineReading line) {
        List<Word> out = new ArrayList<>();
        String[] parts = line.text.trim().split("\\s+");
        int chars = 0;
        for (String p : parts) {
            chars += p.codePointCount(0, p.length());
        }
        if (line.text.isBlank()) {
            return out;
        }
        if (chars != line.characters.size()) {
            out.add(new Word(line.bounds, line.text.trim()));
            return out;
        }
        int i = 0;
        for (String p : parts) {
            Rectangle box = null;
            for (int n = p.codePointCount(0, p.length()); n > 0; n--, i++) {
                CharacterReading c = line.characters.get(i);
                box = box == null ? new Rectangle(c.box) : box.union(c.box);
            }
            out.add(new Word(box, p));
        }
        return out;
    }

    /** Greedy one-to-one matching by IoU, best pairs first. */
    static void score(List<Word> found, List<Word> truth, Score s) {
        List<Word> cares = new ArrayList<>();
        List<Word> dontCare = new ArrayList<>();
        for (Word t : truth) {
            (t.text.equals("###") ? dontCare : cares).add(t);
        }
        s.truths += cares.size();
        s.detected += found.size();
        List<double[]> pairs = new ArrayList<>();
        for (int d = 0; d < found.size(); d++) {
            for (int t = 0; t < cares.size(); t++) {
                double iou = LocateBenchmark.iou(found.get(d).box, cares.get(t).box);
                if (iou >= IOU) {
                    pairs.add(new double[] {iou, d, t});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] usedD = new boolean[found.size()];
        boolean[] usedT = new boolean[cares.size()];
        for (double[] p : pairs) {
            int d = (int) p[1];
            int t = (int) p[2];
            if (usedD[d] || usedT[t]) {
                continue;
            }
            usedD[d] = true;
            usedT[t] = true;
            s.matched++;
            s.read += norm(found.get(d).text).equals(norm(cares.get(t).text)) ? 1 : 0;
        }
        for (int d = 0; d < found.size(); d++) {
            if (usedD[d]) {
                continue;
            }
            for (Word t : dontCare) {
                Rectangle in = found.get(d).box.intersection(t.box);
                double area = (double) found.get(d).box.width * found.get(d).box.height;
                if (!in.isEmpty() && in.width * (double) in.height > 0.5 * area) {
                    s.ignored++;
                    break;
                }
            }
        }
    }

    /** Case ignored, and punctuation at the ends (ICDAR's word spotting rule). */
    static String norm(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
