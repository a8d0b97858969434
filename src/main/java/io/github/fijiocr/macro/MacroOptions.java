package io.github.fijiocr.macro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses option strings of two shapes:
 * <ul>
 * <li>ImageJ's macro form ({@link #parse}): {@code key=value key2=[value with spaces] flag}; a bare
 * key is a checked checkbox ({@code true}), as in recorded macros;</li>
 * <li>also Fiji's command-line form ({@link #parseCommandLine}), as in
 * {@code ImageJ --headless --run "Read Text" "input='/data/a b',threshold=0.5"}: a value may be
 * quoted with {@code '...'} or {@code "..."}, and a comma may separate keys. The two forms mix.</li>
 * </ul>
 * A comma ends an unquoted value only where a {@code key=} follows it, so {@code allowed=,.} and
 * {@code threshold=0,9} keep their commas (the second is then refused as not a number).
 */
public final class MacroOptions {
    private static final Pattern NEXT_KEY = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=.*", Pattern.DOTALL);

    private MacroOptions() {
    }

    /** ImageJ's macro form, as ImageJ reads it. */
    public static Map<String, String> parse(String options) {
        return parse(options, false);
    }

    /** ImageJ's macro form and Fiji's {@code key='value',key2=value2} form. */
    public static Map<String, String> parseCommandLine(String options) {
        return parse(options, true);
    }

    private static Map<String, String> parse(String options, boolean fiji) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = options.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(options.charAt(i)) || fiji && options.charAt(i) == ',')) {
                i++;
            }
            int keyStart = i;
            while (i < n && options.charAt(i) != '=' && !Character.isWhitespace(options.charAt(i))
                && !(fiji && options.charAt(i) == ',')) {
                i++;
            }
            String key = options.substring(keyStart, i);
            if (key.isEmpty()) {
                if (fiji && i < n) {
                    throw new IllegalArgumentException("a value without a key at \"" + options.substring(i) + "\"");
                }
                break;
            }
            if (i < n && options.charAt(i) == '=') {
                i++;
                char open = i < n ? options.charAt(i) : 0;
                String value;
                if (open == '[' || fiji && (open == '\'' || open == '"')) {
                    char close = open == '[' ? ']' : open;
                    int end = options.indexOf(close, i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed " + open + " in the value of " + key);
                    }
                    value = options.substring(i + 1, end);
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(options.charAt(i))
                        && !(fiji && options.charAt(i) == ',' && NEXT_KEY.matcher(options.substring(i + 1)).matches())) {
                        i++;
                    }
                    value = options.substring(start, i);
                }
                out.put(key, value);
            } else {
                out.put(key, "true");
            }
        }
        return out;
    }
}
