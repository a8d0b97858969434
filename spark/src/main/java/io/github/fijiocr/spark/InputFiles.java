package io.github.fijiocr.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's input files, listed once on the driver with Hadoop's {@link FileSystem} (a folder's
 * files, a glob's matches, comma-separated entries of either), and read by path on the executors.
 * Not Spark's {@code binaryFiles}: each of its records carries its whole input split, every path
 * of it, and reading a record decodes them all; with a folder of small images in one split that
 * made each image cost time in proportion to the folder's size (28 ms an image at 4,000).
 */
final class InputFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The Hadoop configuration (file systems, credentials), shipped to the executors. */
    private transient Configuration conf;

    InputFiles(Configuration conf) {
        this.conf = conf;
    }

    /** Every file {@code input} names, sorted; one line naming the entry that matches nothing. */
    List<String> list(String input) throws IOException {
        List<String> out = new ArrayList<>();
        for (String entry : input.split(",")) {
            Path path = new Path(entry.trim());
            FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("input=" + entry.trim() + " matches no file: give a folder, a glob"
                    + " or files that exist, e.g. input=hdfs:///plates/*.png");
            }
            for (FileStatus s : matches) {
                if (s.isDirectory()) {
                    for (FileStatus f : s.getPath().getFileSystem(conf).listStatus(s.getPath())) {
                        if (f.isFile()) {
                            out.add(f.getPath().toString());
                        }
                    }
                } else {
                    out.add(s.getPath().toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The bytes of one listed file. */
    byte[] read(String file) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf);
        try (InputStream in = fs.open(path)) {
            return in.readAllBytes();
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
