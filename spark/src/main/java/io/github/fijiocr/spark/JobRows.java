package io.github.fijiocr.spark;

import io.github.fijiocr.model.OcrModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * What one {@code command=} makes of one image file: the Fiji command's table rows plus
 * {@code path} and {@code error}. One instance per partition (one thread), holding that
 * partition's copy of the network.
 */
abstract class JobRows {
    private final StructType schema;

    JobRows(StructType schema) {
        this.schema = schema;
    }

    /** The one row of a file that could not be read: its name, path and why; every other column empty. */
    final Row error(String path, String why) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Object[] values = new Object[schema.size()];
        values[schema.fieldIndex("image")] = name;
        values[schema.fieldIndex("path")] = path;
        values[schema.fieldIndex("error")] = name + ": skipped, " + why;
        return RowFactory.create(values);
    }
    /** The table's columns for {@code command}. */
    static StructType schema(String command) {
        switch (command) {
            case "classify":
                return CharacterRows.SCHEMA;
            case "timestamps":
                return TimestampRows.SCHEMA;
            default:
                return ImageRows.SCHEMA;
        }
    }

    /**
     * One line naming the fix when {@code model} is not the kind {@code command} reads with (read
     * takes either kind, as Read Text does).
     */
    static void check(OcrModel model, String command) {
        boolean characters = command.equals("classify");
        if (!command.equals("read") && model.isLine() == characters) {
            throw new IllegalArgumentException("command=" + command + " needs a " + (characters ? "character" : "line")
                + " model: leave model= empty for the bundled one, or give a file Train "
                + (characters ? "Character" : "Text") + " Model wrote.");
        }
    }

    /** A partition's row maker for the job's command, over the executor's model. */
    static JobRows of(OcrModel model, JobOptions options) {
        switch (options.command) {
            case "classify":
                return new CharacterRows(model, options);
            case "timestamps":
                return new TimestampRows(model, options);
            default:
                return new ImageRows(model, options);
        }
    }

    /** The rows of one file, given as its bytes: written to a temporary file that ImageJ opens. */
    final List<Row> rows(String path, byte[] bytes) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Path dir = Files.createTempDirectory("fiji-ocr-spark");
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
            return rows(path, name, file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    abstract List<Row> rows(String path, String name, Path file);
}
