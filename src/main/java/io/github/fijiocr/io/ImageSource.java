package io.github.fijiocr.io;

import ij.ImagePlus;
import io.github.fijiocr.common.OcrException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The images named by an {@code input=}: one file, or every image file under a folder (natural
 * order). Each is named by its path relative to the folder, as the results tables show it.
 */
public final class ImageSource {
    private final Path root;
    private final List<Path> files;

    private ImageSource(Path root, List<Path> files) {
        this.root = root;
        this.files = files;
    }

    public static ImageSource of(Path input) {
        if (input == null) {
            throw new OcrException("No input given: set input= to an image file or a folder of images.");
        }
        if (!Files.exists(input)) {
            throw new OcrException("Input " + input + " does not exist. Set input= to an image file or a folder of images.");
        }
        if (Files.isRegularFile(input)) {
            return new ImageSource(input.toAbsolutePath().getParent(), List.of(input.toAbsolutePath()));
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
            files = s.filter(Files::isRegularFile).filter(ImageFiles::isImage)
                .map(Path::toAbsolutePath)
                .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.toString(), b.toString()))
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new OcrException("Cannot list folder " + input + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new OcrException("Folder " + input + " holds no image files (" + String.join(", ",
                ImageFiles.EXTENSIONS.stream().sorted().collect(Collectors.toList())) + ").");
        }
        return new ImageSource(input.toAbsolutePath(), files);
    }

    public List<Path> files() {
        return files;
    }

    /** The name a results table gives this file: its path relative to the input folder. */
    public String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public ImagePlus open(Path file) throws IOException {
        return ImageFiles.open(file);
    }
}
