package io.github.fijiocr.recognize.ctc;

import io.github.fijiocr.common.OcrException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Parses the subset of Java's regular expressions a line pattern needs: literals, escaped
 * punctuation ({@code \. \: \-}), {@code \t \n \r \f \\uXXXX}, {@code .}, {@code \d \w \s} and their
 * negations {@code \D \W \S} (ASCII, as in Java), classes {@code [...]} with ranges and {@code ^}
 * negation, groups {@code ( )} and {@code (?: )}, alternation {@code |}, the quantifiers
 * {@code ? * + {n} {n,} {n,m}} (n, m up to {@link #MAX_REPEAT}), and {@code ^} first and
 * {@code $} last, which say nothing here since the whole line must match anyway. Anything else
 * (back-references, lookaround, word boundaries, lazy or possessive quantifiers, flags, Unicode
 * properties, nested classes) is refused with one line that names it.
 */
final class RegexParser {
    static final int MAX_REPEAT = 100;
    static final String SUPPORTED = "literals, \\. and other escaped punctuation, . \\d \\w \\s \\D \\W \\S, [...] with"
        + " ranges and ^, ( ), (?: ), |, ? * + {n} {n,} {n,m}";

    private static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';
    private static final IntPredicate WORD = DIGIT.or(c -> c >= 'a' && c <= 'z').or(c -> c >= 'A' && c <= 'Z')
        .or(c -> c == '_');
    private static final IntPredicate SPACE = c -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f'
        || c == '\r';

    private final String pattern;
    private final int[] cps;
    private int pos;
    /** The character last read by {@link #classChar} or {@link #escape}, or -1 for a class such as \d. */
    private int single;

    private RegexParser(String pattern) {
        this.pattern = pattern;
        this.cps = pattern.codePoints().toArray();
    }

    static Regex parse(String pattern) {
        RegexParser p = new RegexParser(pattern);
        if (p.peek('^')) {
            p.pos++;
        }
        Regex r = p.alternation();
        if (p.pos < p.cps.length) {
            throw p.error("the ')' at character " + (p.pos + 1) + " closes no group; remove it or escape it as \\)");
        }
        return r;
    }

    private Regex alternation() {
        List<Regex> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Regex.Choice(options);
    }

    private Regex sequence() {
        List<Regex> parts = new ArrayList<>();
        while (pos < cps.length && cps[pos] != '|' && cps[pos] != ')') {
            if (cps[pos] == '$' && pos == cps.length - 1) {
                pos++;
                break;
            }
            parts.add(quantified(atom()));
        }
        return parts.size() == 1 ? parts.get(0) : new Regex.Sequence(parts);
    }

    private Regex atom() {
        int at = pos;
        int c = cps[pos++];
        switch (c) {
            case '(':
                if (peek('?')) {
                    if (pos + 1 < cps.length && cps[pos + 1] == ':') {
                        pos += 2;
                    } else {
                        throw unsupported("(?", at, "lookaround, flags and named groups");
                    }
                }
                Regex inner = alternation();
                if (!peek(')')) {
                    throw error("the '(' at character " + (at + 1) + " is never closed; add a ')'");
                }
                pos++;
                return inner;
            case '[':
                return new Regex.Chars(charClass(at));
            case '.':
                return new Regex.Chars(x -> true);
            case '\\':
                return new Regex.Chars(escape(false));
            case '*': case '+': case '?': case '{':
                throw error("the '" + (char) c + "' at character " + (at + 1) + " repeats nothing; escape it as \\"
                    + (char) c + " to match it");
            case '^': case '$':
                throw unsupported(String.valueOf((char) c), at, "an anchor other than ^ first or $ last");
            default:
                return new Regex.Chars(x -> x == c);
        }
    }

    private Regex quantified(Regex atom) {
        if (pos >= cps.length) {
            return atom;
        }
        int at = pos;
        int min;
        int max;
        switch (cps[pos]) {
            case '?': min = 0; max = 1; pos++; break;
            case '*': min = 0; max = -1; pos++; break;
            case '+': min = 1; max = -1; pos++; break;
            case '{':
                pos++;
                min = number(at);
                max = min;
                if (peek(',')) {
                    pos++;
                    max = peek('}') ? -1 : number(at);
                }
                if (!peek('}')) {
                    throw error("the '{' at character " + (at + 1) + " is not a repeat {n}, {n,} or {n,m}; escape it as"
                        + " \\{ to match it");
                }
                pos++;
                if (max >= 0 && max < min) {
                    throw error("the repeat at character " + (at + 1) + " has its larger count first; write {"
                        + max + "," + min + "}");
                }
                break;
            default:
                return atom;
        }
        if (pos < cps.length && (cps[pos] == '?' || cps[pos] == '+')) {
            throw unsupported(new String(cps, at, pos + 1 - at), at, "a lazy or possessive quantifier");
        }
        return new Regex.Repeat(atom, min, max);
    }

    private int number(int at) {
        int start = pos;
        while (pos < cps.length && DIGIT.test(cps[pos])) {
            pos++;
        }
        if (pos == start) {
            throw error("the '{' at character " + (at + 1) + " is not a repeat {n}, {n,} or {n,m}; escape it as \\{"
                + " to match it");
        }
        String digits = new String(cps, start, pos - start);
        if (digits.length() > 3 || Integer.parseInt(digits) > MAX_REPEAT) {
            throw error("the repeat at character " + (at + 1) + " counts past " + MAX_REPEAT + "; use + or * instead");
        }
        return Integer.parseInt(digits);
    }

    /** The set after an opening '[' at {@code at}, up to and including its ']'. */
    private IntPredicate charClass(int at) {
        boolean negate = peek('^');
        if (negate) {
            pos++;
        }
        IntPredicate set = x -> false;
        boolean empty = true;
        while (!peek(']')) {
            if (pos >= cps.length) {
                throw error("the '[' at character " + (at + 1) + " is never closed; add a ']'");
            }
            int itemAt = pos;
            if (cps[pos] == '[' || (cps[pos] == '&' && pos + 1 < cps.length && cps[pos + 1] == '&')) {
                throw unsupported(cps[pos] == '[' ? "[" : "&&", itemAt, "a nested class or class intersection");
            }
            IntPredicate item = classChar();
            int lo = single;
            // After a class such as \d a '-' is itself, as in Java.
            if (lo >= 0 && peek('-') && pos + 1 < cps.length && cps[pos + 1] != ']') {
                pos++;
                classChar();
                int hi = single;
                if (hi < 0) {
                    throw error("the range at character " + (itemAt + 1) + " ends in a class such as \\d;"
                        + " ranges go from one character to another");
                }
                if (hi < lo) {
                    throw error("the range at character " + (itemAt + 1) + " runs backwards; write "
                        + new String(Character.toChars(hi)) + "-" + new String(Character.toChars(lo)));
                }
                item = x -> x >= lo && x <= hi;
            }
            set = set.or(item);
            empty = false;
        }
        pos++;
        if (empty) {
            throw error("the class at character " + (at + 1) + " is empty; put characters between [ and ]");
        }
        return negate ? set.negate() : set;
    }

    private IntPredicate classChar() {
        int c = cps[pos++];
        if (c == '\\') {
            return escape(true);
        }
        single = c;
        return x -> x == c;
    }

    /** The escape after a backslash (already read). */
    private IntPredicate escape(boolean inClass) {
        if (pos >= cps.length) {
            throw error("it ends with a lone \\; write \\\\ to match a backslash");
        }
        int at = pos - 1;
        int c = cps[pos++];
        single = -1;
        switch (c) {
            case 'd': return DIGIT;
            case 'D': return DIGIT.negate();
            case 'w': return WORD;
            case 'W': return WORD.negate();
            case 's': return SPACE;
            case 'S': return SPACE.negate();
            case 't': return literal('\t');
            case 'n': return literal('\n');
            case 'r': return literal('\r');
            case 'f': return literal('\f');
            case 'u': return literal(hex(at));
            default:
                if (Character.isLetterOrDigit(c)) {
                    String what = "bB".indexOf(c) >= 0 ? "a word boundary" : Character.isDigit(c) || c == 'k'
                        ? "a back-reference" : "pP".indexOf(c) >= 0 ? "a Unicode property"
                        : "QE".indexOf(c) >= 0 ? "quoting" : "AzZG".indexOf(c) >= 0 ? "an anchor" : "this escape";
                    throw unsupported("\\" + new String(Character.toChars(c)), at, what);
                }
                return literal(c);
        }
    }

    private IntPredicate literal(int c) {
        single = c;
        return x -> x == c;
    }

    private int hex(int at) {
        if (pos + 4 > cps.length) {
            throw error("the \\u at character " + (at + 1) + " needs four hex digits, as in \\u00B0");
        }
        int c = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(cps[pos + i], 16);
            if (digit < 0) {
                throw error("the \\u at character " + (at + 1) + " needs four hex digits, as in \\u00B0");
            }
            c = c * 16 + digit;
        }
        pos += 4;
        return c;
    }

    private boolean peek(int c) {
        return pos < cps.length && cps[pos] == c;
    }

    private OcrException unsupported(String construct, int at, String what) {
        return error(construct + " at character " + (at + 1) + " (" + what + ") is not supported; use " + SUPPORTED);
    }

    private OcrException error(String what) {
        return new OcrException("pattern=" + pattern + ": " + what + ".");
    }
}
