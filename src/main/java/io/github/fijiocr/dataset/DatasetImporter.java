package io.github.fijiocr.dataset;

import io.github.fijiocr.OcrException;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports a character dataset: a folder with one sub-folder per class ({@code myData/0},
 * {@code myData/1}, ...; the folder name is the class), or a {@code labels.csv} of
 * {@code path,label} rows (paths relative to the csv). Files that cannot be read are skipped and
 * listed; an input with nothing usable is an error.
 */
public final class DatasetImporter {
    public static final String LABELS_CSV = "labels.csv";

    public CharacterDataset load(Path input, Progress progress) {
        if (input == null) {
            throw new OcrException("No dataset given: set input= to a folder with one sub-folder per class, "
                + "or to a labels.csv file.");
        }
        if (!Files.exists(input)) {
            throw new OcrException("Dataset " + input + " does not exist. Set input= to a folder with one "
                + "sub-folder per class (myData/0, myData/1, ...) or to a labels.csv file.");
        }
        try {
            if (Files.isRegularFile(input)) {
                return fromCsv(input, progress);
            }
            Path csv = input.resolve(LABELS_CSV);
            return Files.isRegularFile(csv) ? fromCsv(csv, progress) : fromFolders(input, progress);
        } catch (IOException e) {
            throw new OcrException("Cannot read dataset " + input + ": " + e.getMessage(), e);
        }
    }

    private CharacterDataset fromFolders(Path root, Progress progress) throws IOException {
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(root)) {
            classDirs = s.filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()))
                .collect(Collectors.toList());
        }
        List<String[]> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : classDirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .collect(Collectors.toList());
            }
            int before = entries.size();
            for (Path f : files) {
                if (ImageFiles.isImage(f)) {
                    entries.add(new String[] {f.toString(), dir.getFileName().toString()});
                } else {
                    problems.add(f + ": skipped, not an image file");
                }
            }
            if (entries.size() == before) {
                problems.add(dir + ": class folder holds no images, class left out");
            }
        }
        if (entries.isEmpty()) {
            throw new OcrException("Dataset folder " + root + " holds no images in class folders. Put each "
                + "class's images in a sub-folder named after the class (" + root.resolve("0")
                + ", " + root.resolve("1") + ", ...) or add a labels.csv with path,label rows.");
        }
        return decode(entries, problems, root, progress);
    }

    private CharacterDataset fromCsv(Path csv, Progress progress) throws IOException {
        Path base = csv.toAbsolutePath().getParent();
        List<String[]> rows = LabelsCsv.read(csv);
        List<String[]> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (i == 0 && row.length >= 2 && row[0].trim().equalsIgnoreCase("path")) {
                continue;
            }
            if (row.length < 2 || row[0].isBlank() || row[1].isEmpty()) {
                problems.add(csv + " line " + (i + 1) + ": skipped, expected path,label");
                continue;
            }
            entries.add(new String[] {base.resolve(row[0].trim()).toString(), row[1]});
        }
        if (entries.isEmpty()) {
            throw new OcrException(csv + " lists no images. Each line should be path,label with the path "
                + "relative to the csv file.");
        }
        return decode(entries, problems, csv, progress);
    }

    private CharacterDataset decode(List<String[]> entries, List<String> problems, Path input, Progress progress) {
        List<Sample> samples = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (progress.isCanceled()) {
                throw new OcrException("Import of " + input + " canceled.");
            }
            Path file = Path.of(entries.get(i)[0]);
            try {
                samples.add(Sample.of(file, entries.get(i)[1], ImageFiles.readGray(file)));
            } catch (IOException e) {
                problems.add(file + ": skipped, " + e.getMessage());
            }
            if (i % 500 == 0) {
                progress.progress(i, entries.size(), "Reading " + input.getFileName());
            }
        }
        progress.progress(entries.size(), entries.size(), "Read " + samples.size() + " images");
        if (samples.isEmpty()) {
            throw new OcrException("None of the " + entries.size() + " images of " + input
                + " could be read; first problem: " + problems.get(problems.size() - 1));
        }
        List<String> classes = new ArrayList<>();
        for (Sample s : samples) {
            if (!classes.contains(s.label())) {
                classes.add(s.label());
            }
        }
        classes.sort(NaturalOrder.INSTANCE);
        return new CharacterDataset(samples, classes, problems);
    }
}
