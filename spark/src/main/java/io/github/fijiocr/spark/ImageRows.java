package io.github.fijiocr.spark;

import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.Slice;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One image's rows: what Read Text writes for it ({@code image,slice,line,text,confidence,
 * min_confidence,score,x,y,width,height}) plus its {@code path} and an {@code error} column,
 * empty but for the one row of an image that could not be read.
 */
final class ImageRows extends JobRows {
    static final StructType SCHEMA = new StructType()
        .add("image", DataTypes.StringType).add("slice", DataTypes.IntegerType).add("line", DataTypes.IntegerType)
        .add("text", DataTypes.StringType).add("confidence", DataTypes.DoubleType)
        .add("min_confidence", DataTypes.DoubleType).add("score", DataTypes.DoubleType)
        .add("x", DataTypes.IntegerType).add("y", DataTypes.IntegerType).add("width", DataTypes.IntegerType)
        .add("height", DataTypes.IntegerType).add("path", DataTypes.StringType).add("error", DataTypes.StringType);

    private final TextReader reader;

    ImageRows(io.github.fijiocr.model.OcrModel model, JobOptions o) {
        super(SCHEMA);
        reader = reader(model, o);
    }

    @Override
    List<Row> rows(String path, String name, Path file) {
        try {
            return read(path, name, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads one image file with a partition's reader, as Read Text reads a file: its slices opened
     * by the same {@link SliceSource}, each read by the same {@link TextReader}.
     */
    private List<Row> read(String path, String name, Path file) throws java.io.IOException {
        List<Slice> slices;
        try {
            slices = SliceSource.files(ImageSource.of(file)).open(0);
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(error(path, e.getMessage()));
        }
        List<Row> rows = new ArrayList<>();
        for (Slice s : slices) {
            List<LineReading> lines;
            try {
                lines = reader.read(s.gray, s.roi, name, s.index);
            } catch (io.github.fijiocr.locate.NoiseException e) {
                continue; // as Read Text: a slice the threshold cuts into noise gives no rows
            }
            for (LineReading l : lines) {
                rows.add(RowFactory.create(name, l.slice, l.line, l.text, l.confidence, l.minConfidence, l.score,
                    l.bounds.x, l.bounds.y, l.bounds.width, l.bounds.height, path, ""));
            }
        }
        return rows;
    }

    /** The reader of one partition (one thread): Read Text's, with the job's threshold, allowed characters and lexicon. */
    static TextReader reader(io.github.fijiocr.model.OcrModel model, JobOptions o) {
        return Ocr.textReader(model, ReadOptions.of(new io.github.fijiocr.locate.LocateOptions(), o.threshold,
            o.allowed.isEmpty() ? null : o.allowed).withLexicon(o.lexicon));
    }
}
