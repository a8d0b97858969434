package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

public class PatternCompilerTest {
    private static final List<String> ALPHABET = Lattices.alphabet("ab01:.-/ _xO\\[]");

    /** Every string up to {@code length} over {@code chars}, and random longer ones over the whole alphabet. */
    private static void assertSameAsJava(String regex, String chars, int length) {
        Automaton a = PatternCompiler.compile(regex, ALPHABET);
        Pattern java = Pattern.compile(regex);
        checkAll(a, java, regex, chars, "", length);
        Random random = new Random(regex.hashCode());
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                sb.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
            }
            assertEquals(regex + " on \"" + sb + "\"", java.matcher(sb).matches(), a.matches(sb.toString()));
        }
    }

    private static void checkAll(Automaton a, Pattern java, String regex, String chars, String prefix, int left) {
        assertEquals(regex + " on \"" + prefix + "\"", java.matcher(prefix).matches(), a.matches(prefix));
        if (left > 0) {
            for (char c : chars.toCharArray()) {
                checkAll(a, java, regex, chars, prefix + c, left - 1);
            }
        }
    }

    @Test
    public void theSubsetMatchesWhatJavaMatches() {
        String[] patterns = {"ab", "a|b", "a*", "(ab)+", "a?b{2}", "a{1,3}b{2,}", "(a|b)*a(a|b)", "[ab]+0", "[^a]*",
            "[a-b0-1]{2}", "\\d+", "\\D\\d", "\\w\\W", "\\s?x", "\\S+", ".", ".*:.", "a\\.b", "\\:\\-\\/", "[\\d.]+",
            "[-a]", "[a-]", "[\\d-b]", "[--a]", "(?:ab|ba)?0", "^a+$", "a||b", "()a", "[\\]\\[]", "\\\\",
            "a\\u0062", "((a|b)(0|1)){1,2}", "(a*)*", "(a?){3}b", "x{0}", "[.]", "O|0", "]"};
        for (String p : patterns) {
            assertSameAsJava(p, "ab0.", 5);
        }
    }

    @Test
    public void unsupportedSyntaxIsRefusedInOneLineNamingPattern() {
        String[] unsupported = {"\\bab", "(?=a)b", "(?i)a", "a*?", "a++", "a{2}?", "(a)\\1", "\\p{L}", "[a[b]]",
            "[a&&b]", "a^b", "a$b", "\\x41", "\\Qa\\E", "\\z"};
        for (String p : unsupported) {
            assertRefused(p, "not supported");
        }
        String[] malformed = {"(a", "a)", "*a", "a|+", "[ab", "[]", "a{2,1}", "a{x}", "a{", "a{101}", "\\", "[b-a]",
            "[a-\\d]", "\\u12"};
        for (String p : malformed) {
            assertRefused(p, "");
        }
    }

    private static void assertRefused(String pattern, String words) {
        try {
            PatternCompiler.compile(pattern, ALPHABET);
            fail(pattern + " compiled");
        } catch (OcrException e) {
            String m = e.getMessage();
            assertTrue(m, m.startsWith("pattern=" + pattern + ": ") && m.contains(words));
            assertFalse(m, m.contains("\n"));
        }
        try {
            Pattern.compile(pattern);
            if (words.isEmpty() && !pattern.equals("a{101}")) {
                fail(pattern + " is refused here but valid in Java");
            }
        } catch (java.util.regex.PatternSyntaxException expected) {
            // Malformed for Java too.
        }
    }

    @Test
    public void aPatternNoTextOfTheAlphabetMatchesIsRefused() {
        try {
            PatternCompiler.compile("[yz]+", ALPHABET);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("pattern=[yz]+: no text"));
        }
    }

    @Test
    public void anEmptyPatternOrAnExplodingOneIsRefused() {
        try {
            PatternCompiler.compile("", ALPHABET);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("pattern= is empty"));
        }
        try {
            // (a|b)*a(a|b){n} needs 2^n deterministic states.
            PatternCompiler.compile("(a|b)*a(a|b){20}", ALPHABET);
            fail();
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("fewer or smaller"));
        }
    }

    @Test
    public void theAutomatonIsSmallAndTrimmed() {
        Automaton a = PatternCompiler.compile("time", Lattices.alphabet("0123456789:.O"));
        assertTrue("" + a.states(), a.states() < 30);
        // No transition on a character the pattern never uses.
        for (int q = 0; q < a.states(); q++) {
            assertEquals(-1, a.next(q, 12));
        }
    }
}
