package io.github.fijiocr.dataset;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.DatasetProblem.Kind;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.io.NaturalOrder;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Imports a character dataset, splits it and checks it. Three layouts: a folder with one
 * sub-folder per class ({@code myData/0}, {@code myData/1}, ...; see {@link ClassFolders}), a
 * {@code labels.csv} of {@code path,label} rows (paths relative to the csv), or an image stack
 * whose slice labels are the classes. Every image is decoded once, on all cores, to measure what
 * the checks need; the pixels are not kept. Unreadable files are skipped and reported; an input
 * with nothing usable is an error.
 */
public final class DatasetImporter {
    public static final String LABELS_CSV = "labels.csv";

    /** A file to decode and the label it was given. */
    private static final class Entry {
        final Path file;
        final String key;
        final String label;

        Entry(Path file, String key, String label) {
            this.file = file;
            this.key = key;
            this.label = label;
        }
    }

    public CharacterDataset load(Path input, Progress progress) {
        return load(input, new DatasetOptions(), progress);
    }

    public CharacterDataset load(Path input, DatasetOptions options, Progress progress) {
        if (input == null) {
            throw new OcrException("No dataset given: set input= to a folder with one sub-folder per class, "
                + "a labels.csv file, or a stack whose slice labels are the classes.");
        }
        if (!Files.exists(input)) {
            throw new OcrException("Dataset " + input + " does not exist. Set input= to a folder with one "
                + "sub-folder per class (myData/0, myData/1, ...), a labels.csv file, or a labelled stack.");
        }
        Path splitFile = options.splitFile != null ? options.splitFile : SplitFile.defaultFor(input);
        List<DatasetProblem> problems = new ArrayList<>();
        List<Sample> samples;
        try {
            if (Files.isRegularFile(input) && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                samples = decode(fromCsv(input, problems), problems, input, progress);
            } else if (Files.isRegularFile(input)) {
                samples = fromStack(open(input), input.toString(), problems);
            } else if (Files.isRegularFile(input.resolve(LABELS_CSV))) {
                samples = decode(fromCsv(input.resolve(LABELS_CSV), problems), problems, input, progress);
            } else {
                samples = decode(fromFolders(input, problems), problems, input, progress);
            }
        } catch (IOException e) {
            throw new OcrException("Cannot read dataset " + input + ": " + e.getMessage(), e);
        }
        return finish(samples, problems, splitFile, options, progress);
    }

