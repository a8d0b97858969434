package io.github.fijiocr.dataset;

import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.io.LabelsCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The split saved with a dataset, so that every later training and evaluation uses the same test
 * images: a CSV of {@code path,label,split} rows, split being train, validation, test or excluded.
 * It lives beside the dataset: {@code myData/fiji-ocr-split.csv} for a folder,
 * {@code labels.split.csv} for {@code labels.csv}, {@code digits.split.csv} for a stack.
 */
public final class SplitFile {
    static final String FOLDER_FILE = "fiji-ocr-split.csv";
    private static final String HEADER = "path,label,split";

    private SplitFile() {
    }

    public static Path defaultFor(Path input) {
        if (Files.isDirectory(input)) {
            return input.resolve(FOLDER_FILE);
        }
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".split.csv");
    }

    /**
     * The saved part of each sample, or null where the file does not list it with the same label
     * (a new or relabelled image). A missing file gives all nulls.
     */
    public static DatasetSplit.Part[] read(Path file, List<Sample> samples) throws IOException {
        DatasetSplit.Part[] parts = new DatasetSplit.Part[samples.size()];
        if (file == null || !Files.isRegularFile(file)) {
            return parts;
        }
        List<String[]> rows = LabelsCsv.read(file);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equals(HEADER)) {
            throw new IOException("it is not a Fiji OCR split file (its first line should be " + HEADER + ")");
        }
        Map<String, String[]> saved = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length == 3) {
                saved.put(row[0], row);
            }
        }
        for (int i = 0; i < parts.length; i++) {
            String[] row = saved.get(samples.get(i).key());
            if (row != null && row[1].equals(samples.get(i).label())) {
                parts[i] = DatasetSplit.Part.fromKey(row[2]);
            }
        }
        return parts;
    }

    public static void write(Path file, CharacterDataset data) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < data.size(); i++) {
            Sample s = data.samples().get(i);
            sb.append(LabelsCsv.quote(s.key())).append(',').append(LabelsCsv.quote(s.label())).append(',')
                .append(data.split().part(i).key()).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** True when the file already holds exactly this split. */
    public static boolean matches(Path file, CharacterDataset data) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        DatasetSplit.Part[] saved = read(file, data.samples());
        for (int i = 0; i < saved.length; i++) {
            if (saved[i] != data.split().part(i)) {
                return false;
            }
        }
        return LabelsCsv.read(file).size() == data.size() + 1;
    }
}
