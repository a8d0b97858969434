package io.github.fijiocr.bench;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.recognize.LineEvaluation;
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
 * Long lines: five to seven texts of the held-out formats joined by spaces, rendered in the
 * held-out fonts with no photo effects, each read as one line by the bundled line model (no
 * lexicon). Prints the exact lines and the character error rate, all lines and those wider than
 * 1,024 pixels at the network's height. Usage: {@code LongLineBenchmark FONTS_DIR WORD_LIST [lines] [seed]}.
 */
public final class LongLineBenchmark {
    private LongLineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 12;
        Nd4jRuntime.useThreads(1);
        LineFonts fonts = LineFonts.split(FontCatalog.scan(Paths.get(args[0])));
        LineRenderer renderer = new LineRenderer(fonts.heldOut(), List.of());
        LineTexts texts = LineTexts.load(Paths.get(args[1]));
        LineRecognizer reader = new LineRecognizer(ModelFile.bundledLine().predictor(null), null, 0.7, null, null);
        Random r = new Random(seed);
        int exact = 0;
        int wide = 0;
        int wideExact = 0;
        long edits = 0;
        long chars = 0;
        for (int i = 0; i < n; i++) {
            int parts = 5 + r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < parts; k++) {
                sb.append(k > 0 ? " " : "").append(texts.heldOut(r));
            }
            String text = sb.toString().replaceAll(" +", " ").trim();
            ByteProcessor line = renderer.render(text, LineRenderer.Style.FONT, r, false);
            String read = reader.readRegions(line, List.of(new Rectangle(line.getWidth(), line.getHeight()))).get(0)
                .text.replaceAll(" +", " ").trim();
            boolean right = read.equals(text);
            boolean isWide = Math.round((double) line.getWidth() * 32 / line.getHeight()) > 1024;
            exact += right ? 1 : 0;
            wide += isWide ? 1 : 0;
            wideExact += isWide && right ? 1 : 0;
            edits += LineEvaluation.edits(read, text);
            chars += text.length();
        }
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| long lines in %s, seed %d, exact | %d of %d |%n", fonts.heldOutNames(), seed, exact, n);
        System.out.printf("| of them wider than 1,024 pixels at 32 high, exact | %d of %d |%n", wideExact, wide);
        System.out.printf("| character error rate | %.2f%% |%n", 100.0 * edits / chars);
        System.exit(0);
    }
}
