package io.github.fijiocr.recognize;

import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.recognize.ctc.Lexicon;
import java.util.Objects;

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
    /**
     * The words a line model's readings are weighed against (the key {@code lexicon=}): {@code none},
     * {@code english} (bundled) or a word-list file. Not used with a pattern or by a character model.
     */
    public String lexicon = Lexicon.ENGLISH;
    /** {@link #lexicon} loaded once, shared by every worker; an instance's own, never static. */
    private Lexicon loaded;
    private String loadedKey;

    /** The lexicon the key names, loaded on first use (null: none); an unreadable file fails naming the key. */
    public synchronized Lexicon lexicon() {
        if (loadedKey == null || !Objects.equals(loadedKey, lexicon)) {
            loaded = Lexicon.of(lexicon);
            loadedKey = lexicon;
        }
        return loaded;
    }

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
        o.lexicon = lexicon;
        synchronized (this) {
            o.loaded = loaded;
            o.loadedKey = loadedKey;
        }
        return o;
    }

    /** This with the lexicon key set ({@code none}, {@code english} or a word-list file). */
    public ReadOptions withLexicon(String key) {
        ReadOptions o = with(reader, layout);
        o.lexicon = key;
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
