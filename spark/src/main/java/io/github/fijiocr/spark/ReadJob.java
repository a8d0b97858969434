package io.github.fijiocr.spark;

import io.github.fijiocr.model.OcrModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

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
        byte[] model = options.model.isEmpty() ? null : sc.binaryFiles(options.model).first()._2().toArray();
        // The model's kind and the options are checked here, once, as a partition's reader is made:
        // a wrong file or format= is one line, not a failed task per partition.
        JobRows.of(Models.get(model, options.command), options);
        Broadcast<byte[]> modelBytes = sc.broadcast(model);
        // binaryFiles packs small files into few splits by size: spread them over every core (or
        // the partitions asked for), or one core would read them all.
        int partitions = options.partitions > 0 ? options.partitions : 2 * sc.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(options.input).repartition(partitions);
        // As Read Text over a folder: only image files (a labels.csv beside them is not an error).
        JavaRDD<Row> rows = files.filter(f -> isImage(f._1()))
            .mapPartitions(part -> readPartition(part, modelBytes.value(), options))
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

    private static Iterator<Row> readPartition(Iterator<Tuple2<String, PortableDataStream>> part, byte[] modelBytes,
        JobOptions options) throws java.io.IOException {
        OcrModel model = Models.get(modelBytes, options.command);
        // One reader (one network copy) per partition, as the engine has one per worker.
        JobRows reader = JobRows.of(model, options);
        List<Row> out = new ArrayList<>();
        while (part.hasNext()) {
            Tuple2<String, PortableDataStream> file = part.next();
            out.addAll(reader.rows(file._1(), file._2().toArray()));
        }
        return out.iterator();
    }
}
