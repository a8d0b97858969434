package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.FontCatalog;
import io.github.fijiocr.synth.LineFonts;
import io.github.fijiocr.synth.LineRenderer;
import io.github.fijiocr.synth.LineTexts;
import java.awt.Rectangle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Issue 17's figures, ours and Tesseract's on the same images in one run (Tesseract only when it
 * is installed): words_real, industrial_lines, the fuel-pump frames, rendered lines in fonts and
 * formats the line model never trained on, and speed. Usage:
 * {@code LineBenchmark data_dir fonts_dir word_list}.
 */
public final class LineBenchmark {
    private static final String DIGITS = "0123456789";

    private LineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Paths.get(args[0]);
        Nd4jRuntime.useThreads(1);
        // -Dbench.model=FILE scores another line model (a candidate before it is bundled).
        String candidate = System.getProperty("bench.model");
        OcrModel line = candidate == null ? ModelFile.bundledLine() : ModelFile.load(Paths.get(candidate));
        OcrModel chars = ModelFile.bundled();
        boolean tesseract = Tesseract.installed();
        System.out.println("| measure | Fiji OCR | Tesseract " + (tesseract ? Tesseract.version() : "(not installed)")
            + " |");
        System.out.println("|---|---|---|");
        words(data.resolve("words_real"), line, tesseract);
        industrial(data.resolve("industrial_lines"), line, tesseract);
        frames(data.resolve("sevenseg_frames"), line, chars, tesseract);
        unseen(Paths.get(args[1]), Paths.get(args[2]), line, tesseract);
        speed(line);
        System.exit(0);
    }

    /** Real word crops: each image one word (Tesseract --psm 8; ours layout=single_line and the default). */
    private static void words(Path dir, OcrModel model, boolean tesseract) throws Exception {
        List<String[]> rows = rows(dir);
        List<String> truth = column(rows, 1);
        List<Path> files = files(dir, rows);
        double cpu0 = cpuSeconds();
        List<String> single = read(files, model, ReadOptions.Layout.SINGLE_LINE, null);
        double ours = cpuSeconds() - cpu0;
        List<String> noLexicon = read(files, model, ReadOptions.Layout.SINGLE_LINE, null, "none");
        List<String> found = read(files, model, ReadOptions.Layout.AUTO, null);
        String t = "-";
        String tCpu = "-";
        if (tesseract) {
            Tesseract.Run run = Tesseract.read(files, 8, null);
            t = score(run.texts, truth);
            tCpu = String.format("%.1f", run.cpuSeconds);
        }
        row("words_real (" + rows.size() + " real word crops), case-insensitive exact: layout=single_line"
            + " (Tesseract --psm 8)", score(single, truth), t);
        row("words_real, single_line, lexicon=none", score(noLexicon, truth), "-");
        row("words_real, default layout (auto: located lines and scene text)", score(found, truth), "-");
        row("words_real, CPU seconds to read all (single_line; Tesseract list mode, one process)",
            String.format("%.1f", ours), tCpu);
    }

    private static void industrial(Path dir, OcrModel model, boolean tesseract) throws Exception {
        List<String[]> rows = rows(dir);
        List<String> truth = column(rows, 1);
        List<Path> files = files(dir, rows);
        List<String> single = read(files, model, ReadOptions.Layout.SINGLE_LINE, null);
        List<String> noLexicon = read(files, model, ReadOptions.Layout.SINGLE_LINE, null, "none");
        List<String> found = read(files, model, ReadOptions.Layout.AUTO, null);
        String t = tesseract ? score(Tesseract.read(files, 7, null).texts, truth) : "-";
        row("industrial_lines (" + rows.size() + "), exact ignoring case and spaces: layout=single_line"
            + " (Tesseract --psm 7)", score(single, truth), t);
        row("industrial_lines, single_line, lexicon=none", score(noLexicon, truth), "-");
        row("industrial_lines, default layout (auto)", score(found, truth), "-");
        for (String source : List.of("lcd_meter", "plate_us", "dotmatrix")) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i)[2].equals(source)) {
                    idx.add(i);
                }
            }
            if (!idx.isEmpty()) {
                row("industrial_lines, " + source + " only, single_line", score(pick(single, idx), pick(truth, idx)), "-");
            }
        }
    }

    /** The fuel-pump frames (the dev half in ../shared/data): Read Text with digits allowed. */
    private static void frames(Path dir, OcrModel line, OcrModel chars, boolean tesseract) throws Exception {
        List<String[]> rows = rows(dir);
        List<String> truth = column(rows, 1);
        List<Path> files = files(dir, rows);
        List<String> byLine = read(files, line, ReadOptions.Layout.AUTO, DIGITS);
        List<String> byChars = read(files, chars, ReadOptions.Layout.LINES, DIGITS);
        String t = tesseract ? score(Tesseract.read(files, 7, DIGITS).texts, truth) : "-";
        row("sevenseg_frames (dev half, " + rows.size() + "), Read Text, allowed=0123456789, exact: reader=line"
            + " (Tesseract --psm 7, digits whitelist)", score(byLine, truth), t);
        row("sevenseg_frames, reader=characters (today's path)", score(byChars, truth), "-");
    }

    /** Lines rendered in held-out fonts, in formats never trained on, no photo effects. */
    private static void unseen(Path fontsDir, Path wordList, OcrModel model, boolean tesseract) throws Exception {
        FontCatalog catalog = FontCatalog.scan(fontsDir);
        LineFonts fonts = LineFonts.split(catalog);
        LineRenderer renderer = new LineRenderer(fonts.heldOut(), List.of());
        LineTexts texts = LineTexts.load(wordList);
        Random r = new Random(2026);
        Path dir = Files.createTempDirectory("unseen-lines");
        List<Path> files = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = texts.heldOut(r);
            ByteProcessor bp = renderer.render(text, LineRenderer.Style.FONT, r, false);
            Path f = dir.resolve(i + ".png");
            new ij.io.FileSaver(new ij.ImagePlus("", bp)).saveAsPng(f.toString());
            files.add(f);
            truth.add(text);
        }
        List<String> ours = read(files, model, ReadOptions.Layout.SINGLE_LINE, null);
        List<String> noLexicon = read(files, model, ReadOptions.Layout.SINGLE_LINE, null, "none");
        String t = tesseract ? exact(Tesseract.read(files, 7, null).texts, truth) : "-";
        row("rendered lines, 300, fonts (" + fonts.heldOutNames() + ") and formats never trained on, exact",
            exact(ours, truth), t);
        // A quarter of these lines hold a word of the same list the English lexicon comes from.
        row("rendered lines, lexicon=none", exact(noLexicon, truth), "-");
    }

    /** Milliseconds per 10-character line, lines batched, one thread: median of 5 runs of 256 lines. */
    private static void speed(OcrModel model) {
        Random r = new Random(7);
        List<ByteProcessor> crops = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            ByteProcessor bp = new ByteProcessor(180, 28);
            bp.setColor(235);
            bp.fill();
            bp.setColor(20);
            bp.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 20));
            bp.drawString(io.github.fijiocr.synth.LineTexts.ALPHABET.substring(0, 10), 5, 24);
            crops.add(bp);
        }
        LineRecognizer rec = new LineRecognizer(model.predictor(null), null, 0.7, null,
            io.github.fijiocr.recognize.ctc.Lexicon.english());
        ByteProcessor sheet = new ByteProcessor(180, 28 * 256);
        List<Rectangle> regions = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            sheet.insert(crops.get(i), 0, 28 * i);
            regions.add(new Rectangle(0, 28 * i, 180, 28));
        }
        rec.readRegions(sheet, regions);
        double[] ms = new double[5];
        for (int k = 0; k < ms.length; k++) {
            long t0 = System.nanoTime();
            rec.readRegions(sheet, regions);
            ms[k] = (System.nanoTime() - t0) / 1e6 / regions.size();
        }
        Arrays.sort(ms);
        row("10-character line, batched, one thread, ms per line (median of 5 x 256)", String.format("%.2f", ms[2]),
            "-");
    }

    static List<String> read(List<Path> files, OcrModel model, ReadOptions.Layout layout, String allowed)
        throws IOException {
        return read(files, model, layout, allowed, new ReadOptions().lexicon);
    }

    /** Read with the lexicon key given (the default is {@code english}). */
    static List<String> read(List<Path> files, OcrModel model, ReadOptions.Layout layout, String allowed,
        String lexicon) throws IOException {
        ReadOptions o = ReadOptions.of(new LocateOptions(), 0, allowed).with(ReadOptions.Reader.LINE, layout)
            .withLexicon(lexicon);
        TextReader reader = Ocr.textReader(model, o);
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                ByteProcessor gray = ImageFiles.readGray(f);
                List<LineReading> lines = reader.read(gray, f.getFileName().toString(), 1);
                text = lines.stream().map(l -> l.text).collect(Collectors.joining(" "));
            } catch (RuntimeException e) {
                text = "";
            }
            out.add(text);
        }
        return out;
    }

    /** Exact after dropping spaces, ignoring case: "n of N (p%)". */
    static String score(List<String> read, List<String> truth) {
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += norm(read.get(i)).equals(norm(truth.get(i))) ? 1 : 0;
        }
        return String.format("%d of %d (%.1f%%)", right, truth.size(), 100.0 * right / truth.size());
    }

    /** Exact, case and spaces as rendered (runs of spaces as one). */
    static String exact(List<String> read, List<String> truth) {
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += read.get(i).trim().replaceAll("\\s+", " ").equals(truth.get(i).trim().replaceAll("\\s+", " ")) ? 1 : 0;
        }
        return String.format("%d of %d (%.1f%%)", right, truth.size(), 100.0 * right / truth.size());
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static List<String[]> rows(Path dir) throws IOException {
        List<String[]> rows = LabelsCsv.read(dir.resolve("labels.csv"));
        return rows.subList(1, rows.size());
    }

    static List<Path> files(Path dir, List<String[]> rows) {
        return rows.stream().map(r -> dir.resolve(r[0])).collect(Collectors.toList());
    }

    static List<String> column(List<String[]> rows, int c) {
        return rows.stream().map(r -> r[c]).collect(Collectors.toList());
    }

    private static <T> List<T> pick(List<T> all, List<Integer> idx) {
        return idx.stream().map(all::get).collect(Collectors.toList());
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1e9;
    }

    private static void row(String what, String ours, String theirs) {
        System.out.println("| " + what + " | " + ours + " | " + theirs + " |");
    }
}
