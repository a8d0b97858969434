package io.github.fijiocr.synth;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fonts found on disk (TrueType, OpenType, Type 1), sorted by file name so that generation is
 * reproducible. Symbol, dingbat, script and keyboard-cap fonts are left out: their letters do not
 * look like the letters they encode. Seven- and fourteen-segment fonts (DSEG) are kept apart.
 */
public final class FontCatalog {
    private static final List<String> EXCLUDED = List.of("symbol", "dingbat", "d050000l", "z003", "chancery",
        "chorus", "script", "keyboard", "weather", "math", "initials", "inverted", "outline");

    private final List<Font> text;
    private final List<Font> segment;

    private FontCatalog(List<Font> text, List<Font> segment) {
        this.text = text;
        this.segment = segment;
    }

    public static FontCatalog scan(Path... dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    files.addAll(s.filter(FontCatalog::isFontFile).collect(Collectors.toList()));
                }
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Font> text = new ArrayList<>();
        List<Font> segment = new ArrayList<>();
        for (Path f : files) {
            Font font = load(f);
            if (font == null) {
                continue;
            }
            String name = (font.getFontName() + " " + f.getFileName()).toLowerCase(Locale.ROOT);
            if (EXCLUDED.stream().anyMatch(name::contains)) {
                continue;
            }
            if (name.contains("dseg")) {
                segment.add(font);
            } else if (font.canDisplayUpTo("0123456789") < 0) {
                text.add(font);
            }
        }
        return new FontCatalog(text, segment);
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".pfb");
    }

    private static Font load(Path f) {
        try {
            int type = f.toString().toLowerCase(Locale.ROOT).endsWith(".pfb") ? Font.TYPE1_FONT : Font.TRUETYPE_FONT;
            return Font.createFont(type, f.toFile());
        } catch (Exception | Error e) {
            return null;
        }
    }

    /** Fonts for ordinary printed characters. */
    public List<Font> text() {
        return text;
    }

    /** Segment-display fonts; use them for digits and ": . -" only. */
    public List<Font> segment() {
        return segment;
    }

    /** Fonts that can draw {@code c}: text fonts, plus segment fonts for digits and ":.-". */
    public List<Font> fontsFor(String c) {
        List<Font> out = new ArrayList<>();
        for (Font f : text) {
            if (f.canDisplayUpTo(c) < 0) {
                out.add(f);
            }
        }
        if (c.matches("[0-9:.\\-]")) {
            for (Font f : segment) {
                if (f.canDisplayUpTo(c) < 0) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** A font by its full name (case and spaces ignored), for test images. */
    public Font find(String name) {
        String want = squash(name);
        return Stream.concat(text.stream(), segment.stream())
            .filter(f -> squash(f.getFontName()).equals(want))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("font '" + name + "' is not installed"));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }
}
