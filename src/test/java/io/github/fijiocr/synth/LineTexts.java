package io.github.fijiocr.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Texts of the kinds users read, for rendering training and test lines: words in every case,
 * timestamps, dates, lot and serial codes, meter readings, numbers with units, scale-bar labels.
 * Each kind is a template; {@link #heldOut} gives templates the bundled model never trains on,
 * for the "formats never seen" test set.
 */
public final class LineTexts {
    /** The line model's alphabet (the blank comes after it). */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        + " :.,-/()%+#°µ'!&=*@;";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "0123456789" + UPPER;
    private static final String[] UNITS = {"µm", "nm", "mm", "cm", "m", "s", "ms", "min", "h", "V", "mV", "A",
        "mA", "W", "kW", "kWh", "Hz", "kHz", "°C", "°F", "%", "bar", "psi", "kg", "g", "mg", "l", "ml", "µl", "rpm"};
    private static final String[] LABELS = {"LOT", "EXP", "MFG", "BATCH", "SN", "S/N", "REF", "PROD", "DATE",
        "BEST BEFORE", "USE BY", "Lot", "Exp", "Time", "T", "t", "Frame", "Z", "CH", "No.", "ID", "Code", "Total",
        "Price", "Vol", "Temp", "SRLNR", "P/N", "Art.-Nr.", "Ch.-B."};

    private final List<String> words;
    private final List<Function<Random, String>> templates = new ArrayList<>();
    private final List<Function<Random, String>> heldOut = new ArrayList<>();

    private LineTexts(List<String> words) {
        this.words = words;
        templates.add(this::word);
        templates.add(this::word);
        templates.add(this::word);
        templates.add(this::words);
        templates.add(this::word);
        templates.add(LineTexts::time);
        templates.add(LineTexts::date);
        templates.add(LineTexts::code);
        templates.add(LineTexts::labelled);
        templates.add(LineTexts::number);
        templates.add(LineTexts::meter);
        templates.add(LineTexts::random);
        templates.add(this::marked);
        templates.add(this::marked);
        heldOut.add(r -> "Batch " + digits(r, 2) + "/" + digits(r, 3) + "-" + pick(r, UPPER));
        heldOut.add(r -> digits(r, 4) + "." + digits(r, 2) + "." + digits(r, 2) + " " + digits(r, 2) + "h" + digits(r, 2));
        heldOut.add(r -> "#" + digits(r, 5) + " (" + pick(r, UNITS) + ")");
        heldOut.add(r -> capital(word(r).toLowerCase(Locale.ROOT)) + " " + digits(r, 1 + r.nextInt(3)) + "%");
    }

    /** Words from a system word list (Debian's wamerican), else made-up syllables. */
    public static LineTexts load(Path wordList) throws IOException {
        List<String> words = new ArrayList<>();
        if (wordList != null && Files.isRegularFile(wordList)) {
            for (String w : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
                if (w.length() >= 2 && w.length() <= 14 && w.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                    words.add(w);
                }
            }
        }
        return new LineTexts(words);
    }

    /** A text of a training template. */
    public String next(Random r) {
        return templates.get(r.nextInt(templates.size())).apply(r);
    }

    /** A text of a template never used in training. */
    public String heldOut(Random r) {
        return heldOut.get(r.nextInt(heldOut.size())).apply(r);
    }

    private String word(Random r) {
        String w = words.isEmpty() ? syllables(r) : words.get(r.nextInt(words.size()));
        switch (r.nextInt(5)) {
            case 0:
            case 1:
                return w.toUpperCase(Locale.ROOT);
            case 2:
                return w.toLowerCase(Locale.ROOT);
            default:
                return capital(w.toLowerCase(Locale.ROOT));
        }
    }

    private String words(Random r) {
        StringBuilder s = new StringBuilder(word(r));
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append(r.nextInt(6) == 0 ? pick(r, ",.!:") : "").append(' ').append(word(r));
        }
        return s.toString();
    }

    private static String syllables(Random r) {
        String c = "bcdfghklmnprstvwz";
        String v = "aeiou";
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            s.append(pick(r, c)).append(pick(r, v));
        }
        return s.toString();
    }

    private static String time(Random r) {
        String hms = two(r, 24) + ":" + two(r, 60) + (r.nextInt(4) > 0 ? ":" + two(r, 60) : "");
        switch (r.nextInt(6)) {
            case 0:
                return hms + "." + digits(r, 1 + r.nextInt(3));
            case 1:
                return "t = " + (r.nextInt(5000) / 10.0) + " " + pick(r, new String[] {"s", "min", "ms", "h"});
            case 2:
                return date(r) + " " + hms;
            case 3:
                return digits(r, 2) + ":" + two(r, 60) + ":" + two(r, 60) + "." + digits(r, 3);
            default:
                return hms;
        }
    }

    private static String date(Random r) {
        String d = String.format("%02d", 1 + r.nextInt(31));
        String m = String.format("%02d", 1 + r.nextInt(12));
        String y = r.nextBoolean() ? String.valueOf(1990 + r.nextInt(50)) : two(r, 100);
        switch (r.nextInt(6)) {
            case 0:
                return d + "." + m + "." + y;
            case 1:
                return d + "/" + m + "/" + y;
            case 2:
                return (1990 + r.nextInt(50)) + "-" + m + "-" + d;
            case 3:
                return m + "/" + y;
            case 4:
                return d + " " + pick(r, new String[] {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
                    "OCT", "NOV", "DEC", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Oct", "Dec"}) + " " + y;
            default:
                return d + "-" + m + "-" + y;
        }
    }

    static String code(Random r) {
        StringBuilder s = new StringBuilder();
        int groups = 1 + r.nextInt(3);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                s.append(pick(r, "- /."));
            }
            int n = 2 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                s.append(pick(r, r.nextBoolean() ? "0123456789" : ALNUM));
            }
        }
        return s.toString();
    }

    private static String labelled(Random r) {
        String label = pick(r, LABELS) + pick(r, new String[] {":", ": ", " ", ".", " : "});
        switch (r.nextInt(3)) {
            case 0:
                return label + date(r);
            case 1:
                return label + code(r);
            default:
                return label + time(r);
        }
    }

    private static String number(Random r) {
        String n;
        switch (r.nextInt(5)) {
            case 0:
                n = String.valueOf(r.nextInt(100000));
                break;
            case 1:
                n = (r.nextBoolean() ? "-" : r.nextInt(4) == 0 ? "+" : "") + r.nextInt(1000) + "." + digits(r, 1 + r.nextInt(3));
                break;
            case 2:
                n = r.nextInt(1000) + "," + digits(r, 3) + (r.nextBoolean() ? "." + digits(r, 2) : "");
                break;
            case 3:
                n = r.nextInt(100) + "," + digits(r, 1 + r.nextInt(2));
                break;
            default:
                n = String.valueOf(1 + r.nextInt(500));
        }
        int style = r.nextInt(3);
        return style == 0 ? n : n + (style == 1 ? " " : "") + pick(r, UNITS);
    }

    private static String meter(Random r) {
        String n = digits(r, 3 + r.nextInt(5));
        return r.nextBoolean() ? n : n + "." + digits(r, 1 + r.nextInt(2));
    }

    /**
     * Words and numbers wrapped in the rarer marks: brackets, #, %, quotes, !, &, =, *, @, ;.
     * Without it they occur only in random strings, and a model never learns them in context.
     */
    private String marked(Random r) {
        String n = r.nextBoolean() ? String.valueOf(r.nextInt(1000)) : r.nextInt(100) + "." + digits(r, 1);
        String w = word(r);
        switch (r.nextInt(10)) {
            case 0:
                return "(" + (r.nextBoolean() ? w : n) + ")";
            case 1:
                return "#" + (r.nextBoolean() ? digits(r, 1 + r.nextInt(6)) : code(r));
            case 2:
                return n + "%" + (r.nextBoolean() ? "" : " " + w);
            case 3:
                return w + (r.nextBoolean() ? "!" : "'s");
            case 4:
                return w + " & " + word(r);
            case 5:
                return pick(r, new String[] {"n", "x", "N", "T", "p", "Q"}) + " = " + n;
            case 6:
                return n + " * " + r.nextInt(100) + (r.nextBoolean() ? "" : " = " + r.nextInt(10000));
            case 7:
                return w.toLowerCase(Locale.ROOT) + "@" + word(r).toLowerCase(Locale.ROOT);
            case 8:
                return w + "; " + n + " " + pick(r, UNITS);
            default:
                return w + " (" + n + (r.nextBoolean() ? "%" : " " + pick(r, UNITS)) + ")";
        }
    }

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString().trim().isEmpty() ? "0" : s.toString().trim();
    }

    /** Only digits and ": . -": what seven-segment fonts draw. */
    public static String segments(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return two(r, 24) + ":" + two(r, 60) + (r.nextBoolean() ? ":" + two(r, 60) : "");
            case 1:
                return (r.nextInt(5) == 0 ? "-" : "") + r.nextInt(1000) + "." + digits(r, 1 + r.nextInt(2));
            default:
                return meter(r);
        }
    }

    static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static String two(Random r, int below) {
        return String.format("%02d", r.nextInt(below));
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String pick(Random r, String chars) {
        return String.valueOf(chars.charAt(r.nextInt(chars.length())));
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
