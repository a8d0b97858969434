package io.github.fijiocr.bench;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.calibrate.ScaleBar;
import io.github.fijiocr.calibrate.ScaleBarReader;
import io.github.fijiocr.calibrate.TimeText;
import io.github.fijiocr.calibrate.TimestampReader;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.BenchmarkBars;
import io.github.fijiocr.synth.Micrographs;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Issue 20's figures: timestamps burned in with ImageJ's Label... and scale bars laid out as
 * ImageJ's Scale Bar... draws them, across formats, fonts, sizes, colours, bit depths, JPEG and
 * downscaling, all generated here from a seed (no tuning set: every stack is new). Per kind:
 * slices exact after the sequence check, wrong readings left unflagged, the frame interval within
 * 0.1%, gaps found; scale bars found and calibrated within 2%, wrong calibrations left unflagged.
 * Tesseract 5 (--psm 11 on whole frames) beside it when installed. Then the speed and memory of a
 * long movie. Usage: CalibrationBenchmark [stacks] [bars] [speed-slices] [seed], or speed SLICES, or memory SLICES;
 * run by scripts/benchmark-calibration through {@link PatchedMain}.
 */
public final class CalibrationBenchmark {
    private CalibrationBenchmark() {
    }

    /** One generated time-lapse and what ImageJ wrote on it. */
    static final class Stack {
        String kind;
        String describe;
        ImagePlus imp;
        double[] truth;
        double interval;
        int dropped;
        /** A loose rectangle around the timestamp, twice the font's size high, as a user might draw it. */
        java.awt.Rectangle loose;
    }

