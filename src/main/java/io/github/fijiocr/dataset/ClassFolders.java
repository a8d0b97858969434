package io.github.fijiocr.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class names as folder names and back. A class that is not safe as a folder name on every
 * system ("/", ":", ".", "?") is spelt with code points, {@code U+002F}; so is a lower-case class
 * whose upper-case twin is also present, because Windows and macOS do not tell "a" from "A".
 */
public final class ClassFolders {
    private static final Pattern SAFE = Pattern.compile("[0-9A-Za-z_-]+");
    private static final Pattern CODE = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})");

    private ClassFolders() {
    }

    /** The class a folder name stands for. */
    public static String label(String folderName) {
        Matcher m = CODE.matcher(folderName);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            sb.append(folderName, last, m.start()).appendCodePoint(Integer.parseInt(m.group(1), 16));
            last = m.end();
            any = true;
        }
        return any ? sb.append(folderName.substring(last)).toString() : folderName;
    }

    /** A folder name for each class, unique even where case is ignored. */
    public static Map<String, String> names(List<String> classes) {
        return names(classes, List.of());
    }

    /**
     * Folder names for classes added beside {@code existing} folders: a class that has a folder
     * keeps it; a new one gets a name no existing folder has, ignoring case.
     */
    public static Map<String, String> names(List<String> classes, java.util.Collection<String> existing) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> upper = new HashSet<>();
        for (String folder : existing) {
            names.put(label(folder), folder);
            upper.add(folder.toUpperCase(Locale.ROOT));
        }
        List<String> sorted = new ArrayList<>(classes);
        sorted.sort((a, b) -> a.equals(a.toUpperCase(Locale.ROOT)) == b.equals(b.toUpperCase(Locale.ROOT))
            ? a.compareTo(b) : a.equals(a.toUpperCase(Locale.ROOT)) ? -1 : 1);
        for (String c : sorted) {
            if (names.containsKey(c)) {
                continue;
            }
            String name = SAFE.matcher(c).matches() && !isReserved(c) ? c : encode(c);
            if (!upper.add(name.toUpperCase(Locale.ROOT))) {
                name = encode(c);
                upper.add(name.toUpperCase(Locale.ROOT));
            }
            names.put(c, name);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String c : classes) {
            ordered.put(c, names.get(c));
        }
        return ordered;
    }

    private static String encode(String label) {
        StringBuilder sb = new StringBuilder();
        label.codePoints().forEach(cp -> sb.append(String.format("U+%04X", cp)));
        return sb.toString();
    }

    private static boolean isReserved(String name) {
        return name.toUpperCase(Locale.ROOT).matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
    }
}
