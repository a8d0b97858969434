package io.github.fijiocr.recognize.ctc;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A parsed pattern, a tree of the few constructs {@link RegexParser} accepts. Each node writes
 * itself into an {@link Nfa} (Thompson's construction); a repeat writes its child once per copy.
 */
abstract class Regex {
    /** Adds this expression between state {@code from} and a new state, which it returns. */
    abstract int build(Nfa nfa, int from);

    /** One character out of a set (a literal, a class, an escape such as \d, or the dot). */
    static final class Chars extends Regex {
        final IntPredicate set;

        Chars(IntPredicate set) {
            this.set = set;
        }

        @Override
        int build(Nfa nfa, int from) {
            int to = nfa.state();
            nfa.chars(from, set, to);
            return to;
        }
    }

    static final class Sequence extends Regex {
        final List<Regex> parts;

        Sequence(List<Regex> parts) {
            this.parts = parts;
        }

        @Override
        int build(Nfa nfa, int from) {
            int at = from;
            for (Regex r : parts) {
                at = r.build(nfa, at);
            }
            return at;
        }
    }

    static final class Choice extends Regex {
        final List<Regex> options;

        Choice(List<Regex> options) {
            this.options = options;
        }

        @Override
        int build(Nfa nfa, int from) {
            int to = nfa.state();
            for (Regex r : options) {
                nfa.epsilon(r.build(nfa, from), to);
            }
            return to;
        }
    }

    /** {@code min} to {@code max} copies; max -1 for no limit. */
    static final class Repeat extends Regex {
        final Regex body;
        final int min;
        final int max;

        Repeat(Regex body, int min, int max) {
            this.body = body;
            this.min = min;
            this.max = max;
        }

        @Override
        int build(Nfa nfa, int from) {
            int at = from;
            for (int i = 0; i < min; i++) {
                at = body.build(nfa, at);
            }
            if (max < 0) {
                // A loop through a fresh state, so that the loop cannot reach back into the copies before it.
                int loop = nfa.state();
                nfa.epsilon(at, loop);
                nfa.epsilon(body.build(nfa, loop), loop);
                return loop;
            }
            int end = nfa.state();
            nfa.epsilon(at, end);
            for (int i = min; i < max; i++) {
                at = body.build(nfa, at);
                nfa.epsilon(at, end);
            }
            return end;
        }
    }
}
