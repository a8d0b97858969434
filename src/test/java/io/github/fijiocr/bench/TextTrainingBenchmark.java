package io.github.fijiocr.bench;

import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.train.line.LineDataset;
import io.github.fijiocr.train.line.LineTraining;
import io.github.fijiocr.train.line.LineTrainingOptions;
import io.github.fijiocr.train.line.LineTrainingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;

/**
 * Issue 18's line figures: "Train Text Model" with its defaults (only the dataset, the output and
 * the bundled base model) on a real line set, the base model and the fine-tuned one on the same
 * test lines, and Tesseract on those lines in the same run (when installed), with the dataset's
 * characters as its whitelist. The dataset is never written to: its labels.csv is rewritten
 * under target/bench, its paths as written there, beside a link to its images. Usage:
 * SHARED_DIR SOURCE: an industrial_lines source (lcd_meter), sevenseg_frames (read in place; its
 * audit in docs/ splits the test frames) or words_real (read in place).
 */
public final class TextTrainingBenchmark {
    private TextTrainingBenchmark() {
    }

    private static int noCase(List<io.github.fijiocr.train.line.LineReads.Read> reads) {
        return (int) reads.stream().filter(x -> x.text.replace(" ", "").equalsIgnoreCase(x.line.text.replace(" ", "")))
            .count();
    }

    public static void main(String[] args) throws Exception {
        Path shared = Paths.get(args[0]);
        String source = args[1];
        Path dir = Files.createDirectories(Paths.get("target/bench/lines-" + source));
        Path input;
        int n = 0;
        if (source.equals("sevenseg_frames") || source.equals("words_real")) {
            // Its labels.csv is path,label already: read in place (nothing is written beside it).
            input = shared.resolve(source);
            n = LabelsCsv.read(input.resolve("labels.csv")).size() - 1;
        } else {
            // The dataset's own relative paths, through a link to its images: the split is keyed by
            // the path as written, so it stays the same wherever the checkout and the data are.
            Path set = shared.resolve("industrial_lines");
            Path images = dir.resolve("images");
            Files.deleteIfExists(images);
            Files.createSymbolicLink(images, set.resolve("images").toAbsolutePath());
            StringBuilder csv = new StringBuilder("path,label\n");
            for (String[] row : LabelsCsv.read(set.resolve("labels.csv"))) {
                if (row.length >= 3 && row[2].equals(source)) {
                    csv.append('"').append(row[0]).append("\",\"")
                        .append(row[1].replace("\"", "\"\"")).append("\"\n");
                    n++;
                }
            }
            Files.writeString(dir.resolve("labels.csv"), csv);
            input = dir;
        }
        LineDataset data = LineDataset.load(input);
        LineTrainingOptions o = new LineTrainingOptions();
        o.baseModel = ModelFile.bundledLine();
        o.output = dir.resolve("fine-tuned.zip");
        Files.deleteIfExists(o.output);
        Files.deleteIfExists(io.github.fijiocr.train.Checkpoint.pathFor(o.output));
        Progress log = Progress.of((done, total, message) -> { }, line -> System.err.println(line), () -> false);
        LineTrainingResult r = new LineTraining(data, o, log).run();
        List<LineDataset.Line> test = data.part(LineDataset.Part.TEST, o.seed);
        String peer = "-";
        String peerNoCase = "-";
        if (Tesseract.installed()) {
            List<Path> files = new ArrayList<>();
            StringBuilder chars = new StringBuilder();
            new TreeSet<>(data.characters().keySet()).forEach(chars::append);
            test.forEach(l -> files.add(input.resolve(l.path)));
            int psm = source.equals("words_real") ? 8 : 7;
            List<String> read = Tesseract.read(files, psm, chars.toString()).texts;
            int right = 0;
            int noCase = 0;
            for (int i = 0; i < test.size(); i++) {
                right += read.get(i).replace(" ", "").equals(test.get(i).text.replace(" ", "")) ? 1 : 0;
                noCase += read.get(i).replace(" ", "").equalsIgnoreCase(test.get(i).text.replace(" ", "")) ? 1 : 0;
            }
            peer = String.format("%d of %d (%.1f%%), Tesseract %s --psm %d, whitelist the dataset's characters",
                right, test.size(), 100.0 * right / test.size(), Tesseract.version(), psm);
            peerNoCase = String.format("%d of %d (%.1f%%)", noCase, test.size(), 100.0 * noCase / test.size());
        }
        System.out.println("| measure | Fiji OCR | Tesseract |");
        System.out.println("|---|---|---|");
        System.out.printf("| %s (%d lines, %d usable; test %d), Train Text Model with defaults, test"
            + " lines exact | %d of %d (%.1f%%) | %s |%n", source, n, data.lines().size(), test.size(),
            Math.round(r.testExact * test.size()), test.size(), 100 * r.testExact, peer);
        System.out.printf("| the bundled line model on the same test lines before fine-tuning | %.1f%% | - |%n",
            100 * r.baselineExact);
        if (source.equals("words_real")) {
            // The dataset's own rule (its SOURCE.md): SVT's labels are all upper case, so compare
            // ignoring case, as the literature does; the base reads only the dataset's characters.
            List<String> chars = new ArrayList<>(data.characters().keySet());
            int base = noCase(io.github.fijiocr.train.line.LineReads.read(o.baseModel.network(),
                o.baseModel.alphabet(), test, chars));
            int tuned = noCase(io.github.fijiocr.train.line.LineReads.read(r.model.network(), r.model.alphabet(), test,
                null));
            System.out.printf("| the same test words ignoring case: fine-tuned, and the bundled model before | %d of %d"
                + " (%.1f%%), before %d (%.1f%%) | %s |%n", tuned, test.size(), 100.0 * tuned / test.size(), base,
                100.0 * base / test.size(), peerNoCase);
        }
        if (source.equals("sevenseg_frames")) {
            Map<String, String> audit = new HashMap<>();
            for (String[] row : LabelsCsv.read(Paths.get("docs/fuel-pump-frames-audit.csv"))) {
                audit.put(row[0], row[1]);
            }
            List<io.github.fijiocr.train.line.LineReads.Read> reads = io.github.fijiocr.train.line.LineReads.read(
                r.model.network(), r.model.alphabet(), test, null);
            int clean = 0;
            int right = 0;
            for (io.github.fijiocr.train.line.LineReads.Read read : reads) {
                String j = audit.getOrDefault(read.line.path, "");
                if (!j.equals("blank") && !j.equals("glare") && !j.equals("label")) {
                    clean++;
                    right += read.exact() ? 1 : 0;
                }
            }
            System.out.printf("| test frames the audit does not mark blank, glare or mislabelled, exact | %d of %d"
                + " (%.1f%%) | - |%n", right, clean, 100.0 * right / clean);
        }
        System.out.printf("| fine-tuning: epochs run, best epoch, wall seconds | %d, %d, %.0f | - |%n",
            r.history.size(), r.bestEpoch, r.seconds);
        System.exit(0); // ND4J's native threads would keep the JVM up
    }
}
