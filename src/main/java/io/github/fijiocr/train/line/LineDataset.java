package io.github.fijiocr.train.line;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.recognize.line.LineImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Text lines and their labels, from a {@code labels.csv} of {@code path,label} (paths relative to
 * the file), as "Label Text with ROI Manager" exports them, or from a stack labelled slice by
 * slice. Lines that cannot be trained on are kept out and reported by path: unreadable, blank
 * image, empty label, a label longer than the line can hold, a second copy of an image (it could
 * be in the training and the test part at once). Which part of the split a line belongs to
 * follows from its path (relative to the labels' folder; for a stack, the slice's pixels) and the
 * seed alone (a hash), so the split is the same in every run, a line added later never moves the
 * others, and nothing is written beside the user's data.
 */
public final class LineDataset {
    /** A line and its label. */
    public static final class Line {
        public final String path;
        public final String text;
        public final ByteProcessor image;
        /**
         * What its part of the split is drawn from: the path for a labels.csv, the pixels for a
         * stack's slice (a slice added or taken out before it renumbers it, but does not move it).
         */
        final String splitKey;

        Line(String path, String text, ByteProcessor image, String splitKey) {
            this.path = path;
            this.text = text;
            this.image = image;
            this.splitKey = splitKey;
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

    /**
     * {@code input}: a {@code labels.csv} or the folder holding one, or a labelled stack (a TIFF
     * whose slice labels are the lines' texts, as ImageJ keeps them; a line is then named
     * {@code slice N}).
     */
    public static LineDataset load(Path input) {
        if (Files.isRegularFile(input) && ImageFiles.isImage(input)) {
            return stack(input);
        }
        Path csv = Files.isDirectory(input) ? input.resolve("labels.csv") : input;
        if (!Files.isRegularFile(csv)) {
            throw new OcrException("input=" + input + " has no labels.csv: give a labels.csv of path,label rows"
                + " (Label Text with ROI Manager writes one), the folder that holds it, or a stack whose slice"
                + " labels are the texts.");
        }
        List<String[]> rows;
        try {
            rows = LabelsCsv.read(csv);
        } catch (IOException e) {
            throw new OcrException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
        Path dir = csv.toAbsolutePath().getParent();
        Builder b = new Builder(csv.getFileName().toString(), dir.normalize());
        for (String[] row : rows) {
            if (row.length < 2 || (row[0].equals("path") && row[1].equals("label"))) {
                continue;
            }
            String path = row[0];
            b.add(path, row[1], () -> ImageFiles.readGray(dir.resolve(path)));
        }
        return b.done(input);
    }

    private static LineDataset stack(Path file) {
        ImagePlus imp;
        try {
            imp = ImageFiles.open(file);
        } catch (IOException e) {
            throw new OcrException("input=" + file + ": " + e.getMessage() + ". Give a readable stack or a"
                + " labels.csv.", e);
        }
        ImageStack stack = imp.getStack();
        Builder b = new Builder("the stack's slice labels", null);
        for (int i = 1; i <= stack.getSize(); i++) {
            String label = stack.getSliceLabel(i);
            // ImageJ keeps a slice's label on its first line; what follows is metadata.
            String text = label == null ? "" : label.split("\n", 2)[0];
            int slice = i;
            b.add("slice " + i, text, () -> GrayImages.slice(imp, slice));
        }
        return b.done(file);
    }

    /** Reads one line's image; may fail. */
    private interface ImageRead {
        ByteProcessor read() throws IOException;
    }

    /** Checks lines one by one, keeping the usable ones and naming the others. */
    private static final class Builder {
        private final String labelSource;
        /** The labels.csv's folder, normalised; null for a stack, whose lines are keyed by their pixels. */
        private final Path folder;
        private final List<Line> lines = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Line> seen = new HashMap<>();

        Builder(String labelSource, Path folder) {
            this.labelSource = labelSource;
            this.folder = folder;
        }

        /**
         * The path the split hashes: relative to the labels' folder where it lies inside it, so that
         * an absolute path and a relative one to the same file agree, and moving the folder moves no
         * line to another part.
         */
        private String pathKey(String path) {
            try {
                Path p = Paths.get(path);
                if (p.isAbsolute() && p.normalize().startsWith(folder)) {
                    return folder.relativize(p.normalize()).toString().replace('\\', '/');
                }
            } catch (InvalidPathException e) {
                // Not a path this system can parse: hashed as written.
            }
            return path;
        }

        void add(String path, String label, ImageRead read) {
            String text = label.strip();
            if (text.isEmpty()) {
                problems.add(path + ": empty label; label it or take it out of " + labelSource);
                return;
            }
            ByteProcessor image;
            try {
                image = read.read();
            } catch (IOException | RuntimeException e) {
                problems.add(path + ": unreadable (" + e.getMessage() + ")");
                return;
            }
            if (image.getStatistics().stdDev < 1) {
                problems.add(path + ": blank image, nothing to read");
                return;
            }
            int columns = LineImage.of(image, LineImage.TRAINING_MAX_WIDTH).width / LineArchitectures.COLUMN_WIDTH;
            if (ctcLength(text) > columns) {
                problems.add(path + ": label \"" + text + "\" is longer than the line can hold (" + columns
                    + " columns); check the label, or crop the line wider");
                return;
            }
            String fingerprint = fingerprint(image);
            Line line = new Line(path, text, image, folder == null ? fingerprint : pathKey(path));
            Line same = seen.putIfAbsent(fingerprint, line);
            if (same != null) {
                // A copy could land in training and test parts at once and score a line the model learned.
                problems.add(path + ": the same image as " + same.path + (same.text.equals(text) ? ""
                    : ", labelled \"" + same.text + "\" there and \"" + text + "\" here") + "; left out");
                return;
            }
            lines.add(line);
        }

        LineDataset done(Path input) {
            if (lines.isEmpty()) {
                throw new OcrException("input=" + input + " has no usable lines" + (problems.isEmpty() ? "" : ": "
                    + problems.get(0)) + ". Give labelled line images.");
            }
            return new LineDataset(lines, problems);
        }
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
            if (part(l.splitKey, seed) == part) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Writes which part each line is in ({@code path,label,part}; {@code left_out} for the lines
     * named in {@code leftOut}), so that the split a model was trained on can be read later; the
     * split itself never depends on this file.
     */
    public void writeSplit(Path file, long seed, Set<String> leftOut) throws IOException {
        StringBuilder csv = new StringBuilder("path,label,part\n");
        for (Line l : lines) {
            String part = leftOut.contains(l.path) ? "left_out" : part(l.splitKey, seed).name().toLowerCase(Locale.ROOT);
            csv.append(LabelsCsv.quote(l.path)).append(',').append(LabelsCsv.quote(l.text)).append(',').append(part)
                .append('\n');
        }
        AtomicFiles.write(file, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The part of the split {@code line} is in. */
    public static Part part(Line line, long seed) {
        return part(line.splitKey, seed);
    }

    /** {@code lines.zip} -> {@code lines.split.csv}: where Train Text Model writes the split it used. */
    public static Path splitFileFor(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".split.csv");
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
