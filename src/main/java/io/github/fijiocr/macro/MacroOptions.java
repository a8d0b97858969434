package io.github.fijiocr.macro;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses ImageJ macro option strings: {@code key=value key2=[value with spaces] flag}. A bare key
 * is a checked checkbox ({@code true}), as in recorded macros.
 */
public final class MacroOptions {
    private MacroOptions() {
    }

    public static Map<String, String> parse(String options) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = options.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            int keyStart = i;
            while (i < n && options.charAt(i) != '=' && !Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            String key = options.substring(keyStart, i);
            if (key.isEmpty()) {
                break;
            }
            if (i < n && options.charAt(i) == '=') {
                i++;
                String value;
                if (i < n && options.charAt(i) == '[') {
                    int close = options.indexOf(']', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed [ in the value of " + key);
                    }
                    value = options.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(options.charAt(i))) {
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
