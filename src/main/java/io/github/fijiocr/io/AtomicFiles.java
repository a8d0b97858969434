package io.github.fijiocr.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it and a rename, so that a crash or an error
 * mid-write leaves the previous file whole (a model, a results table) and no half file.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What writes the content. */
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code file} whole or not at all. A read-only file is refused, never replaced: a
     * rename would replace it, though its owner made it so. The new file gets the permissions the
     * user's umask gives (a temporary file made by {@code Files.createTempFile} would be 0600, and
     * colleagues on a shared server could not read a model or a table).
     */
    public static void write(Path file, Writer writer) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (Files.exists(file) && Outputs.readOnly(file)) {
            throw new IOException("the file is read-only; make it writable or choose another file");
        }
        Path tmp = temporary(dir, file.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new, empty file beside the target, with default permissions (the umask applies). */
    private static Path temporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}
