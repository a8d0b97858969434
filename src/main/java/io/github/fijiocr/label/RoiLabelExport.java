package io.github.fijiocr.label;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ImageProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.ClassFolders;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.io.CropFiles;
import io.github.fijiocr.io.LabelsCsv;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ROIs named with their text become a dataset (this replaces HALCON's separate labeling tool): a
 * character ROI's crop goes to {@code output/characters/<class>/}, a line's or word's to
 * {@code output/lines/} with a row in {@code output/lines/labels.csv}. Exporting again adds to
 * what is there and never overwrites: a crop already exported is recognised and not written twice.
 */
public final class RoiLabelExport {
    /** What a ROI stands for. */
    public enum Kind {
        /** One code point: a character; longer names: a line or word. */
        AUTO, CHARACTERS, LINES
    }

    /** One exported crop. */
    public static final class Crop {
        public final Path file;
        public final String label;
        public final boolean line;
        public final int slice;
        public final Rectangle box;

        Crop(Path file, String label, boolean line, int slice, Rectangle box) {
            this.file = file;
            this.label = label;
            this.line = line;
            this.slice = slice;
            this.box = box;
        }
    }

    public static final String CHARACTERS = "characters";
    public static final String LINES = "lines";

    /** Names ImageJ gives a ROI by itself (ROI Manager "0001-0123-0456", Locate Text "line 1 char 3"). */
    private static final Pattern UNNAMED = Pattern.compile("\\d{4}-\\d{4}(-\\d{4})?(-\\d+)?|line \\d+( char \\d+)?");

    private final List<String> skipped = new ArrayList<>();

    /** ROIs the export left out, each with the reason and the fix. */
    public List<String> skipped() {
        return skipped;
    }

    public List<Crop> export(ImagePlus image, Roi[] rois, Path output, Kind kind) {
        if (rois.length == 0) {
            throw new OcrException("No ROIs on " + image.getTitle() + ": draw a box around each line or "
                + "character, add it to the ROI Manager (t) and rename it to its text (Rename...).");
        }
        List<Crop> crops = new ArrayList<>();
        List<String[]> lineRows = new ArrayList<>();
        String base = safe(stripExtension(image.getTitle()));
        try {
            Map<String, String> folders = classFolders(rois, kind, output.resolve(CHARACTERS));
            for (Roi roi : rois) {
                String name = roi.getName();
                if (name == null || name.isBlank() || UNNAMED.matcher(name).matches()) {
                    skipped.add("ROI " + (name == null ? "without a name" : name) + " at " + roi.getBounds()
                        + ": skipped, rename it to its text (ROI Manager > Rename...)");
                    continue;
                }
                boolean line = isLine(name, kind);
                int slice = slice(image, roi);
                Rectangle box = roi.getBounds().intersection(new Rectangle(image.getWidth(), image.getHeight()));
                if (box.isEmpty()) {
                    skipped.add("ROI " + name + ": skipped, it lies outside the image");
                    continue;
                }
                ImageProcessor ip = image.getStack().getProcessor(slice);
                ip.setRoi(box);
                ImageProcessor crop = ip.crop();
                ip.resetRoi();
                String fileBase = base + "-s" + slice + "-x" + box.x + "-y" + box.y;
                Path dir = line ? output.resolve(LINES)
                    : output.resolve(CHARACTERS).resolve(folders.get(name));
                Path file = CropFiles.save(crop, dir, fileBase);
                crops.add(new Crop(file, name, line, slice, box));
                if (line) {
                    lineRows.add(new String[] {file.getFileName().toString(), name});
                }
            }
            if (!lineRows.isEmpty()) {
                appendLabels(output.resolve(LINES).resolve(DatasetImporter.LABELS_CSV), lineRows);
            }
        } catch (IOException e) {
            throw new OcrException("Cannot write the labelled crops to " + output + ": " + e.getMessage()
                + ". Choose a folder you can write to.", e);
        }
        return crops;
    }

    private static boolean isLine(String name, Kind kind) {
        return kind == Kind.LINES || (kind == Kind.AUTO && name.codePointCount(0, name.length()) > 1);
    }

    /** Folder names for every class of this export, agreeing with the class folders already there. */
    private static Map<String, String> classFolders(Roi[] rois, Kind kind, Path dir) throws IOException {
        List<String> existing = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isDirectory).forEach(p -> existing.add(p.getFileName().toString()));
            }
        }
        List<String> classes = new ArrayList<>();
        for (Roi roi : rois) {
            String name = roi.getName();
            if (name != null && !isLine(name, kind) && !classes.contains(name)) {
                classes.add(name);
            }
        }
        return ClassFolders.names(classes, existing);
    }

    /** Adds rows to labels.csv (path,label), keeping every row there and listing each file once. */
    private static void appendLabels(Path csv, List<String[]> rows) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        if (Files.isRegularFile(csv)) {
            List<String[]> old = LabelsCsv.read(csv);
            for (String[] row : old.subList(Math.min(1, old.size()), old.size())) {
                all.put(row[0], row.length > 1 ? row[1] : "");
            }
        }
        for (String[] row : rows) {
            all.put(row[0], row[1]);
        }
        StringBuilder sb = new StringBuilder("path,label\n");
        all.forEach((path, label) -> sb.append(LabelsCsv.quote(path)).append(',').append(LabelsCsv.quote(label))
            .append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(csv, out -> out.write(bytes));
    }

    /** A ROI's slice: its stack position, else the image's current slice. */
    private static int slice(ImagePlus image, Roi roi) {
        int position = roi.getPosition();
        if (position == 0 && image.isHyperStack()
            && (roi.getCPosition() > 0 || roi.getZPosition() > 0 || roi.getTPosition() > 0)) {
            position = image.getStackIndex(Math.max(1, roi.getCPosition()), Math.max(1, roi.getZPosition()),
                Math.max(1, roi.getTPosition()));
        }
        return position >= 1 && position <= image.getStackSize() ? position : image.getCurrentSlice();
    }

    private static String stripExtension(String title) {
        int dot = title.lastIndexOf('.');
        return dot > 0 ? title.substring(0, dot) : title;
    }

    private static String safe(String s) {
        String out = s.replaceAll("[^0-9A-Za-z_.-]+", "_");
        return out.isEmpty() ? "image" : out;
    }
}
