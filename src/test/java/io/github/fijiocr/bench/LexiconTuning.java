package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.ctc.Lexicon;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.FontCatalog;
import io.github.fijiocr.synth.LineFonts;
import io.github.fijiocr.synth.LineRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Chooses {@code LexiconDecoder.DEFAULT_PRIOR} on generated data only: photo-like word crops in
 * the fonts the line model never trained on, three in four dictionary words and one in four
 * non-words (made-up syllables, letter-digit codes), read with the English lexicon at several
 * priors. No real data set is read here, so the prior is not tuned on any set that is reported.
 * Usage: LexiconTuning FONTS_DIR WORD_LIST [count] [seed].
 */
public final class LexiconTuning {
    private LexiconTuning() {
    }

    public static void main(String[] args) throws Exception {
        Nd4jRuntime.useThreads(1);
        LineFonts fonts = LineFonts.split(FontCatalog.scan(Paths.get(args[0])));
        List<String> dictionary = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8).stream()
            .filter(w -> w.length() >= 3 && w.chars().allMatch(c -> c < 128 && Character.isLetter(c)))
            .collect(Collectors.toList());
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        Random r = new Random(args.length > 3 ? Long.parseLong(args[3]) : 31);
        LineRenderer renderer = new LineRenderer(fonts.heldOut(), List.of());
        List<ByteProcessor> crops = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<Boolean> isWord = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean word = r.nextInt(4) > 0;
            String text = cased(word ? dictionary.get(r.nextInt(dictionary.size())) : nonWord(r), r);
            crops.add(renderer.render(text, LineRenderer.Style.FONT, r, true));
            truth.add(text);
            isWord.add(word);
        }
        OcrModel model = ModelFile.bundledLine();
        LineRecognizer plain = new LineRecognizer(model.predictor(null), null, 0, null);
        Lexicon english = Lexicon.english();
        System.out.println("| prior | all | dictionary words | non-words |");
        System.out.println("|---|---|---|---|");
        report("none", plain, crops, truth, isWord);
        for (double prior : new double[] {0, 1, 2, 3, 4, 6}) {
            report(String.valueOf(prior), plain.withLexicon(english, prior), crops, truth, isWord);
        }
        System.exit(0);
    }

    private static void report(String name, LineRecognizer rec, List<ByteProcessor> crops, List<String> truth,
        List<Boolean> isWord) {
        List<String> read = rec.readCrops(crops, null).stream().map(l -> l.text).collect(Collectors.toList());
        int[] right = new int[2];
        int[] all = new int[2];
        for (int i = 0; i < truth.size(); i++) {
            int k = isWord.get(i) ? 0 : 1;
            all[k]++;
            right[k] += read.get(i).replace(" ", "").equalsIgnoreCase(truth.get(i)) ? 1 : 0;
        }
        System.out.printf("| %s | %.1f%% | %.1f%% of %d | %.1f%% of %d |%n", name,
            100.0 * (right[0] + right[1]) / truth.size(), 100.0 * right[0] / all[0], all[0], 100.0 * right[1] / all[1],
            all[1]);
    }

    /** A made-up word of syllables, or a code of letters with a digit or two. */
    private static String nonWord(Random r) {
        String c = "bcdfghklmnprstvwxz";
        String v = "aeiouy";
        StringBuilder s = new StringBuilder();
        if (r.nextBoolean()) {
            for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
                s.append(c.charAt(r.nextInt(c.length()))).append(v.charAt(r.nextInt(v.length())));
            }
        } else {
            String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
            for (int i = 0, n = 3 + r.nextInt(4); i < n; i++) {
                s.append(i % 3 == 2 ? (char) ('0' + r.nextInt(10)) : letters.charAt(r.nextInt(letters.length())));
            }
        }
        return s.toString();
    }

    private static String cased(String w, Random r) {
        String lower = w.toLowerCase(Locale.ROOT);
        switch (r.nextInt(5)) {
            case 0:
            case 1:
                return lower.toUpperCase(Locale.ROOT);
            case 2:
                return lower;
            default:
                return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }
}
