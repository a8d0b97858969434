package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.List;

/** A {@code pattern=} (a regular expression or a {@link Presets} name) as an automaton over a model's alphabet. */
public final class PatternCompiler {
    private PatternCompiler() {
    }

    /**
     * The automaton accepting the texts over {@code alphabet} that the whole pattern matches.
     * Refused with one line: syntax outside {@link RegexParser}'s subset, a pattern too large,
     * or one that no text of the alphabet matches (it could never read anything).
     */
    public static Automaton compile(String pattern, List<String> alphabet) {
        if (pattern == null || pattern.isEmpty()) {
            throw new OcrException("pattern= is empty; give a regular expression or one of the presets "
                + Presets.all().keySet() + ".");
        }
        Regex regex = RegexParser.parse(Presets.resolve(pattern));
        Automaton a;
        try {
            Nfa nfa = new Nfa(List.copyOf(alphabet));
            int start = nfa.state();
            a = nfa.determinize(start, regex.build(nfa, start));
        } catch (IllegalStateException e) {
            throw new OcrException("pattern=" + pattern + ": it needs an automaton of " + e.getMessage()
                + "; use fewer or smaller {n,m} repeats.");
        }
        if (a.isEmpty()) {
            throw new OcrException("pattern=" + pattern + ": no text made of the model's characters " + alphabet
                + " matches it; check the pattern against the characters the model reads.");
        }
        return a;
    }
}
