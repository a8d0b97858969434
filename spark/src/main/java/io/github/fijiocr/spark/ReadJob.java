package io.github.fijiocr.spark;

import io.github.fijiocr.model.OcrModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class io.github.fijiocr.spark.ReadJob fiji-ocr-spark.jar input=... output=...}:
 * Read Text (or, with {@code command=}, Read Timestamps or Classify Characters) over many images
 * on a Spark cluster. Images are read per partition as binary files;
 * the model's bytes are broadcast once and loaded once per executor ({@link Models}); each image
 * gives Read Text's rows plus its path, or one row with its error (a corrupt image never fails
 * the job). The table is written as Parquet and CSV under {@code output}, replacing a former run's
 * whole (Spark's output committer): a rerun never doubles rows.
 */
public final class ReadJob {
    private ReadJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("Fiji OCR").getOrCreate();
        try {
            long rows = run(spark, options).count();
            System.out.println("Fiji OCR: " + rows + " rows written to " + options.output);
        } catch (IllegalArgumentException | io.github.fijiocr.common.OcrException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } finally {
            spark.stop();
        }
    }

    /** Reads every image of {@code options.input}, writes the table, and returns it. */
    public static Dataset<Row> run(SparkSession spark, JobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        byte[] model;
        try {
            model = options.model.isEmpty() ? null : new InputFiles(sc.hadoopConfiguration()).read(options.model);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("model=" + options.model + " cannot be read: " + e.getMessage()
                + ". Give a model file Train Character Model or Train Text Model wrote, or leave model= empty.", e);
        }
        // The model's kind and the options are checked here, once, as a partition's reader is made:
        // a wrong file or format= is one line, not a failed task per partition.
        JobRows.of(Models.get(model, options.command), options);
        Broadcast<byte[]> modelBytes = sc.broadcast(model);
        InputFiles input = new InputFiles(sc.hadoopConfiguration());
        List<String> files;
        try {
            // As Read Text over a folder: only image files (a labels.csv beside them is not an error).
            files = input.list(options.input).stream().filter(ReadJob::isImage).collect(Collectors.toList());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("input=" + options.input + " cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("input=" + options.input + " holds no image file (" + String.join(", ",
                io.github.fijiocr.io.ImageFiles.EXTENSIONS) + ").");
        }
        Broadcast<InputFiles> reader = sc.broadcast(input);
        // Spread over every core (or the partitions asked for), never more partitions than files.
        int partitions = Math.min(files.size(), options.partitions > 0 ? options.partitions : 2 * sc.defaultParallelism());
        JavaRDD<Row> rows = sc.parallelize(files, partitions)
            .mapPartitions(part -> readPartition(part, reader.value(), modelBytes.value(), options))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()); // read once, written twice
        Dataset<Row> table = spark.createDataFrame(rows, JobRows.schema(options.command));
        table.write().mode(SaveMode.Overwrite).parquet(options.output + "/parquet");
        table.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).csv(options.output + "/csv");
        return table;
    }

    static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && io.github.fijiocr.io.ImageFiles.EXTENSIONS.contains(
            path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static Iterator<Row> readPartition(Iterator<String> part, InputFiles input, byte[] modelBytes,
        JobOptions options) throws java.io.IOException {
        OcrModel model = Models.get(modelBytes, options.command);
        // One reader (one network copy) per partition, as the engine has one per worker.
        JobRows reader = JobRows.of(model, options);
        List<Row> out = new ArrayList<>();
        while (part.hasNext()) {
            String file = part.next();
            byte[] bytes;
            try {
                bytes = input.read(file);
            } catch (java.io.IOException e) {
                out.add(reader.error(file, "cannot be read, " + e.getMessage()));
                continue;
            }
            out.addAll(reader.rows(file, bytes));
        }
        return out.iterator();
    }
}
