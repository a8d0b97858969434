package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.TextReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the figures of BENCHMARKS.md as Markdown. Run by scripts/benchmark; never by the tests.
 * Usage: Benchmarks SHARED_DATA_DIR. Training figures: {@link TrainingBenchmark}.
 */
public final class Benchmarks {
    private static final String DIGITS = "0123456789";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        System.out.println("| measure | value |\n|---|---|");
        CharacterDataset chars = new DatasetImporter().load(data.resolve("chars74k_fnt"), Progress.NONE);
        CharacterDataset digits = CharacterDataset.of(chars.samples().stream()
            .filter(s -> DIGITS.contains(s.label())).collect(Collectors.toList()));
        row("chars74k_fnt digits", digits.size() + " images");

        // -Dbench.model=FILE measures a candidate in the bundled model's place.
        String candidate = System.getProperty("bench.model");
        OcrModel bundled = candidate == null ? ModelFile.bundled() : ModelFile.load(Path.of(candidate));
        row("model", candidate == null ? "bundled" : candidate);
        Nd4jRuntime.useThreads(1);
        row("bundled model, chars74k digits, no training, digits allowed",
            pct(accuracy(bundled, digits.samples(), DIGITS)));
        row("bundled model, chars74k digits, no training, whole alphabet",
            pct(accuracy(bundled, digits.samples(), null)));
        realData(bundled, data);

        classifySpeed(bundled, digits);
        System.exit(0); // ND4J leaves non-daemon threads behind
    }

    /** Median of five timed passes over 2,048 preprocessed characters in batches of 64. */
    private static void classifySpeed(OcrModel model, CharacterDataset digits) {
        Preprocessor pre = model.preprocessor();
        List<float[]> inputs = new ArrayList<>();
        for (int i = 0; i < 2048; i++) {
            inputs.add(pre.wholeImage(digits.samples().get(i % digits.size()).image()));
        }
        for (int threads : new int[] {1, 2}) {
            // One predictor per measurement, as a job has: it sets its own thread count.
            Predictor predictor = model.predictor(null, threads);
            double[] rates = new double[5];
            predictor.probabilities(inputs.subList(0, 64));
            for (int rep = 0; rep < rates.length; rep++) {
                long t = System.nanoTime();
                for (int from = 0; from < inputs.size(); from += 64) {
                    predictor.probabilities(inputs.subList(from, from + 64));
                }
                rates[rep] = inputs.size() / ((System.nanoTime() - t) / 1e9);
            }
            Arrays.sort(rates);
            row("batched recognition, batch 64, " + threads + " thread(s), median of 5",
                String.format("%.0f characters/s", rates[2]));
        }
        Nd4jRuntime.useThreads(1);
    }

    private static void realData(OcrModel bundled, Path data) throws Exception {
        for (String set : List.of("sevenseg_digits", "meter_digits")) {
            CharacterDataset d = new DatasetImporter().load(data.resolve(set), Progress.NONE);
            List<Sample> kept = d.samples().stream().filter(s -> DIGITS.contains(s.label()) && s.label().length() == 1)
                .collect(Collectors.toList());
            row("bundled model, " + set + " (" + kept.size() + " digits), no training, digits allowed",
                pct(accuracy(bundled, kept, DIGITS)));
        }
        for (String set : List.of("sevenseg_frames", "printed_numbers")) {
            Path dir = data.resolve(set);
            List<String[]> rows = LabelsCsv.read(dir.resolve("labels.csv"));
            TextReader reader = TextReader.of(bundled, io.github.fijiocr.recognize.ReadOptions.of(new LocateOptions(), 0, DIGITS));
            int exact = 0;
            int n = 0;
            for (String[] row : rows.subList(1, rows.size())) {
                ByteProcessor gray = ImageFiles.readGray(dir.resolve(row[0]));
                List<LineReading> lines = reader.read(gray, row[0], 1);
                String text = lines.stream().map(l -> l.text.replace(" ", "")).collect(Collectors.joining());
                exact += text.equals(row[1]) ? 1 : 0;
                n++;
            }
            row("bundled model, Read Text, " + set + ", exact readings, digits allowed", exact + " of " + n
                + " (" + pct((double) exact / n) + ")");
        }
    }

    private static double accuracy(OcrModel model, List<Sample> samples, String allowed) {
        CharacterClassifier classifier = new CharacterClassifier(model.predictor(allowed), 0);
        int correct = 0;
        for (int from = 0; from < samples.size(); from += 256) {
            List<Sample> batch = samples.subList(from, Math.min(samples.size(), from + 256));
            List<CharacterReading> readings = classifier.classify(
                batch.stream().map(Sample::image).collect(Collectors.toList()));
            for (int i = 0; i < batch.size(); i++) {
                correct += readings.get(i).label.equals(batch.get(i).label()) ? 1 : 0;
            }
        }
        return (double) correct / samples.size();
    }

    private static String pct(double x) {
        return String.format("%.2f%%", 100 * x);
    }

    private static void row(String measure, String value) {
        System.out.println("| " + measure + " | " + value + " |");
    }
}
