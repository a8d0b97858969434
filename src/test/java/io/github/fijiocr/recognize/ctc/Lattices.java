package io.github.fijiocr.recognize.ctc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test lattices: random ones, and hand-built ones written column by column. */
final class Lattices {
    /** Written as the blank in {@link #of}. */
    static final String BLANK = "_";
    /** Written as the space character in {@link #of}. */
    static final String SPACE = "SPACE";

    private Lattices() {
    }

    static List<String> alphabet(String chars) {
        List<String> out = new ArrayList<>();
        chars.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    /** Random softmax columns over {@code classes} classes (alphabet a, b, c...), the blank at a random index. */
    static Lattice random(Random random, int columns, int classes) {
        float[][] probs = new float[columns][classes];
        for (float[] col : probs) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                col[c] = (float) Math.exp(2 * random.nextGaussian());
                sum += col[c];
            }
            for (int c = 0; c < classes; c++) {
                col[c] /= sum;
            }
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < classes - 1; i++) {
            letters.append((char) ('a' + i));
        }
        return Lattice.ofProbabilities(probs, random.nextInt(classes), alphabet(letters.toString()));
    }

    /**
     * A lattice over {@code chars} (the blank last), one column per spec such as {@code "1=.6 O=.3 _=.1"}:
     * the classes named get those probabilities, the rest share 1% (so no path is impossible).
     */
    static Lattice of(String chars, String... columns) {
        List<String> alphabet = alphabet(chars);
        int classes = alphabet.size() + 1;
        float[][] probs = new float[columns.length][classes];
        for (int t = 0; t < columns.length; t++) {
            Map<Integer, Double> named = new HashMap<>();
            for (String item : columns[t].trim().split("\\s+")) {
                int eq = item.lastIndexOf('=');
                String name = item.substring(0, eq);
                name = name.equals(SPACE) ? " " : name;
                int c = name.equals(BLANK) ? classes - 1 : alphabet.indexOf(name);
                if (c < 0) {
                    throw new IllegalArgumentException(name + " is not in " + chars);
                }
                named.put(c, Double.parseDouble(item.substring(eq + 1)));
            }
            double mass = named.values().stream().mapToDouble(Double::doubleValue).sum();
            double rest = 0.01 / (classes - named.size());
            for (int c = 0; c < classes; c++) {
                probs[t][c] = (float) (named.containsKey(c) ? named.get(c) / mass * 0.99 : rest);
            }
        }
        return Lattice.ofProbabilities(probs, classes - 1, alphabet);
    }

    /** A column sure of one character ({@code "_"} for the blank). */
    static String sure(String character) {
        return character + "=1";
    }
}