    /** An open stack whose slice labels are the classes; its split is kept in {@code options.splitFile}. */
    public CharacterDataset load(ImagePlus stack, DatasetOptions options, Progress progress) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Sample> samples = fromStack(stack, stack.getTitle(), problems);
        return finish(samples, problems, options.splitFile, options, progress);
    }

    private CharacterDataset finish(List<Sample> samples, List<DatasetProblem> problems, Path splitFile,
        DatasetOptions options, Progress progress) {
        List<String> classes = samples.stream().map(Sample::label).distinct().sorted(NaturalOrder.INSTANCE)
            .collect(Collectors.toList());
        CharacterDataset plain = new CharacterDataset(samples, classes, List.of(), null, null);
        int[] labels = plain.labelIndices();
        DatasetSplit.Part[] saved = new DatasetSplit.Part[samples.size()];
        if (splitFile != null && !options.resplit) {
            try {
                saved = SplitFile.read(splitFile, samples);
            } catch (IOException e) {
                throw new OcrException("Cannot use the saved split " + splitFile + ": " + e.getMessage()
                    + ". Delete or move it, or set split_file= to another file.", e);
            }
        }
        long known = Arrays.stream(saved).filter(Objects::nonNull).count();
        DatasetSplit split = DatasetSplit.completed(saved, labels, options.testFraction, options.validationFraction,
            options.seed);
        if (known > 0) {
            progress.log("Using the split saved in " + splitFile + " for " + known + " images"
                + (known < samples.size() ? "; " + (samples.size() - known) + " new images split with seed "
                + options.seed : ""));
        }
        DatasetChecks checks = DatasetChecks.run(samples, split, options);
        problems.addAll(checks.problems());
        return new CharacterDataset(samples, classes, problems, split.excluding(checks.dropped()), splitFile);
    }

    private static List<Entry> fromFolders(Path root, List<DatasetProblem> problems) throws IOException {
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(root)) {
            classDirs = s.filter(Files::isDirectory).filter(p -> !hidden(p))
                .sorted((a, b) -> NaturalOrder.INSTANCE.compare(name(a), name(b))).collect(Collectors.toList());
        }
        List<Entry> entries = new ArrayList<>();
        for (Path dir : classDirs) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).filter(p -> !hidden(p))
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.toString(), b.toString()))
                    .collect(Collectors.toList());
            }
            int before = entries.size();
            String label = ClassFolders.label(name(dir));
            for (Path f : files) {
                if (ImageFiles.isImage(f)) {
                    entries.add(new Entry(f, root.relativize(f).toString().replace('\\', '/'), label));
                } else {
                    problems.add(new DatasetProblem(f.toString(), Kind.UNREADABLE, "not an image file", true));
                }
            }
            if (entries.size() == before) {
                problems.add(new DatasetProblem(dir.toString(), Kind.UNREADABLE,
                    "class folder holds no images, class left out", true));
            }
        }
        if (entries.isEmpty()) {
            throw new OcrException("Dataset folder " + root + " holds no images in class folders. Put each "
                + "class's images in a sub-folder named after the class (" + root.resolve("0")
                + ", " + root.resolve("1") + ", ...) or add a labels.csv with path,label rows.");
        }
        return entries;
    }

    private static List<Entry> fromCsv(Path csv, List<DatasetProblem> problems) throws IOException {
        Path base = csv.toAbsolutePath().getParent();
        List<String[]> rows = LabelsCsv.read(csv);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (i == 0 && row.length >= 2 && row[0].trim().equalsIgnoreCase("path")) {
                continue;
            }
            if (row.length < 2 || row[0].isBlank() || row[1].isEmpty()) {
                problems.add(new DatasetProblem(csv + " line " + (i + 1), Kind.UNREADABLE,
                    "expected path,label", true));
                continue;
            }
            String key = row[0].trim().replace('\\', '/');
            entries.add(new Entry(base.resolve(key), key, row[1]));
        }
        if (entries.isEmpty()) {
            throw new OcrException(csv + " lists no images. Each line should be path,label with the path "
                + "relative to the csv file.");
        }
        return entries;
    }

    /** Decodes every file once, in parallel, keeping its facts and not its pixels. */
    private static List<Sample> decode(List<Entry> entries, List<DatasetProblem> problems, Path input,
        Progress progress) {
        int n = entries.size();
        Sample[] samples = new Sample[n];
        DatasetProblem[] failures = new DatasetProblem[n];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            if (progress.isCanceled()) {
                return;
            }
            decodeOne(entries.get(i), samples, failures, i);
            int d = done.incrementAndGet();
            if (d % 1000 == 0) {
                progress.progress(d, n, "Reading " + input.getFileName());
            }
        });
        if (progress.isCanceled()) {
            throw new OcrException("Import of " + input + " canceled.");
        }
        // A file that failed among many parallel reads is read once more alone before it is
        // dropped: CI once lost one of 968 readable meter digits this way, and never again.
        for (int i = 0; i < n; i++) {
            if (failures[i] != null) {
                failures[i] = null;
                decodeOne(entries.get(i), samples, failures, i);
            }
        }
        Arrays.stream(failures).filter(Objects::nonNull).forEach(problems::add);
        List<Sample> out = Arrays.stream(samples).filter(Objects::nonNull).collect(Collectors.toList());
        progress.progress(n, n, "Read " + out.size() + " images");
        if (out.isEmpty()) {
            throw new OcrException("None of the " + n + " images of " + input + " could be read; first problem: "
                + problems.get(0));
        }
        return out;
    }

    private static void decodeOne(Entry e, Sample[] samples, DatasetProblem[] failures, int i) {
        try {
            ImagePlus imp = ImageFiles.open(e.file);
            SampleFacts facts = SampleFacts.of(imp.getProcessor(), GrayImages.slice(imp, 1));
            samples[i] = new Sample(e.key, e.file.toString(), e.label, () -> ImageFiles.readGray(e.file), facts);
        } catch (IOException | RuntimeException ex) {
            failures[i] = new DatasetProblem(e.file.toString(), Kind.UNREADABLE,
                ex instanceof IOException ? ex.getMessage() : "not a readable image (" + ex + ")", true);
        }
    }

    private static ImagePlus open(Path file) throws IOException {
        if (!ImageFiles.isImage(file)) {
            throw new IOException("it is neither a folder, a labels.csv nor an image stack");
        }
        return ImageFiles.open(file);
    }

    /** Slices of a stack, labelled by their slice labels (Image > Stacks > Tools > Set Label). */
    private static List<Sample> fromStack(ImagePlus imp, String name, List<DatasetProblem> problems) {
        ImageStack stack = imp.getStack();
        List<Sample> samples = new ArrayList<>();
        for (int s = 1; s <= stack.getSize(); s++) {
            String label = firstLine(stack.getSliceLabel(s));
            String key = "slice " + s;
            if (label == null || label.isBlank()) {
                problems.add(new DatasetProblem(name + " " + key, Kind.UNREADABLE,
                    "slice has no label; give it its class with Image > Stacks > Tools > Set Label", true));
                continue;
            }
            ByteProcessor gray = GrayImages.slice(imp, s);
            samples.add(new Sample(key, name + " " + key, label.trim(), () -> gray,
                SampleFacts.of(stack.getProcessor(s), gray)));
        }
        if (samples.isEmpty()) {
            throw new OcrException(name + " has no labelled slices. Each slice's label must be its class "
                + "(Image > Stacks > Tools > Set Label), as an exported dataset stack has.");
        }
        return samples;
    }

    /** ImageJ keeps image info after the first line of a slice label; its "short" label also cuts ".5". */
    private static String firstLine(String label) {
        if (label == null) {
            return null;
        }
        int nl = label.indexOf('\n');
        return nl >= 0 ? label.substring(0, nl) : label;
    }

    private static boolean hidden(Path p) {
        return name(p).startsWith(".");
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
