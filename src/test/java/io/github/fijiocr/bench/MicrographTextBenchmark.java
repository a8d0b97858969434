package io.github.fijiocr.bench;

import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.synth.TextMicrographs;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 19's "generated micrographs: every text found, no cell reported as text", measured over
 * many ({@link TextMicrographs}: sizes, fluorescence and brightfield, filled and ring cells,
 * fonts, corners), Read Text with its defaults. A text is found when a reported line of its size (at
 * most twice its height) overlaps it, read when such a line reads it exactly (spaces ignored); any
 * other line, but one on the scale bar, is a cell reported as text. Usage: {@code MicrographTextBenchmark count first_seed
 * [-v]}; seeds first_seed .. first_seed + count - 1, one micrograph each.
 */
public final class MicrographTextBenchmark {
    private MicrographTextBenchmark() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long first = Long.parseLong(args[1]);
        boolean verbose = args.length > 2 && args[2].equals("-v");
        Nd4jRuntime.useThreads(1);
        TextReader reader = Ocr.textReader(ModelFile.bundledLine(), ReadOptions.of(new LocateOptions(),
            ReadOptions.DEFAULT_THRESHOLD, null).with(ReadOptions.Reader.LINE, ReadOptions.Layout.AUTO));
        Map<String, int[]> bySize = new TreeMap<>(); // images, texts, found, read, images with a cell read, cells read
        for (long seed = first; seed < first + count; seed++) {
            TextMicrographs.Scene s = TextMicrographs.make(seed);
            List<LineReading> lines = reader.read(s.image, "micrograph", 1);
            int found = 0;
            int read = 0;
            for (int t = 0; t < s.texts.size(); t++) {
                Rectangle box = s.boxes.get(t);
                String text = s.texts.get(t).replace(" ", "");
                found += lines.stream().anyMatch(l -> finds(l, box)) ? 1 : 0;
                read += lines.stream().anyMatch(l -> finds(l, box) && l.text.replace(" ", "").equals(text)) ? 1 : 0;
            }
            int cells = 0;
            StringBuilder seen = new StringBuilder();
            for (LineReading l : lines) {
                boolean onText = s.boxes.stream().anyMatch(b -> finds(l, b))
                    || l.bounds.intersects(s.bar) && l.bounds.height <= 3 * s.bar.height + s.boxes.get(1).height;
                cells += onText ? 0 : 1;
                seen.append(onText ? " [" : " CELL[").append(l.text).append(" at ").append(l.bounds.x).append(',')
                    .append(l.bounds.y).append(' ').append(l.bounds.width).append('x').append(l.bounds.height).append(']');
            }
            String size = s.image.getWidth() + "x" + s.image.getHeight();
            int[] c = bySize.computeIfAbsent(size, x -> new int[6]);
            c[0]++;
            c[1] += s.texts.size();
            c[2] += found;
            c[3] += read;
            c[4] += cells > 0 ? 1 : 0;
            c[5] += cells;
            if (verbose || cells > 0 || found < s.texts.size()) {
                System.out.printf("seed %d (%s): %s | found %d of %d, read %d; cells read %d:%s%n", seed, s.kind,
                    String.join(" / ", s.texts), found, s.texts.size(), read, cells, seen);
            }
        }
        System.out.println();
        System.out.println("| size | micrographs | texts found | texts read exactly | micrographs with a cell read as"
            + " text | lines on cells |");
        System.out.println("|---|---|---|---|---|---|");
        int[] all = new int[6];
        for (Map.Entry<String, int[]> e : bySize.entrySet()) {
            int[] c = e.getValue();
            row(e.getKey(), c);
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
        }
        row("all", all);
        System.exit(0);
    }

    /** A line finds a text when it overlaps it and is a line of its size, not a region of cells over it. */
    static boolean finds(LineReading l, Rectangle text) {
        return l.bounds.intersects(text) && l.bounds.height <= 2 * text.height;
    }

    private static void row(String what, int[] c) {
        System.out.printf("| %s | %d | %d of %d | %d | %d | %d |%n", what, c[0], c[2], c[1], c[3], c[4], c[5]);
    }
}
