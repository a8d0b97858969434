package io.github.fijiocr.train.line;

import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.recognize.line.LineImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Text lines and their labels, from a {@code labels.csv} of {@code path,label} (paths relative to
 * the file), as "Label Text with ROI Manager" exports them. Lines that cannot be trained on are
 * kept out and reported by path: unreadable, blank image, empty label, a label longer than the
 * line can hold, a second copy of an image (it could be in the training and the test part at once). Which part of the split a line belongs to follows from its path and the seed
 * alone (a hash), so the split is the same in every run, a line added later never moves the
 * others, and nothing is written beside the user's data.
 */
public final class LineDataset {
    /** A line and its label. */
    public static final class Line {
        public final String path;
        public final String text;
        public final ByteProcessor image;

        Line(String path, String text, ByteProcessor image) {
            this.path = path;
            this.text = text;
            this.image = image;
        }
    }

    /** The part of the split a line is in. */
    public enum Part { TRAIN, VALIDATION, TEST }

    private final List<Line> lines;
    private final List<String> problems;

    private LineDataset(List<Line> lines, List<String> problems) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    /** {@code input}: a {@code labels.csv} or the folder holding one. */
    public static LineDataset load(Path input) {
        Path csv = Files.isDirectory(input) ? input.resolve("labels.csv") : input;
        if (!Files.isRegularFile(csv)) {
            throw new OcrException("input=" + input + " has no labels.csv: give a labels.csv of path,label rows"
                + " (Label Text with ROI Manager writes one) or the folder that holds it.");
        }
        List<String[]> rows;
        try {
            rows = LabelsCsv.read(csv);
        } catch (IOException e) {
            throw new OcrException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
        Path dir = csv.toAbsolutePath().getParent();
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Line> seen = new HashMap<>();
        for (String[] row : rows) {
            if (row.length < 2 || (row[0].equals("path") && row[1].equals("label"))) {
                continue;
            }
            String path = row[0];
            String text = row[1].strip();
            if (text.isEmpty()) {
                problems.add(path + ": empty label; label it or take it out of " + csv.getFileName());
                continue;
            }
            ByteProcessor image;
            try {
                image = ImageFiles.readGray(dir.resolve(path));
            } catch (IOException | RuntimeException e) {
                problems.add(path + ": unreadable (" + e.getMessage() + ")");
                continue;
            }
            if (image.getStatistics().stdDev < 1) {
                problems.add(path + ": blank image, nothing to read");
                continue;
            }
            int columns = LineImage.of(image).width / LineArchitectures.COLUMN_WIDTH;
            if (ctcLength(text) > columns) {
                problems.add(path + ": label \"" + text + "\" is longer than the line can hold (" + columns
                    + " columns); check the label, or crop the line wider");
                continue;
            }
            Line line = new Line(path, text, image);
            Line same = seen.putIfAbsent(fingerprint(image), line);
            if (same != null) {
                // A copy could land in training and test parts at once and score a line the model learned.
                problems.add(path + ": the same image as " + same.path + (same.text.equals(text) ? ""
                    : ", labelled \"" + same.text + "\" there and \"" + text + "\" here") + "; left out");
                continue;
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            throw new OcrException("input=" + input + " has no usable lines" + (problems.isEmpty() ? "" : ": "
                + problems.get(0)) + ". Give labelled line images.");
        }
        return new LineDataset(lines, problems);
    }

    /** Identical pixels give identical fingerprints. */
    private static String fingerprint(ByteProcessor image) {
        CRC32 crc = new CRC32();
        crc.update((byte[]) image.getPixels());
        return image.getWidth() + "x" + image.getHeight() + ":" + Long.toHexString(crc.getValue());
    }

    /** Columns a CTC alignment of {@code text} needs: one per character, and a blank between repeats. */
    static int ctcLength(String text) {
        int[] c = text.codePoints().toArray();
        int n = c.length;
        for (int i = 1; i < c.length; i++) {
            n += c[i] == c[i - 1] ? 1 : 0;
        }
        return n;
    }

    public List<Line> lines() {
        return lines;
    }

    /** One line per line kept out, naming its path and why. */
    public List<String> problems() {
        return problems;
    }

    /** 80% train, 10% validation, 10% test, by a hash of the path and the seed. */
    public static Part part(String path, long seed) {
        CRC32 crc = new CRC32();
        crc.update((seed + ":" + path).getBytes(StandardCharsets.UTF_8));
        long v = crc.getValue() % 10;
        return v == 0 ? Part.TEST : v == 1 ? Part.VALIDATION : Part.TRAIN;
    }

    public List<Line> part(Part part, long seed) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (part(l.path, seed) == part) {
                out.add(l);
            }
        }
        return out;
    }

    /** The characters of the labels, each with how often it occurs, in code point order. */
    public Map<String, Integer> characters() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Line l : lines) {
            l.text.codePoints().forEach(c -> counts.merge(new String(Character.toChars(c)), 1, Integer::sum));
        }
        return new LinkedHashMap<>(counts);
    }
}
