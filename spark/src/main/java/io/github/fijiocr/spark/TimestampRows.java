package io.github.fijiocr.spark;

import ij.ImagePlus;
import io.github.fijiocr.calibrate.TimestampReader;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.io.VirtualStacks;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code command=timestamps}: each file is a time-lapse (a stack), read as Read Timestamps reads
 * it: {@code image,slice,text,seconds,confidence,status,read_as,note} and the stack's
 * {@code interval} (seconds per frame, or counts for a frame counter; NaN when none was found).
 */
final class TimestampRows extends JobRows {
    static final StructType SCHEMA = new StructType()
        .add("image", DataTypes.StringType).add("slice", DataTypes.IntegerType).add("text", DataTypes.StringType)
        .add("seconds", DataTypes.DoubleType).add("confidence", DataTypes.DoubleType)
        .add("status", DataTypes.StringType).add("read_as", DataTypes.StringType).add("note", DataTypes.StringType)
        .add("interval", DataTypes.DoubleType).add("path", DataTypes.StringType).add("error", DataTypes.StringType);

    private final TimestampReader reader;
    private final String format;

    TimestampRows(OcrModel model, JobOptions o) {
        super(SCHEMA);
        check(model, o.command);
        reader = new TimestampReader(new LineRecognizer(model.predictor(null), null, o.threshold, null), Progress.NONE);
        format = o.format.isEmpty() || o.format.equals("auto") ? null : o.format;
        reader.pattern(format); // a bad format= is one line on the driver, not an error row per file
    }

    @Override
    List<Row> rows(String path, String name, Path file) {
        Timestamps t;
        try {
            ImagePlus imp = VirtualStacks.open(file.toFile());
            t = reader.read(imp, null, format);
        } catch (RuntimeException e) { // OcrException (one line naming the file) and anything ImageJ throws
            return List.of(error(path, e.getMessage()));
        }
        List<Row> rows = new ArrayList<>();
        for (TimestampReading r : t.readings) {
            rows.add(RowFactory.create(name, r.slice, r.text, r.value, r.confidence, r.status.key(), r.readAs, r.note,
                t.interval, path, ""));
        }
        return rows;
    }
}