    /** Run through {@link PatchedMain}: ImageJ must be patched before this class loads. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            memory(Integer.parseInt(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("speed")) {
            speed(Integer.parseInt(args[1]));
            System.exit(0); // ND4J leaves non-daemon threads behind
        }
        int stacks = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int bars = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int speedSlices = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        // Development looked at seed 0; the figures in BENCHMARKS.md come from another seed.
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 0;
        OcrModel line = ModelFile.bundledLine();
        LineRecognizer recognizer = new LineRecognizer(line.predictor(null), null, ReadOptions.DEFAULT_THRESHOLD, null);
        boolean tess = Tesseract.installed();
        System.out.println("Tesseract: " + (tess ? Tesseract.version() : "not installed"));
        // Label... and Scale Bar... draw in Java's SansSerif, which fontconfig makes the machine's
        // sans-serif; the script makes it DejaVu Sans, as in the tests, or the face it is given.
        System.out.println("Timestamps and scale bars drawn in: " + sansSerifFace());
        timestamps(recognizer, stacks, tess, seed);
        scaleBars(recognizer, bars, tess, seed);
        if (speedSlices > 0) {
            speed(speedSlices);
        }
    }

    // ---- timestamps ----

    private static final String[][] FORMATS = {
        // ImageJ format, suffix, start, interval, kind
        {"00:00:00", "", "3590", "7", "hh:mm:ss"},
        {"00:00:00", "", "0", "30", "hh:mm:ss"},
        {"00:00", "", "5", "1", "mm:ss"},
        {"0", "sec", "0", "5", "seconds"},
        {"0", "s", "0", "0.5", "decimal seconds"},
        {"0", "min", "10", "2", "minutes"},
        {"0000", "", "1", "1", "counter"},
    };
    private static final int[] FONTS = {12, 14, 18, 24};
    private static final String[] LOOKS = {"8-bit white", "16-bit white", "RGB yellow", "brightfield black"};

    static Stack stack(int i, Random r, long seed) throws Exception {
        String[] f = FORMATS[i % FORMATS.length];
        int font = FONTS[(i / FORMATS.length) % FONTS.length];
        String look = LOOKS[r.nextInt(LOOKS.length)];
        boolean jpeg = r.nextInt(3) == 0;
        boolean scaled = r.nextInt(4) == 0;
        boolean corner = r.nextBoolean();
        int frames = 60;
        Stack s = new Stack();
        s.kind = f[4];
        ImagePlus imp = Micrographs.timeLapse("stack" + i, frames, 320, 240, 1000 + i + 100000 * seed);
        imp = look(imp, look);
        // Inside the frame: ImageJ right-aligns at x plus the widest label's width (DejaVu Sans digits
        // are about 0.56 of the size wide).
        int widest = (int) Math.ceil(0.6 * font * longest(f, frames));
        int x = corner ? 5 + r.nextInt(10) : Math.max(5, 320 - 10 - widest - r.nextInt(20));
        int y = corner ? font + 5 + r.nextInt(8) : 230 - r.nextInt(10);
        Color color = look.endsWith("white") ? Color.WHITE : look.endsWith("yellow") ? Color.YELLOW : Color.BLACK;
        double start = Double.parseDouble(f[2]);
        double interval = Double.parseDouble(f[3]);
        Micrographs.label(imp, f[0], start, interval, x, y, font, f[1], color);
        double perUnit = f[1].equals("min") ? 60 : 1;
        List<Double> truth = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            truth.add((start + k * interval) * perUnit);
        }
        // Every third stack loses a frame or two, as a real acquisition does.
        if (i % 3 == 2) {
            int drop = 10 + r.nextInt(frames - 20);
            int n = 1 + r.nextInt(2);
            for (int k = 0; k < n; k++) {
                imp.getStack().deleteSlice(drop + 1);
                truth.remove(drop);
            }
            s.dropped = n;
        }
        s.loose = new java.awt.Rectangle(x - 4, y - font - font / 2, widest + 8, 2 * font);
        if (scaled) {
            imp = Micrographs.resized(imp, 240, 180);
            s.loose = new java.awt.Rectangle(s.loose.x * 3 / 4, s.loose.y * 3 / 4, s.loose.width * 3 / 4,
                s.loose.height * 3 / 4);
        }
        if (jpeg) {
            Micrographs.jpeg(imp, 70);
        }
        s.imp = imp;
        s.truth = truth.stream().mapToDouble(Double::doubleValue).toArray();
        s.interval = interval * perUnit;
        s.describe = String.format(Locale.ROOT, "%s %dpt %s%s%s%s", f[0] + (f[1].isEmpty() ? "" : " " + f[1]), font,
            look, jpeg ? " jpeg70" : "", scaled ? " x0.75" : "", corner ? " top-left" : " bottom-right");
        return s;
    }

    /** Characters in the longest label ImageJ writes for this format over {@code frames} slices. */
    private static int longest(String[] f, int frames) {
        double last = Double.parseDouble(f[2]) + (frames - 1) * Double.parseDouble(f[3]);
        String number = f[3].contains(".") ? String.format(Locale.ROOT, "%.1f", last) : Long.toString((long) last);
        return f[0].startsWith("00") ? f[0].length() : number.length() + (f[1].isEmpty() ? 0 : 1 + f[1].length());
    }

    private static ImagePlus look(ImagePlus imp, String look) {
        if (look.startsWith("16-bit")) {
            return Micrographs.sixteenBit(imp);
        }
        ImageStack in = imp.getStack();
        ImageStack out = new ImageStack(imp.getWidth(), imp.getHeight());
        for (int k = 1; k <= in.size(); k++) {
            ImageProcessor ip = in.getProcessor(k);
            if (look.startsWith("RGB")) {
                ColorProcessor cp = new ColorProcessor(imp.getWidth(), imp.getHeight());
                for (int p = 0; p < imp.getWidth() * imp.getHeight(); p++) {
                    int v = ip.get(p);
                    cp.set(p, (v / 3 << 16) | (v << 8) | v / 2); // green fluorescence
                }
                out.addSlice(cp);
            } else if (look.startsWith("brightfield")) {
                ImageProcessor inv = ip.duplicate();
                inv.invert();
                out.addSlice(inv);
            } else {
                out.addSlice(ip);
            }
        }
        return new ImagePlus(imp.getTitle(), out);
    }

    private static final class Tally {
        int stacks;
        int slices;
        int exact;
        int flagged;
        int wrongUnflagged;
        int intervalRight;
        int gapsTrue;
        int gapsFound;
        int refused;
        int tessFrames;
        int tessExact;
        double seconds;
    }

