package io.github.fijiocr.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.rules.ExternalResource;

/** A class rule: Spark in this JVM on two cores (local[2]), no web UI, stopped after the class. */
public final class LocalSpark extends ExternalResource {
    private SparkSession spark;

    @Override
    protected void before() {
        spark = SparkSession.builder().master("local[2]").appName("Fiji OCR test")
            .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @Override
    protected void after() {
        spark.stop();
    }

    public SparkSession session() {
        return spark;
    }
}
