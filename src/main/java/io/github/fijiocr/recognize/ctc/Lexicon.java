package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * A word list that readings are checked against (the key {@code lexicon=}): the words, lower
 * case, in a trie kept as flat arrays, so the bundled English list (73,000 words) costs about
 * two megabytes and the words within a few edits of a reading are found by walking it once.
 * Immutable: one lexicon serves every worker thread.
 */
public final class Lexicon {
    /** The key's values besides a file: no word list, and the bundled English one. */
    public static final String NONE = "none";
    public static final String ENGLISH = "english";
    private static final String ENGLISH_RESOURCE = "/io/github/fijiocr/lexicon/english.txt.gz";

    /** Per trie node: its character, first child, next sibling (-1: none) and whether a word ends there. */
    private final char[] label;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final boolean[] word;
    private final int size;

    private Lexicon(char[] label, int[] firstChild, int[] nextSibling, boolean[] word, int size) {
        this.label = label;
        this.firstChild = firstChild;
        this.nextSibling = nextSibling;
        this.word = word;
        this.size = size;
    }

    /**
     * The lexicon a key names: {@code none} (or empty) gives null, {@code english} the bundled list,
     * anything else a word-list file (one word per line; blank lines and lines from '#' skipped);
     * several joined by '+' ({@code english+/data/products.txt}) give all their words.
     */
    public static Lexicon of(String key) {
        if (key == null || key.isBlank() || key.trim().equalsIgnoreCase(NONE)) {
            return null;
        }
        String k = key.trim();
        String[] parts = isFile(k) ? new String[] {k} : k.split("\\+");
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            words.addAll(words(part.trim(), key));
        }
        return of(words);
    }

    /** The words of one part of the key: the bundled list, or a file's. */
    private static List<String> words(String part, String key) {
        if (part.equalsIgnoreCase(ENGLISH)) {
            return englishWords();
        }
        if (!isFile(part)) {
            throw new OcrException("lexicon=" + key + ": no such file" + (part.equals(key.trim()) ? "" : " as " + part)
                + "; give none, english, a word list file (one word per line), or several joined by +.");
        }
        try (InputStream in = Files.newInputStream(Paths.get(part))) {
            List<String> words = read(in);
            if (words.stream().allMatch(String::isBlank)) {
                throw new OcrException("lexicon=" + key + ": " + part + " has no words; give a word list with one"
                    + " word per line (UTF-8 text), or lexicon=none.");
            }
            return words;
        } catch (IOException e) {
            throw new OcrException("lexicon=" + key + ": cannot read " + part + " (" + e.getMessage() + ").");
        }
    }

    /** Whether {@code path} names a file; a string no path can be (on Windows, "a+C:\\b") names none. */
    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Paths.get(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The bundled English list (SCOWL via Debian's wamerican; see the notice beside it). */
    public static Lexicon english() {
        return of(englishWords());
    }

    private static List<String> englishWords() {
        try (InputStream in = Lexicon.class.getResourceAsStream(ENGLISH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ENGLISH_RESOURCE + " is missing from the plugin's jar");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ENGLISH_RESOURCE, e);
        }
    }

    /** A lexicon of the given words (lower-cased; blank ones dropped). */
    public static Lexicon of(List<String> words) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String w : words) {
            String s = w.strip().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                sorted.add(s);
            }
        }
        return build(sorted);
    }

    /** The lines of a word list, '#' lines left out. */
    private static List<String> read(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.startsWith("#")) {
                words.add(line);
            }
        }
        return words;
    }

    /** The trie of sorted words: a new child is always the last of its siblings. */
    private static Lexicon build(TreeSet<String> words) {
        int capacity = 1024;
        char[] label = new char[capacity];
        int[] first = new int[capacity];
        int[] next = new int[capacity];
        int[] last = new int[capacity];
        boolean[] end = new boolean[capacity];
        first[0] = next[0] = last[0] = -1;
        int nodes = 1;
        for (String w : words) {
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                int child = last[node];
                if (child < 0 || label[child] != c) {
                    if (nodes == capacity) {
                        capacity *= 2;
                        label = Arrays.copyOf(label, capacity);
                        first = Arrays.copyOf(first, capacity);
                        next = Arrays.copyOf(next, capacity);
                        last = Arrays.copyOf(last, capacity);
                        end = Arrays.copyOf(end, capacity);
                    }
                    child = nodes++;
                    label[child] = c;
                    first[child] = next[child] = last[child] = -1;
                    if (last[node] < 0) {
                        first[node] = child;
                    } else {
                        next[last[node]] = child;
                    }
                    last[node] = child;
                }
                node = child;
            }
            end[node] = true;
        }
        return new Lexicon(Arrays.copyOf(label, nodes), Arrays.copyOf(first, nodes), Arrays.copyOf(next, nodes),
            Arrays.copyOf(end, nodes), words.size());
    }

    public int size() {
        return size;
    }

    /** Whether the word (any case) is in the lexicon. */
    public boolean contains(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        int node = 0;
        for (int i = 0; i < s.length() && node >= 0; i++) {
            node = child(node, s.charAt(i));
        }
        return node >= 0 && word[node];
    }

    private int child(int node, char c) {
        for (int k = firstChild[node]; k >= 0; k = nextSibling[k]) {
            if (label[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The words within {@code maxEdits} insertions, deletions or substitutions of {@code text}
     * (compared lower case), in lexicon order: the Levenshtein table grown one trie level at a
     * time, a branch left as soon as its whole row is over the limit.
     */
    public List<String> near(String text, int maxEdits) {
        String s = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        // One row of the table per trie level, reused by every branch at that level.
        List<int[]> rows = new ArrayList<>();
        int[] row = new int[s.length() + 1];
        for (int i = 0; i < row.length; i++) {
            row[i] = i;
        }
        rows.add(row);
        StringBuilder prefix = new StringBuilder();
        for (int k = firstChild[0]; k >= 0; k = nextSibling[k]) {
            walk(k, s, rows, maxEdits, prefix, out);
        }
        return out;
    }

    /** Level {@code prefix.length() + 1} of the table, the row above it at {@code prefix.length()}. */
    private void walk(int node, String s, List<int[]> rows, int maxEdits, StringBuilder prefix, List<String> out) {
        char c = label[node];
        int depth = prefix.length();
        int[] above = rows.get(depth);
        if (rows.size() == depth + 1) {
            rows.add(new int[above.length]);
        }
        int[] row = rows.get(depth + 1);
        row[0] = above[0] + 1;
        int least = row[0];
        for (int i = 1; i < row.length; i++) {
            int substitute = above[i - 1] + (s.charAt(i - 1) == c ? 0 : 1);
            row[i] = Math.min(substitute, Math.min(above[i] + 1, row[i - 1] + 1));
            least = Math.min(least, row[i]);
        }
        if (least > maxEdits) {
            return;
        }
        prefix.append(c);
        if (word[node] && row[row.length - 1] <= maxEdits) {
            out.add(prefix.toString());
        }
        for (int k = firstChild[node]; k >= 0; k = nextSibling[k]) {
            walk(k, s, rows, maxEdits, prefix, out);
        }
        prefix.setLength(depth);
    }
}
