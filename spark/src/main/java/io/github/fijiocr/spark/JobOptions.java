package io.github.fijiocr.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The job's {@code key=value} arguments, the same keys as the Fiji commands: {@code input} (a
 * folder, a glob or a comma-separated list of files on any Hadoop file system), {@code output} (a
 * folder: {@code parquet/} and {@code csv/} are written in it, replacing what a former run wrote),
 * {@code model} (a model file; empty: the bundled model the command reads with), {@code command}
 * ({@code read}, {@code timestamps} or {@code classify}), {@code threshold}, {@code allowed},
 * {@code partitions}, {@code format} (timestamps only), {@code lexicon} (read only: {@code english},
 * the default, {@code none}, or a word-list file at a local path every executor can read).
 */
public final class JobOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String input;
    public final String output;
    public final String model;
    public final String command;
    public final double threshold;
    public final String allowed;
    public final int partitions;
    /** Read Timestamps' {@code format}: a preset name or a regular expression; empty or auto: detected. */
    public final String format;
    /** Read Text's {@code lexicon}. */
    public final String lexicon;

    static final java.util.List<String> COMMANDS = java.util.List.of("read", "timestamps", "classify");
    private static final java.util.List<String> KEYS = java.util.List.of("input", "output", "model", "command",
        "threshold", "allowed", "partitions", "format", "lexicon");

    private JobOptions(Map<String, String> keys) {
        input = required(keys, "input");
        output = required(keys, "output");
        model = keys.getOrDefault("model", "");
        command = keys.getOrDefault("command", "read").toLowerCase(Locale.ROOT);
        threshold = number(keys, "threshold", "0.7");
        allowed = keys.getOrDefault("allowed", "");
        partitions = (int) number(keys, "partitions", "0");
        format = keys.getOrDefault("format", "");
        lexicon = keys.getOrDefault("lexicon", io.github.fijiocr.recognize.ctc.Lexicon.ENGLISH);
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("command=" + command + " is not a job: use command=read (Read Text),"
                + " command=timestamps (Read Timestamps, a stack per file) or command=classify (Classify Characters).");
        }
        if (!format.isEmpty() && !command.equals("timestamps")) {
            throw new IllegalArgumentException("format= is for command=timestamps: leave it out for command=" + command
                + ".");
        }
        if (keys.containsKey("lexicon") && !command.equals("read")) {
            throw new IllegalArgumentException("lexicon= is for command=read: leave it out for command=" + command + ".");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold=" + keys.get("threshold") + " is out of range: use a value"
                + " from 0 to 1.");
        }
    }

    /** Parses {@code key=value} arguments; a malformed or unknown key is one line naming it. */
    public static JobOptions parse(String... args) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + a + "' is not key=value: write for example input=images/");
            }
            String key = a.substring(0, eq);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown key " + key + "=: the keys are " + String.join(", ", KEYS)
                    + ".");
            }
            keys.put(key, a.substring(eq + 1));
        }
        return new JobOptions(keys);
    }

    private static String required(Map<String, String> keys, String key) {
        String v = keys.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("No " + key + "= given: " + (key.equals("input")
                ? "give a folder, a glob or files of images, e.g. input=hdfs:///plates/*.png"
                : "give a folder for the table, e.g. output=results/"));
        }
        return v;
    }

    private static double number(Map<String, String> keys, String key, String fallback) {
        String v = keys.getOrDefault(key, fallback);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not a number.");
        }
    }
}
