package io.github.fijiocr.spark;

import io.github.fijiocr.engine.Slice;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code command=classify}: each image (each slice of a stack) is one character, as Classify
 * Characters reads it: {@code image,slice,label,confidence,second_label,second_confidence}.
 */
final class CharacterRows extends JobRows {
    static final StructType SCHEMA = new StructType()
        .add("image", DataTypes.StringType).add("slice", DataTypes.IntegerType).add("label", DataTypes.StringType)
        .add("confidence", DataTypes.DoubleType).add("second_label", DataTypes.StringType)
        .add("second_confidence", DataTypes.DoubleType).add("path", DataTypes.StringType)
        .add("error", DataTypes.StringType);

    private final CharacterClassifier classifier;

    CharacterRows(OcrModel model, JobOptions o) {
        super(SCHEMA);
        check(model, o.command);
        classifier = new CharacterClassifier(model.predictor(o.allowed.isEmpty() ? null : o.allowed), o.threshold);
    }

    @Override
    List<Row> rows(String path, String name, Path file) {
        List<Slice> slices;
        try {
            slices = SliceSource.files(ImageSource.of(file)).open(0);
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(error(path, e.getMessage()));
        }
        List<CharacterReading> readings = classifier.classify(slices.stream().map(s -> s.gray)
            .collect(Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            CharacterReading c = readings.get(i);
            rows.add(RowFactory.create(name, slices.get(i).index, c.text(), c.confidence, c.secondLabel,
                c.secondConfidence, path, ""));
        }
        return rows;
    }
}
