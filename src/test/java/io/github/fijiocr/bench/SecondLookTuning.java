package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.SceneReader;
import io.github.fijiocr.recognize.ctc.Lexicon;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.FontCatalog;
import io.github.fijiocr.synth.LineFonts;
import io.github.fijiocr.synth.LineRenderer;
import io.github.fijiocr.synth.LineTexts;
import java.awt.Rectangle;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;

/**
 * How the line reader's second look (its rule, {@code LineRecognizer.SURE} and {@code SQUEEZE}) was chosen:
 * on rendered lines only (the training renderer, its fonts and photo effects, seeds no other
 * benchmark uses), once as rendered and once stretched 0.5 to 2.5 times horizontally (log-uniform),
 * each line read as it is and squeezed by each factor, the surer reading kept
 * ({@link SceneReader#textScore}); then, squeezed 0.6, each rule for when to look again at all
 * ({@code RULES}: the reader uses "two under 0.8").
 * Usage: {@code SecondLookTuning fonts_dir word_list lines seed}.
 */
public final class SecondLookTuning {
    private static final double[] SQUEEZES = {0.8, 0.7, 0.6, 0.45};
    /** When to look again, judged on the first reading's character confidences. */
    private static final String[] RULES = {"one under 0.5", "one under 0.8", "two under 0.8", "two under 0.9",
        "a third under 0.8", "always"};

    private SecondLookTuning() {
    }

    public static void main(String[] args) throws Exception {
        Nd4jRuntime.useThreads(1);
        FontCatalog catalog = FontCatalog.scan(Paths.get(args[0]));
        LineRenderer renderer = new LineRenderer(LineFonts.split(catalog).train(), catalog.segment());
        LineTexts texts = LineTexts.load(Paths.get(args[1]));
        int n = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        LineRecognizer reader = new LineRecognizer(ModelFile.bundledLine().predictor(null), null, 0, null,
            (Lexicon) null).firstLookOnly();
        System.out.println("| lines | as read | " + joined("squeeze %.2f alone | best of both", SQUEEZES)
            + " | " + String.join(" | ", RULES) + " |");
        for (double stretchMax : new double[] {1, 2.5}) {
            Random r = new Random(seed + (stretchMax > 1 ? 1 : 0));
            int[] alone = new int[SQUEEZES.length];
            int[] both = new int[SQUEEZES.length];
            int[] when = new int[RULES.length];
            int[] looked = new int[RULES.length];
            int plain = 0;
            for (int i = 0; i < n; i++) {
                LineRenderer.Style style = renderer.style(r);
                String truth = style == LineRenderer.Style.SEGMENT ? LineTexts.segments(r) : texts.next(r);
                ByteProcessor line = renderer.render(truth, style, r, true);
                double stretch = stretchMax > 1 ? Math.exp(Math.log(0.5) + r.nextDouble() * Math.log(5)) : 1;
                line = widened(line, stretch);
                Recognizer.ReadLine first = read(reader, line);
                plain += right(first, truth);
                double[] confidences = first.characters.stream().mapToDouble(c -> c.confidence).toArray();
                for (int k = 0; k < SQUEEZES.length; k++) {
                    Recognizer.ReadLine again = read(reader, widened(line, SQUEEZES[k]));
                    alone[k] += right(again, truth);
                    Recognizer.ReadLine kept = score(again) > score(first) ? again : first;
                    both[k] += right(kept, truth);
                    if (SQUEEZES[k] == 0.6) {
                        for (int j = 0; j < RULES.length; j++) {
                            boolean look = rule(j, confidences);
                            looked[j] += look ? 1 : 0;
                            when[j] += right(look ? kept : first, truth);
                        }
                    }
                }
            }
            StringBuilder row = new StringBuilder("| " + n + (stretchMax > 1 ? ", stretched 0.5-2.5" : ", as rendered")
                + " | " + plain);
            for (int k = 0; k < SQUEEZES.length; k++) {
                row.append(" | ").append(alone[k]).append(" | ").append(both[k]);
            }
            for (int j = 0; j < RULES.length; j++) {
                row.append(" | ").append(when[j]).append(" (").append(looked[j]).append(" looked again)");
            }
            System.out.println(row.append(" |"));
        }
        System.exit(0);
    }

    private static boolean rule(int j, double[] confidences) {
        long under5 = java.util.Arrays.stream(confidences).filter(c -> c < 0.5).count();
        long under8 = java.util.Arrays.stream(confidences).filter(c -> c < 0.8).count();
        long under9 = java.util.Arrays.stream(confidences).filter(c -> c < 0.9).count();
        switch (j) {
            case 0:
                return confidences.length == 0 || under5 >= 1;
            case 1:
                return confidences.length == 0 || under8 >= 1;
            case 2:
                return under8 >= Math.min(2, confidences.length); // the rule chosen
            case 3:
                return confidences.length == 0 || under9 >= 2;
            case 4:
                return confidences.length == 0 || under8 * 3 >= confidences.length;
            default:
                return true;
        }
    }

    private static Recognizer.ReadLine read(LineRecognizer reader, ByteProcessor line) {
        return reader.readRegions(line, List.of(new Rectangle(line.getWidth(), line.getHeight()))).get(0);
    }

    private static ByteProcessor widened(ByteProcessor line, double factor) {
        if (factor == 1) {
            return line;
        }
        line.setInterpolationMethod(ImageProcessor.BILINEAR);
        return (ByteProcessor) line.resize(Math.max(2, (int) Math.round(line.getWidth() * factor)), line.getHeight(),
            true);
    }

    private static double score(Recognizer.ReadLine line) {
        List<CharacterReading> characters = line.characters;
        return SceneReader.textScore(characters);
    }

    private static int right(Recognizer.ReadLine line, String truth) {
        return line.text.trim().equals(truth.trim()) ? 1 : 0;
    }

    private static String joined(String format, double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : " | ").append(String.format(format, v));
        }
        return s.toString();
    }
}
