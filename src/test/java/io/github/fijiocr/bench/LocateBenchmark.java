package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.synth.TextScenes;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Issue 6's figures: character detection precision and recall at IoU 0.5 on generated scenes,
 * the share of fuel-pump frames cut into as many characters as their label has, Read Text's
 * exact readings there, and the time to locate text in a 640x480 frame.
 * Usage: {@code LocateBenchmark SHARED_DATA [scenes_per_kind]}.
 */
public final class LocateBenchmark {
    private static final String DIGITS = "0123456789";

    private LocateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        TextLocator locator = new TextLocator(new LocateOptions());
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        scenes(locator, perKind);
        frames(locator, data.resolve("sevenseg_frames"), Path.of("docs/fuel-pump-frames-audit.csv"));
        speed(locator);
        System.exit(0);
    }

    private static void scenes(TextLocator locator, int perKind) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (TextScenes.Scene s : TextScenes.generate(perKind, 6)) {
            List<Rectangle> found = TestData.inkBoxes(locator.locate(gray(s.image)));
            int matched = matches(s.boxes, found);
            int[] c = counts.computeIfAbsent(s.kind, k -> new int[3]);
            c[0] += matched;
            c[1] += found.size();
            c[2] += s.boxes.size();
        }
        int[] all = new int[3];
        counts.forEach((kind, c) -> {
            row("generated " + kind + " (" + perKind + " images, " + c[2] + " characters): precision / recall at IoU 0.5",
                pct((double) c[0] / c[1]) + " / " + pct((double) c[0] / c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        row("generated, all kinds: precision / recall at IoU 0.5",
            pct((double) all[0] / all[1]) + " / " + pct((double) all[0] / all[2]));
    }

    /** Greedy one-to-one matching by best IoU, at least 0.5. */
    static int matches(List<Rectangle> truth, List<Rectangle> found) {
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        for (Rectangle t : truth) {
            int best = -1;
            double bestIou = 0.5;
            for (int i = 0; i < found.size(); i++) {
                double iou = iou(t, found.get(i));
                if (!used[i] && iou >= bestIou) {
                    best = i;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
            }
        }
        return matched;
    }

    static double iou(Rectangle a, Rectangle b) {
        Rectangle i = a.intersection(b);
        if (i.isEmpty()) {
            return 0;
        }
        double inter = (double) i.width * i.height;
        return inter / ((double) a.width * a.height + (double) b.width * b.height - inter);
    }

    private static void frames(TextLocator locator, Path dir, Path auditFile) throws Exception {
        List<String[]> rows = LabelsCsv.read(dir.resolve("labels.csv"));
        rows = rows.subList(1, rows.size());
        Map<String, String> audit = new HashMap<>();
        List<String[]> judged = LabelsCsv.read(auditFile);
        for (String[] a : judged.subList(1, judged.size())) {
            audit.put(a[0], a[1]);
        }
        // judgement -> {frames, cut right}; frames the audit does not list are "unlisted".
        Map<String, int[]> byJudgement = new TreeMap<>();
        OcrModel bundled = ModelFile.bundled();
        TextReader reader = TextReader.of(bundled, io.github.fijiocr.recognize.ReadOptions.of(new LocateOptions(), 0, DIGITS));
        int cut = 0;
        int exact = 0;
        for (String[] row : rows) {
            ByteProcessor gray = ImageFiles.readGray(dir.resolve(row[0]));
            long characters = locator.locate(gray).stream().flatMap(l -> l.glyphs().stream())
                .filter(g -> !g.mark()).count();
            cut += characters == row[1].length() ? 1 : 0;
            int[] j = byJudgement.computeIfAbsent(audit.getOrDefault(row[0], "unlisted"), k -> new int[2]);
            j[0]++;
            j[1] += characters == row[1].length() ? 1 : 0;
            String text = reader.read(gray, row[0], 1).stream().map(l -> l.text.replace(" ", ""))
                .collect(Collectors.joining());
            exact += text.equals(row[1]) ? 1 : 0;
        }
        row("sevenseg_frames: cut into as many characters as the label has", cut + " of " + rows.size()
            + " (" + pct((double) cut / rows.size()) + ")");
        row("sevenseg_frames: Read Text, bundled model, digits allowed, exact readings", exact + " of "
            + rows.size() + " (" + pct((double) exact / rows.size()) + ")");
        auditRows(byJudgement, rows.size());
    }

    /**
     * The audit ({@code docs/fuel-pump-frames-audit.csv}) judged by eye every frame this locator
     * missed, and every frame that keeping border-cut digits would change: blank (no digit shows),
     * glare (binarisation hid the digits), label (the label's digit count differs from the digits
     * shown), cut-counted and cut-omitted (a digit cut by the right edge that the label counts, or
     * leaves out), locator (the locator's own error). A locator that cuts what a person sees cannot
     * be right on blank, glare or label frames, and one rule for cut digits loses one of the two
     * cut groups.
     */
    private static void auditRows(Map<String, int[]> byJudgement, int total) {
        for (Map.Entry<String, int[]> e : byJudgement.entrySet()) {
            row("sevenseg_frames audit, " + e.getKey() + ": cut right", e.getValue()[1] + " of " + e.getValue()[0]);
        }
        int unreachable = 0;
        for (String j : List.of("blank", "glare", "label")) {
            unreachable += byJudgement.getOrDefault(j, new int[2])[0];
        }
        int countable = total - unreachable;
        int right = 0;
        for (Map.Entry<String, int[]> e : byJudgement.entrySet()) {
            right += List.of("blank", "glare", "label").contains(e.getKey()) ? 0 : e.getValue()[1];
        }
        int conflict = Math.min(byJudgement.getOrDefault("cut-counted", new int[2])[0],
            byJudgement.getOrDefault("cut-omitted", new int[2])[0]);
        row("sevenseg_frames a person can count, label agreeing (audit: not blank, glare or label): cut right",
            right + " of " + countable + " (" + pct((double) right / countable) + ")");
        row("sevenseg_frames: most a locator can reach against these labels (every countable frame)",
            countable + " of " + total + " (" + pct((double) countable / total) + ")");
        row("sevenseg_frames: most with one rule for border-cut digits", (countable - conflict) + " of " + total
            + " (" + pct((double) (countable - conflict) / total) + ")");
    }

    /** Median time to locate one generated line (3 to 13 characters) in a 640x480 frame, over 200 runs after 50 warm-up runs. */
    private static void speed(TextLocator locator) {
        Random r = new Random(3);
        for (String kind : List.of("printed", "seven-segment", "dot-matrix")) {
            TextScenes.Scene s = TextScenes.scene(kind, r);
            ByteProcessor frame = new ByteProcessor(640, 480);
            ByteProcessor text = gray(s.image);
            frame.setValue(text.getPixel(0, 0));
            frame.fill();
            frame.insert(text, Math.max(0, (640 - text.getWidth()) / 2), 200);
            row("locate text in a 640x480 frame, " + kind + " line, median of 200",
                String.format("%.2f ms", medianMs(() -> locator.locate(frame), 50, 200)));
        }
        for (int[] size : new int[][] {{640, 480}, {1280, 960}}) {
            ByteProcessor specks = TestData.grain(size[0], size[1]);
            row("locate text in a " + size[0] + "x" + size[1] + " frame of 2x2 specks every 6 pixels (no text), "
                + "median of 11", String.format("%.0f ms", medianMs(() -> locator.locate(specks), 3, 11)));
        }
    }

    /** Median milliseconds of {@code runs} calls after {@code warmUp} untimed ones. */
    private static double medianMs(Runnable call, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static ByteProcessor gray(BufferedImage image) {
        return new ByteProcessor(image);
    }

    private static String pct(double x) {
        return String.format("%.2f%%", 100 * x);
    }

    private static void row(String measure, String value) {
        System.out.println("| " + measure + " | " + value + " |");
    }
}