    /**
     * The face Java's SansSerif draws as, of those users' machines give it, or "another face". A
     * face this machine lacks is skipped: Java would draw it as SansSerif itself, and name it.
     */
    private static String sansSerifFace() {
        java.util.Set<String> installed = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(java.util.Locale.ROOT));
        for (String family : new String[] {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Nimbus Sans", "FreeSans"}) {
            if (installed.contains(family) && java.util.Arrays.equals(drawn("SansSerif"), drawn(family))) {
                return family;
            }
        }
        return "another face";
    }

    private static int[] drawn(String family) {
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(200, 40,
            java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = b.createGraphics();
        g.setFont(new java.awt.Font(family, java.awt.Font.PLAIN, 20));
        g.drawString("00:59:50 sec", 4, 30);
        g.dispose();
        return b.getRaster().getPixels(0, 0, 200, 40, (int[]) null);
    }

    /**
     * Where a stack is read: -Dbench.selection=loose, a loose rectangle around the timestamp, as a
     * user draws one; -Dbench.selection=x,y,w,h, that rectangle; else nowhere given (found).
     */
    private static java.awt.Rectangle selection(Stack s) {
        String sel = System.getProperty("bench.selection", "");
        if (sel.contains(",")) {
            int[] b = java.util.Arrays.stream(sel.split(",")).mapToInt(Integer::parseInt).toArray();
            return new java.awt.Rectangle(b[0], b[1], b[2], b[3]);
        }
        return "loose".equals(sel) ? s.loose : null;
    }

    /**
     * -Dbench.save=FILE.png [-Dbench.rect=x,y,w,h] [-Dbench.slice=K]: that part of slice K (1) four
     * times the size, or the whole slice twice the size, its display range its own.
     */
    private static void saveView(Stack s) {
        ij.process.ImageProcessor one = s.imp.getStack().getProcessor(Integer.getInteger("bench.slice", 1)).duplicate();
        String rect = System.getProperty("bench.rect");
        if (rect == null) {
            one = one.resize(one.getWidth() * 2, one.getHeight() * 2, false);
        } else {
            int[] box = java.util.Arrays.stream(rect.split(",")).mapToInt(Integer::parseInt).toArray();
            one.setRoi(new java.awt.Rectangle(box[0], box[1], box[2], box[3]));
            one = one.crop().resize(box[2] * 4, box[3] * 4, false);
        }
        one.resetMinAndMax();
        new ij.io.FileSaver(new ij.ImagePlus("", one)).saveAsPng(System.getProperty("bench.save"));
    }

    private static void timestamps(LineRecognizer recognizer, int n, boolean tess, long seed) throws Exception {
        Random r = new Random(20 + 1000 * seed);
        Map<String, Tally> byKind = new LinkedHashMap<>();
        Tally all = new Tally();
        System.out.println("\n| # | stack | slices | exact | flagged | wrong, not flagged | interval | gaps | s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < n; i++) {
            Stack s = stack(i, r, seed);
            if (Integer.getInteger("bench.only", i) != i) {
                continue; // -Dbench.only=N: read stack N alone (the others are still drawn, to keep the seed's stacks)
            }
            Tally t = byKind.computeIfAbsent(s.kind, k -> new Tally());
            long t0 = System.nanoTime();
            Timestamps read;
            try {
                // -Dbench.show=N also prints stack N's log.
                Progress log = Integer.getInteger("bench.show", -1) == i
                    ? Progress.of((d, tot, m) -> { }, m -> System.out.println("log: " + m), () -> false) : Progress.NONE;
                read = new TimestampReader(recognizer, log).read(s.imp, selection(s), null);
            } catch (OcrException e) {
                read = null;
                if (Integer.getInteger("bench.show", -1) == i) {
                    System.out.println("refused: " + e.getMessage());
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (Integer.getInteger("bench.show", -1) == i && System.getProperty("bench.save") != null) {
                saveView(s);
            }
            if (read != null && Integer.getInteger("bench.show", -1) == i) {
                // -Dbench.show=N: stack N's readings, to see what went wrong.
                System.out.println("pattern " + read.pattern + ", region " + read.region + ", interval " + read.interval);
                for (TimestampReading row : read.readings) {
                    System.out.println(row.slice + " " + row.text + " = " + row.value + " (truth "
                        + s.truth[row.slice - 1] + ") " + row.status + " " + row.note);
                }
            }
            int exact = 0;
            int flagged = 0;
            int wrong = 0;
            boolean intervalRight = false;
            int gaps = 0;
            if (read != null) {
                for (TimestampReading row : read.readings) {
                    boolean right = Math.abs(row.value - s.truth[row.slice - 1]) < 1e-6;
                    if (row.status == TimestampReading.Status.FLAGGED) {
                        flagged++;
                    } else if (right) {
                        exact++;
                    } else {
                        wrong++;
                    }
                    gaps += row.note.contains("missing before") ? 1 : 0;
                }
                intervalRight = Math.abs(read.interval - s.interval) <= 0.001 * s.interval;
            }
            for (Tally x : new Tally[] {t, all}) {
                x.stacks++;
                x.slices += s.truth.length;
                x.exact += exact;
                x.flagged += flagged;
                x.wrongUnflagged += wrong;
                x.intervalRight += intervalRight ? 1 : 0;
                x.gapsTrue += s.dropped > 0 ? 1 : 0;
                x.gapsFound += s.dropped > 0 && gaps == 1 ? 1 : 0;
                x.refused += read == null ? 1 : 0;
                x.seconds += secs;
            }
            if (tess) {
                tesseractFrames(s, t, all);
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %d | %d | %d | %s | %s | %.2f |%n", i, s.describe,
                s.truth.length, exact, flagged, wrong, read == null ? "refused" : intervalRight ? "right"
                    : String.format(Locale.ROOT, "%.4g (truth %.4g)", read.interval, s.interval),
                s.dropped == 0 ? (gaps == 0 ? "-" : gaps + " false") : gaps == 1 ? "found" : "missed", secs);
        }
        System.out.println("\n| kind | stacks | slices | exact after sequence check | flagged | wrong, not flagged"
            + " | interval right (0.1%) | gaps found | refused | Tesseract --psm 11, frames with the stamp exact"
            + " | s per stack |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        byKind.put("all", all);
        for (Map.Entry<String, Tally> e : byKind.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f%% | %d | %d | %d/%d | %d/%d | %d | %s | %.2f |%n",
                e.getKey(), t.stacks, t.slices, 100.0 * t.exact / t.slices, t.flagged, t.wrongUnflagged,
                t.intervalRight, t.stacks, t.gapsFound, t.gapsTrue, t.refused,
                t.tessFrames == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% of %d", 100.0 * t.tessExact / t.tessFrames,
                    t.tessFrames), t.seconds / t.stacks);
        }
    }

    /** Tesseract on five whole frames: does its output hold a time equal to the truth? */
    private static void tesseractFrames(Stack s, Tally t, Tally all) throws Exception {
        Path dir = Files.createTempDirectory("tess-frames");
        List<Path> files = new ArrayList<>();
        int[] picks = {0, s.truth.length / 4, s.truth.length / 2, 3 * s.truth.length / 4, s.truth.length - 1};
        for (int p : picks) {
            Path f = dir.resolve("f" + p + ".png");
            new ij.io.FileSaver(new ImagePlus("f", s.imp.getStack().getProcessor(p + 1))).saveAsPng(f.toString());
            files.add(f);
        }
        Tesseract.Run run = Tesseract.read(files, 11, null);
        for (int k = 0; k < picks.length; k++) {
            boolean found = false;
            for (String token : run.texts.get(k).split(" (?![a-z])")) {
                TimeText tt = TimeText.parse(token);
                found |= tt != null && Math.abs(tt.value - s.truth[picks[k]]) < 1e-6;
            }
            for (Tally x : new Tally[] {t, all}) {
                x.tessFrames++;
                x.tessExact += found ? 1 : 0;
            }
        }
    }

    // ---- scale bars ----

    private static void scaleBars(LineRecognizer recognizer, int n, boolean tess, long seed) throws Exception {
        int found = 0;
        int right = 0;
        int unsure = 0;
        int wrongSure = 0;
        int imprecise = 0;
        int withinStated = 0;
        int refused = 0;
        int overlays = 0;
        int overlaysRight = 0;
        int tessLabels = 0;
        System.out.println("\n| # | scale bar | read | pixel size (truth) | result |");
        System.out.println("|---|---|---|---|---|");
        // -Dbench.fractions=true: labels with a fraction (0.5 µm), which the usual bars never have.
        BenchmarkBars drawn = Boolean.getBoolean("bench.fractions") ? BenchmarkBars.withFractions(seed, "SansSerif")
            : new BenchmarkBars(seed);
        for (int i = 0; i < n; i++) {
            BenchmarkBars.Bar bar = drawn.next(true);
            ImagePlus imp = bar.imp;
            String unit = bar.unit;
            double truth = bar.pixelSize;
            boolean overlay = bar.overlay;
            String label = bar.label;
            String describe = bar.describe;
            if (Integer.getInteger("bench.bar", -1) == i && System.getProperty("bench.save") != null) {
                // -Dbench.bar=N -Dbench.save=FILE.png: scale bar image N as it is read.
                new ij.io.FileSaver(new ImagePlus("", imp.getProcessor().duplicate())).saveAsPng(System.getProperty("bench.save"));
            }
            String result;
            String read = "-";
            String size = String.format(Locale.ROOT, "- (%.4g)", truth);
            overlays += overlay ? 1 : 0;
            try {
                ScaleBar s = new ScaleBarReader(recognizer).read(imp, null);
                found++;
                read = s.label;
                size = String.format(Locale.ROOT, "%.4g (%.4g)", s.pixelSize(), truth);
                double off = Math.abs(s.pixelSize() - truth) / truth;
                boolean ok = s.unit.equals(unit) && off <= 0.02;
                // A short bar is set with its precision stated (+-2.5% for 30 pixels): off by
                // more than 2% but within that, the user was told; off by more, they were not.
                boolean stated = s.unit.equals(unit) && off <= s.precision();
                imprecise += s.sure && s.precision() > 0.02 ? 1 : 0;
                if (s.sure && ok) {
                    right++;
                    overlaysRight += overlay ? 1 : 0;
                    result = s.precision() > 0.02 ? String.format(Locale.ROOT, "calibrated, +-%.1f%% stated",
                        100 * s.precision()) : "calibrated";
                } else if (s.sure && stated) {
                    withinStated++;
                    result = String.format(Locale.ROOT, "set %.1f%% off, within the +-%.1f%% stated", 100 * off,
                        100 * s.precision());
                } else if (s.sure) {
                    wrongSure++;
                    result = "WRONG, not flagged";
                } else {
                    unsure++;
                    result = "flagged: " + s.doubt;
                }
            } catch (OcrException e) {
                refused++;
                result = "refused: " + e.getMessage().split(":")[0];
            }
            if (tess && !overlay) {
                Path f = Files.createTempFile("bar", ".png");
                String out;
                try {
                    new ij.io.FileSaver(imp).saveAsPng(f.toString());
                    out = Tesseract.read(List.of(f), 11, null).texts.get(0);
                } finally {
                    Files.deleteIfExists(f); // one a bar: thousands over a few runs otherwise
                }
                String number = label.split(" ")[0];
                tessLabels += out.contains(number + " " + unit) || out.contains(number + unit)
                    || out.contains(number + " um") ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", i, describe, read, size, result);
        }
        System.out.printf(Locale.ROOT, "%n| scale bars | found (bar and label) | calibrated right (2%%) | set with a"
            + " precision over 2%% stated | set over 2%% off, within the precision stated | flagged, not set"
            + " | wrong, not flagged | refused | overlays right | Tesseract --psm 11, burned-in labels read |%n"
            + "|---|---|---|---|---|---|---|---|---|---|%n| %d | %d | %d (%.1f%%) | %d | %d | %d | %d | %d | %d/%d | %s |%n",
            n, found, right, 100.0 * right / n, imprecise, withinStated, unsure, wrongSure, refused, overlaysRight, overlays,
            tess ? tessLabels + "/" + (n - overlays) : "-");
    }

    // ---- speed and memory ----

    /**
     * A movie too long to hold: a virtual stack that draws each 512x512 frame when asked (cells,
     * noise and the time, as Label... writes it), read whole by Read Timestamps; run with -Xmx1g,
     * so finishing at all shows the heap stayed under 1 GB; the peak heap after each batch is printed.
     */
    private static void memory(int slices) {
        ImagePlus first = Micrographs.timeLapse("frame", 1, 512, 512, 4);
        byte[] base = (byte[]) first.getProcessor().getPixels();
        ij.VirtualStack movie = new ij.VirtualStack(512, 512, null, null) {
            @Override
            public int getSize() {
                return slices;
            }

            @Override
            public ImageProcessor getProcessor(int n) {
                ij.process.ByteProcessor ip = new ij.process.ByteProcessor(512, 512, base.clone());
                ip.setColor(255);
                ip.setFont(new java.awt.Font(Micrographs.FACE, java.awt.Font.PLAIN, 18));
                ip.setAntialiasedText(true);
                int t = 2 * (n - 1);
                ip.drawString(String.format(Locale.ROOT, "%02d:%02d:%02d", t / 3600, t / 60 % 60, t % 60), 10, 30);
                return ip;
            }

            @Override
            public String getSliceLabel(int n) {
                return null;
            }
        };
        ImagePlus imp = new ImagePlus("movie", movie);
        java.lang.management.MemoryMXBean mem = java.lang.management.ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        Progress watch = new Progress() {
            @Override
            public void progress(int done, int total, String message) {
                peak[0] = Math.max(peak[0], mem.getHeapMemoryUsage().getUsed());
            }
        };
        long t0 = System.nanoTime();
        OcrModel line = ModelFile.bundledLine();
        Timestamps t = new TimestampReader(new LineRecognizer(line.predictor(null), null, ReadOptions.DEFAULT_THRESHOLD,
            null), watch).read(imp, null, null);
        System.out.printf(Locale.ROOT, "| %d-slice 512x512 virtual stack, Read Timestamps under -Xmx%dm | %.1f s, heap"
            + " peak %.0f MB (sampled per batch); interval %.4g s; %d read, %d corrected, %d flagged |%n", slices,
            Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t0) / 1e9, peak[0] / 1048576.0, t.interval,
            t.count(TimestampReading.Status.READ), t.count(TimestampReading.Status.CORRECTED),
            t.count(TimestampReading.Status.FLAGGED));
    }

    /** Read Timestamps through the engine on one worker and on one per core, the same virtual stack, median of 3. */
    private static void speed(int slices) throws Exception {
        ImagePlus imp = Micrographs.timeLapse("long", slices, 512, 512, 3);
        Micrographs.label(imp, "00:00:00", 0, 2, 10, 30, 18, "", Color.WHITE);
        Path tif = Files.createTempFile("long", ".tif");
        new ij.io.FileSaver(imp).saveAsTiffStack(tif.toString());
        imp = null;
        System.gc();
        OcrModel line = ModelFile.bundledLine();
        io.github.fijiocr.engine.Ocr engine = new io.github.fijiocr.engine.Ocr(new org.scijava.log.StderrLogService());
        System.out.printf(Locale.ROOT, "%n| speed | value |%n|---|---|%n");
        double[] medians = new double[2];
        for (int threads : new int[] {1, 0}) {
            double[] times = new double[3];
            Timestamps last = null;
            for (int k = 0; k < times.length; k++) {
                ImagePlus v = ij.IJ.openVirtual(tif.toString());
                long t0 = System.nanoTime();
                last = engine.readTimestamps(v, null, null, line, ReadOptions.DEFAULT_THRESHOLD, threads, Progress.NONE);
                times[k] = (System.nanoTime() - t0) / 1e9;
            }
            java.util.Arrays.sort(times);
            medians[threads == 1 ? 0 : 1] = times[1];
            System.out.printf(Locale.ROOT, "| %d-slice 512x512 virtual TIFF stack, Read Timestamps, threads=%d, median of"
                + " 3 | %.2f s (%.0f slices/s); %d read, %d corrected, %d flagged |%n", slices, threads, times[1],
                slices / times[1], last.count(TimestampReading.Status.READ),
                last.count(TimestampReading.Status.CORRECTED), last.count(TimestampReading.Status.FLAGGED));
        }
        System.out.printf(Locale.ROOT, "| one worker per core (%d) against one | %.2fx faster |%n",
            Runtime.getRuntime().availableProcessors(), medians[0] / medians[1]);
        Files.delete(tif);
    }
}
