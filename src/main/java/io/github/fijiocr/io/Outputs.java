package io.github.fijiocr.io;

import io.github.fijiocr.common.OcrException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * The one output policy, checked before a job starts so that nothing is lost and no time wasted:
 * a command never writes over one of its inputs or the model it uses; never over a read-only file;
 * and never over an existing file of another kind (a text file named as a model, an image named
 * as a table) unless the user sets {@code overwrite=true}. A file of the same kind that the
 * product wrote is replaced, as a re-run expects: a table by its columns (see
 * {@link #checkTable}), a model by its content (a zip that is not a Fiji OCR model needs
 * {@code overwrite=true}).
 */
public final class Outputs {
    /** What a command writes, by the extensions a file of that kind has. */
    public enum Kind {
        TABLE("a CSV table", "csv"),
        MODEL("a Fiji OCR model", "zip"),
        STACK("a TIFF stack", "tif", "tiff"),
        IMAGE("an image", "tif", "tiff", "png");

        final String what;
        final List<String> extensions;

        Kind(String what, String... extensions) {
            this.what = what;
            this.extensions = List.of(extensions);
        }
    }

    private Outputs() {
    }

    /**
     * Refuses {@code output} (the value of {@code key}) with one line when writing it could lose
     * something; {@code inUse} are the command's inputs and model (null entries ignored).
     */
    public static void check(String key, Path output, Kind kind, boolean overwrite, Path... inUse) {
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new OcrException(key + "=" + output + " is a folder: give the file to write, e.g. "
                + output.resolve("out." + kind.extensions.get(0)) + ".");
        }
        Path parent = output.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new OcrException(key + "=" + output + " lies inside " + parent + ", which is a file, not a folder: "
                + "choose another place.");
        }
        for (Path used : inUse) {
            if (used != null && same(output, used)) {
                throw new OcrException(key + "=" + output + " is also the command's input or model, which writing "
                    + "would destroy: choose another file.");
            }
        }
        if (!Files.exists(output)) {
            return;
        }
        if (readOnly(output)) {
            throw new OcrException(key + "=" + output + " is read-only: make it writable or choose another file.");
        }
        if (!overwrite && !isKind(output, kind)) {
            throw new OcrException(key + "=" + output + " exists and is not " + kind.what + ": choose another file, "
                + "or set overwrite=true to replace it.");
        }
    }

    /**
     * Refuses to replace an existing CSV whose first line is not {@code header} (a user's own
     * table, another command's), unless {@code overwrite}: a re-run replaces its own table freely.
     * Checked when the table is known, that is when it is saved.
     */
    public static void checkTable(String key, Path output, String header, boolean overwrite) {
        if (overwrite || !Files.isRegularFile(output)) {
            return;
        }
        String existing;
        try (java.io.BufferedReader in = Files.newBufferedReader(output, java.nio.charset.StandardCharsets.UTF_8)) {
            existing = in.readLine();
        } catch (IOException e) {
            existing = null; // not text: another kind, refused below
        }
        existing = existing == null ? null : existing.replace("\uFEFF", "");
        boolean empty = existing == null && output.toFile().length() == 0;
        if (!empty && !header.equals(existing)) {
            throw new OcrException(key + "=" + output + " holds another table (its first line is not \"" + header
                + "\"): choose another file, or set overwrite=true to replace it.");
        }
    }

    /** Whether an existing file is of {@code kind}: by extension, and for a model by its content. */
    static boolean isKind(Path file, Kind kind) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean extension = kind.extensions.stream().anyMatch(e -> name.endsWith("." + e));
        if (!extension || kind != Kind.MODEL) {
            return extension;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("fiji-ocr.json") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * No owner write permission, or not writable at all. Root may write any file, but a file its
     * owner made read-only is still not to be replaced.
     */
    public static boolean readOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                || !Files.isWritable(file);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
