package io.github.fijiocr.recognize.ctc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Beam search, then each word of the reading weighed against the lexicon's words within one or
 * two edits of it: a word's score is its probability under the lattice (every alignment of the
 * whole line with that word in place, {@link CtcForward}; {@link CtcSplice} for the candidates)
 * times a prior that favours lexicon words by {@code exp(prior)}. The lattice still decides: a
 * clearly read code or name stays as read, and a lexicon word wins only where the network is
 * unsure between it and what it read, which is what a dictionary does for Tesseract. A word's characters are as confident as the word's share
 * of the scores weighed (at least as confident as the network alone made them).
 *
 * <p>A "word" is a run of non-space characters, leading and trailing marks set apart, of at least
 * three characters and at least half letters; codes and short tokens are left alone.
 *
 * <p>A word read with a zero, a one, an l or an I ({@code J0IN}) is weighed as if the lexicon's
 * form with the character drawn alike ({@code JOIN}) were as well read as the reading: the
 * network cannot see which of the two the face meant.
 *
 * <p>Numbers are words too, as in Tesseract's number patterns: a token of digits and separators
 * ({@code .:,}) with some of its digits read as their look-alike letters ({@code O} or {@code o}
 * for 0, {@code I} or {@code l} for 1: {@code O1:25:47}, {@code 1o0 µm}) is weighed against the
 * same token in digits, with the same prior. It must be followed by a unit ({@link #UNITS}), or be
 * three characters or more with a digit and at least as many digits as look-alikes, so that names,
 * codes of letters and pairs of round cells stay as read; and, as for words, a reading surer than
 * the prior can overturn stays as read.
 */
public final class LexiconDecoder {
    /**
     * ln of how much likelier a lexicon word is than a non-word equally well read: chosen on generated
     * word crops only ({@code bench.LexiconTuning}), the largest prior that cost no non-word there.
     */
    public static final double DEFAULT_PRIOR = 3.0;
    private static final int SHORTEST = 3;
    /** Letters read for digits, and the digit each stands for (same index). */
    private static final String LOOK_ALIKES = "OoIl";
    private static final String FOR_DIGITS = "0011";
    /** Characters that many faces draw as another's glyph ({@link #SAME_GLYPHS}). */
    private static final String AMBIGUOUS = "01lI";
    /** Pairs drawn alike: a zero and an O, a one, an l and an I. */
    private static final List<String> SAME_GLYPHS = List.of("0O", "0o", "1l", "1I", "lI");

    /** Units a number stands before in labels, timestamps and scale bars. */
    private static final List<String> UNITS = List.of("µm", "um", "nm", "mm", "cm", "m", "km", "s", "sec", "ms",
        "min", "h", "px", "%");

    private final BeamDecoder beam;
    private final Lexicon lexicon;
    private final double prior;
    private final List<String> alphabet;
    /** Each class's index by its text (the first, as {@code alphabet.indexOf}): looked up per character of every candidate. */
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean[] allowed;
    /** ln of the probability above which a line outweighs every other by more than the prior (and a hair). */
    private final double sure;

    public LexiconDecoder(BeamDecoder beam, Lexicon lexicon, double prior, List<String> alphabet, String allowed) {
        this.beam = beam;
        this.lexicon = lexicon;
        this.prior = prior;
        this.alphabet = List.copyOf(alphabet);
        this.allowed = Allowed.mask(this.alphabet, allowed);
        this.sure = Math.log(Math.exp(prior) / (1 + Math.exp(prior)) + 1e-6);
        for (int i = 0; i < this.alphabet.size(); i++) {
            index.putIfAbsent(this.alphabet.get(i), i);
        }
    }

    public Decoded decode(Lattice lattice) {
        Decoded read = beam.decode(lattice);
        if (read.text == null || read.text.isEmpty()) {
            return read;
        }
        String text = read.text;
        List<int[]> tokens = tokens(text);
        // Per character of the final text: a confidence the lexicon gave it (0: none).
        Map<int[], Double> shares = new LinkedHashMap<>();
        // Right to left, so a replacement never moves a word still to come.
        for (int k = tokens.size() - 1; k >= 0; k--) {
            int[] w = tokens.get(k);
            String before = text.substring(0, w[0]);
            String core = text.substring(w[0], w[1]);
            String after = text.substring(w[1]);
            // Each candidate's ln P(line with it in place); lexicon words get the prior on top.
            Map<String, Double> logProbs = new LinkedHashMap<>();
            double asRead = score(lattice, before + core + after);
            String number = w[2] == 1 ? asNumber(core) : null;
            boolean ambiguous = w[2] == 0 && !isWord(core, number)
                && core.chars().anyMatch(c -> AMBIGUOUS.indexOf(c) >= 0);
            if (asRead >= sure && !isWord(core, number) && !ambiguous) {
                // The other lines share at most 1 - P(this one): too little for any of them, prior
                // and all, to outweigh it. A code read this surely stays as read, unweighed (but
                // for a character drawn alike with another, which the lattice cannot judge).
                continue;
            }
            logProbs.put(core, asRead);
            CtcSplice splice = null; // made for the first candidate: the line around the word is scored once
            for (String form : candidates(core, number)) {
                if (!logProbs.containsKey(form) && spellable(form)) {
                    if (splice == null) {
                        splice = new CtcSplice(lattice, symbols(before), symbols(core), symbols(after));
                    }
                    logProbs.put(form, splice.logProb(symbols(form)));
                }
            }
            if (ambiguous) {
                sameGlyphsAsRead(logProbs, core, asRead);
            }
            String best = core;
            double bestScore = Double.NEGATIVE_INFINITY;
            double wordMass = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Double> e : logProbs.entrySet()) {
                boolean isWord = isWord(e.getKey(), number);
                double s = e.getValue() + (isWord ? prior : 0);
                if (isWord) {
                    wordMass = LogMath.add(wordMass, e.getValue());
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = e.getKey();
                }
            }
            if (isWord(best, number)) {
                // The posterior under the prior: the lines' probabilities sum to 1, the rest are non-words.
                double otherMass = Math.max(0, 1 - Math.exp(wordMass));
                double share = Math.exp(bestScore) / (Math.exp(wordMass + prior) + otherMass);
                int shift = best.length() - core.length();
                for (int[] later : shares.keySet()) {
                    later[0] += shift;
                    later[1] += shift;
                }
                shares.put(new int[] {w[0], w[0] + best.length()}, share);
            }
            text = before + best + after;
        }
        if (text.equals(read.text) && shares.isEmpty()) {
            return read;
        }
        Decoded out = new ConstrainedSearch(Automaton.literal(alphabet, symbols(text))).best(lattice)
            .decoded(lattice, 0);
        return withShares(out, text, shares);
    }

    /** What a token is weighed against: a number-like one, its digits; a word, the lexicon's words near it. */
    private List<String> candidates(String core, String number) {
        if (number != null) {
            return List.of(number);
        }
        List<String> out = new ArrayList<>();
        for (String near : lexicon.near(core, core.length() <= 4 ? 1 : 2)) {
            out.addAll(forms(near, core));
        }
        return out;
    }

    /** Whether {@code form} gets the prior: a lexicon word, or, for a number-like token, its digits. */
    private boolean isWord(String form, String number) {
        return number != null ? form.equals(number) : lexicon.contains(form);
    }

    /**
     * The tokens worth checking, as [start, end, kind) of their cores: kind 1 a number-like token,
     * 0 a {@link #wordLike word}; a token that is both is weighed as a number.
     */
    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        for (int[] t : cores(text)) {
            String core = text.substring(t[0], t[1]);
            if (numberLike(core, nextToken(text, t[1]))) {
                out.add(new int[] {t[0], t[1], 1});
            } else if (wordLike(core)) {
                out.add(new int[] {t[0], t[1], 0});
            }
        }
        return out;
    }

    /**
     * A token's digits with its look-alike letters read as digits, when it is number-like; else
     * null. Number-like: only digits, look-alikes and separators, a look-alike among them.
     */
    static String asNumber(String core) {
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (char c : core.toCharArray()) {
            int k = LOOK_ALIKES.indexOf(c);
            if (k >= 0) {
                out.append(FOR_DIGITS.charAt(k));
                changed = true;
            } else if (Character.isDigit(c) || ".:,".indexOf(c) >= 0) {
                out.append(c);
            } else {
                return null;
            }
        }
        return changed ? out.toString() : null;
    }

    /**
     * Whether a token reads as a number misread: a unit after it ({@code l µm}), or, as long as a
     * word ({@code SHORTEST}), at least one digit and as many digits as look-alikes. Two round
     * marks alone ({@code 0O}) are too often two round cells or specks to be made digits.
     */
    static boolean numberLike(String core, String next) {
        if (asNumber(core) == null) {
            return false;
        }
        long digits = core.chars().filter(Character::isDigit).count();
        long lookAlikes = core.chars().filter(c -> LOOK_ALIKES.indexOf(c) >= 0).count();
        return UNITS.contains(next) || core.length() >= SHORTEST && digits >= 1 && digits >= lookAlikes;
    }

    /** The token after the spaces at {@code from}, without the marks after it ({@code µm.}, {@code µm)}). */
    private static String nextToken(String text, int from) {
        if (from >= text.length()) {
            return "";
        }
        int a = from;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        if (a == from && a < text.length()) {
            return ""; // the core ended at a mark inside the token, not at a space
        }
        int b = text.indexOf(' ', a);
        b = b < 0 ? text.length() : b;
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != '%') {
            b--;
        }
        return text.substring(a, b);
    }

    /** Whether a token's core is worth checking as a word: three characters or more, half of them letters. */
    private static boolean wordLike(String core) {
        long letters = core.chars().filter(Character::isLetter).count();
        return core.length() >= SHORTEST && 2 * letters >= core.length();
    }

    /** Each space-separated token's core, leading and trailing marks set apart, as [start, end). */
    private static List<int[]> cores(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            int a = i;
            int b = end;
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new int[] {a, b});
            }
            i = end;
        }
        return out;
    }

    /**
     * A word read with a character many faces draw alike with another ({@code J0IN}, {@code ST0P}):
     * the network cannot see which the face meant, and it reads its favourite surely. Of the
     * lexicon's forms that differ from the reading only by such pairs, the one the lattice likes
     * best is scored as the reading itself, so the prior decides between them. Only one form, so
     * that {@code 0ffice} does not spread the reading's weight over {@code office} and
     * {@code Office} and leave neither sure.
     */
    private static void sameGlyphsAsRead(Map<String, Double> logProbs, String core, double asRead) {
        String likeliest = null;
        for (Map.Entry<String, Double> e : logProbs.entrySet()) {
            if (!e.getKey().equals(core) && sameGlyphs(e.getKey(), core)
                && (likeliest == null || e.getValue() > logProbs.get(likeliest))) {
                likeliest = e.getKey();
            }
        }
        if (likeliest != null) {
            logProbs.put(likeliest, Math.max(logProbs.get(likeliest), asRead));
        }
    }

    /** Whether two texts differ only by characters drawn alike ({@link #SAME_GLYPHS}). */
    static boolean sameGlyphs(String form, String core) {
        if (form.length() != core.length()) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char a = form.charAt(i);
            char b = core.charAt(i);
            if (a != b && SAME_GLYPHS.stream().noneMatch(g -> g.indexOf(a) >= 0 && g.indexOf(b) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** A lexicon word (lower case) in the case the reading suggests, and the other usual cases. */
    static List<String> forms(String word, String read) {
        String upper = word.toUpperCase(Locale.ROOT);
        String capital = upper.substring(0, 1) + word.substring(1);
        List<String> out = new ArrayList<>();
        boolean hasLower = read.chars().anyMatch(Character::isLowerCase);
        boolean firstUpper = Character.isUpperCase(read.charAt(0));
        out.add(!hasLower ? upper : firstUpper ? capital : word);
        for (String f : List.of(word, capital, upper)) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean spellable(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Integer s = index.get(Character.toString(text.codePointAt(i)));
            if (s == null || !allowed[s]) {
                return false;
            }
        }
        return true;
    }

    private double score(Lattice lattice, String text) {
        return CtcForward.logProb(lattice, symbols(text));
    }

    private int[] symbols(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        for (int i = 0, k = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            out[k++] = index.getOrDefault(Character.toString(text.codePointAt(i)), -1);
        }
        return out;
    }

    /** The decoded text with each lexicon word's characters at least as confident as the word's share. */
    private static Decoded withShares(Decoded d, String text, Map<int[], Double> shares) {
        // Span i is character i of the text (one code point each in this alphabet's texts).
        List<Span> spans = new ArrayList<>(d.characters);
        int[] offsets = text.codePoints().toArray();
        for (Map.Entry<int[], Double> e : shares.entrySet()) {
            int from = text.codePointCount(0, e.getKey()[0]);
            int to = text.codePointCount(0, e.getKey()[1]);
            for (int i = from; i < to && i < spans.size() && i < offsets.length; i++) {
                Span s = spans.get(i);
                if (e.getValue() > s.confidence) {
                    spans.set(i, new Span(s.character, e.getValue(), s.firstColumn, s.lastColumn));
                }
            }
        }
        return new Decoded(d.text, spans, d.logProb, d.rejected);
    }
}
