package io.github.fijiocr.recognize;

import io.github.fijiocr.locate.LocateOptions;

/** How text is read: where it is looked for, what may be read, and when a character is rejected. */
public final class ReadOptions {
    /** How lines are read: whole, by a line model, or cut into characters for a character model. */
    public enum Reader { LINE, CHARACTERS }

    /**
     * Where the lines are: found by the locator, the whole image (or selection) is one line,
     * anywhere in a photo (many thresholds, both polarities, each candidate judged by the line
     * reader), or both the located lines and the scene's, the more confident text kept where they overlap.
     */
    public enum Layout { LINES, SINGLE_LINE, SCENE, AUTO }

    /** Which way text may face: upright only, or also turned 90, 180 and 270 degrees. */
    public enum Orientation { UPRIGHT, AUTO }

    /** The seed's rejection probability: characters below it read as "?". */
    public static final double DEFAULT_THRESHOLD = 0.7;

    public LocateOptions locate = new LocateOptions();
    /** Characters under this probability read as {@link CharacterReading#REJECTED}. */
    public double threshold = DEFAULT_THRESHOLD;
    /** The characters that may be read; null or empty: the model's whole alphabet. */
    public String allowed;
    /**
     * A regular expression (or a preset: time, date, number, decimal) every line must match as a
     * whole; null or empty: any text.
     */
    public String pattern;
    /** Which bundled model reads when no model file is given; a model file's own kind decides otherwise. */
    public Reader reader = Reader.LINE;
    /** Read Text's default; Live Read Text uses {@link Layout#LINES} for speed. */
    public Layout layout = Layout.AUTO;
    /** {@link Orientation#AUTO} reads the image four ways and keeps the most confident text: four times the cost. */
    public Orientation orientation = Orientation.UPRIGHT;
    /** Workers for a folder or stack, each with its own predictor; 0: one per core. */
    public int threads;

    /** The number of workers {@link #threads} asks for. */
    public int workers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public static ReadOptions of(LocateOptions locate, double threshold, String allowed) {
        return of(locate, threshold, allowed, null);
    }

    public static ReadOptions of(LocateOptions locate, double threshold, String allowed, String pattern) {
        ReadOptions o = new ReadOptions();
        o.locate = locate;
        o.threshold = threshold;
        o.allowed = allowed;
        o.pattern = pattern;
        return o;
    }

    /** This with the reader and layout set (the keys {@code reader=} and {@code layout=}). */
    public ReadOptions with(Reader reader, Layout layout) {
        ReadOptions o = of(locate, threshold, allowed, pattern);
        o.reader = reader;
        o.layout = layout;
        o.orientation = orientation;
        o.threads = threads;
        return o;
    }

    /** This with the number of workers set (the key {@code threads=}; 0: one per core). */
    public ReadOptions withThreads(int threads) {
        ReadOptions o = with(reader, layout);
        o.threads = threads;
        return o;
    }

    /** This with the orientation set (the key {@code orientation=}). */
    public ReadOptions with(Orientation orientation) {
        ReadOptions o = with(reader, layout);
        o.orientation = orientation;
        return o;
    }
}
