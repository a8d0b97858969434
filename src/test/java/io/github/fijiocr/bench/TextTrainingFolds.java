package io.github.fijiocr.bench;

import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.train.Checkpoint;
import io.github.fijiocr.train.line.LineDataset;
import io.github.fijiocr.train.line.LineTraining;
import io.github.fijiocr.train.line.LineTrainingOptions;
import io.github.fijiocr.train.line.LineTrainingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Development folds for Train Text Model's defaults, so that a change is judged without the test
 * lines {@link TextTrainingBenchmark} reports: those (the split of seed 42) are left out, the rest
 * is split 80/10/10 again with each seed given, fine-tuned from the bundled line model with the
 * defaults (or {@code -Dlr=RATE}), and the inner test lines read exactly are summed over the
 * seeds. The dataset is only read: the subset's labels.csv is written under target/bench beside a
 * link to its images. Usage: SHARED_DIR SOURCE SEEDS, SOURCE an industrial_lines source
 * (lcd_meter) or sevenseg_frames, SEEDS like 1,2.
 */
public final class TextTrainingFolds {
    private TextTrainingFolds() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Paths.get(args[0]);
        String source = args[1];
        long[] seeds = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        boolean frames = source.equals("sevenseg_frames");
        Path set = shared.resolve(frames ? "sevenseg_frames" : "industrial_lines");
        Path dir = Files.createDirectories(Paths.get("target/bench/folds-" + source));
        Path images = dir.resolve("images");
        Files.deleteIfExists(images);
        Files.createSymbolicLink(images, set.resolve("images").toAbsolutePath());
        StringBuilder csv = new StringBuilder("path,label\n");
        for (String[] row : LabelsCsv.read(set.resolve("labels.csv"))) {
            boolean ofSource = frames || (row.length >= 3 && row[2].equals(source));
            if (row[0].equals("path") || !ofSource || LineDataset.part(row[0], 42) == LineDataset.Part.TEST) {
                continue;
            }
            csv.append('"').append(row[0]).append("\",\"").append(row[1].replace("\"", "\"\"")).append("\"\n");
        }
        Files.writeString(dir.resolve("labels.csv"), csv);
        LineDataset data = LineDataset.load(dir);
        int right = 0;
        int total = 0;
        StringBuilder each = new StringBuilder();
        for (long seed : seeds) {
            LineTrainingOptions o = new LineTrainingOptions();
            o.baseModel = ModelFile.bundledLine();
            o.seed = seed;
            o.learningRate = Double.parseDouble(System.getProperty("lr", "0"));
            o.output = dir.resolve("fold-" + seed + ".zip");
            Files.deleteIfExists(o.output);
            Files.deleteIfExists(Checkpoint.pathFor(o.output));
            Progress log = Progress.of((done, all, message) -> { }, line -> System.err.println(line), () -> false);
            LineTrainingResult r = new LineTraining(data, o, log).run();
            int k = (int) Math.round(r.testExact * r.testLines);
            right += k;
            total += r.testLines;
            each.append(String.format("; seed %d: %d of %d (best epoch %d)", seed, k, r.testLines, r.bestEpoch));
        }
        System.out.printf("| %s, learning rate %s | %d of %d inner test lines exact (%.1f%%)%s |%n", source,
            System.getProperty("lr", "default"), right, total, 100.0 * right / total, each);
        System.exit(0); // ND4J's native threads would keep the JVM up
    }
}
