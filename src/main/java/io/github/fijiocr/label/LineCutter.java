package io.github.fijiocr.label;

import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.ClassFolders;
import io.github.fijiocr.io.CropFiles;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.TextLocator;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Labelled characters cut out of labelled lines: "Read Text"'s localisation finds the characters
 * of each line image; where it finds exactly as many as the label has (spaces aside), the i-th
 * cell is the label's i-th character and goes to {@code output/<class>/}. Lines cut into another
 * number of pieces are reported, not guessed at.
 */
public final class LineCutter {
    /** What became of one line image. */
    public static final class Outcome {
        public final String image;
        public final String label;
        public final int found;
        public final boolean cut;

        Outcome(String image, String label, int found, boolean cut) {
            this.image = image;
            this.label = label;
            this.found = found;
            this.cut = cut;
        }

        /** The label's characters, spaces aside. */
        public int expected() {
            String chars = label.replaceAll("\\s+", "");
            return chars.codePointCount(0, chars.length());
        }
    }

    private final TextLocator locator;
    private final Path output;
    private final Map<String, String> folders;

    /** Characters of {@code lines} go to class folders under {@code output}, named once for all. */
    public LineCutter(LocateOptions locate, CharacterDataset lines, Path output) {
        this.locator = new TextLocator(locate);
        this.output = output;
        try {
            this.folders = ClassFolders.names(characters(lines), existing(output));
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** Cuts one line image whose label is its text. */
    public Outcome cut(String key, String label, ByteProcessor gray) {
        List<Glyph> glyphs = locator.locate(gray).stream().flatMap(l -> l.glyphs().stream())
            .collect(Collectors.toList());
        int[] chars = label.replaceAll("\\s+", "").codePoints().toArray();
        boolean match = glyphs.size() == chars.length;
        try {
            for (int k = 0; match && k < chars.length; k++) {
                String c = new String(Character.toChars(chars[k]));
                Rectangle box = margin(glyphs.get(k).cell(), gray);
                gray.setRoi(box);
                CropFiles.save(gray.crop(), output.resolve(folders.get(c)), base(key) + "-c" + (k + 1));
                gray.resetRoi();
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return new Outcome(key, label, glyphs.size(), match);
    }

    private OcrException cannotWrite(IOException e) {
        return new OcrException("Cannot write characters to " + output + ": " + e.getMessage()
            + ". Choose a folder you can write to.", e);
    }

    /** A tenth of the cell's height around it, so that whole-image preprocessing sees some ground. */
    private static Rectangle margin(Rectangle cell, ByteProcessor gray) {
        int m = Math.max(1, cell.height / 10);
        Rectangle r = new Rectangle(cell.x - m, cell.y - m, cell.width + 2 * m, cell.height + 2 * m);
        return r.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
    }

    private static List<String> characters(CharacterDataset lines) {
        return lines.samples().stream().flatMap(s -> s.label().replaceAll("\\s+", "").codePoints()
            .mapToObj(cp -> new String(Character.toChars(cp)))).distinct().collect(Collectors.toList());
    }

    private static List<String> existing(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(output)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toList());
        }
    }

    private static String base(String key) {
        String name = key.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^0-9A-Za-z_.-]+", "_");
        return name.isEmpty() ? "line" : name;
    }
}
