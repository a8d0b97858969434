package io.github.fijiocr.synth;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The text fonts split by family into those the line model trains on and those it never sees
 * (about one family in six, fixed by the family's name), so that a test can read lines in fonts
 * the model has not learned. A family is held out whole: its bold face is not a new font.
 */
public final class LineFonts {
    private final List<Font> train;
    private final List<Font> heldOut;

    private LineFonts(List<Font> train, List<Font> heldOut) {
        this.train = train;
        this.heldOut = heldOut;
    }

    public static LineFonts split(FontCatalog catalog) {
        List<Font> train = new ArrayList<>();
        List<Font> heldOut = new ArrayList<>();
        for (Font f : catalog.text()) {
            (heldOut(f) ? heldOut : train).add(f);
        }
        return new LineFonts(train, heldOut);
    }

    static boolean heldOut(Font f) {
        String family = f.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return Math.floorMod(family.hashCode(), 6) == 0;
    }

    public List<Font> train() {
        return train;
    }

    public List<Font> heldOut() {
        return heldOut;
    }

    public String heldOutNames() {
        TreeSet<String> names = new TreeSet<>();
        heldOut.forEach(f -> names.add(f.getFamily(Locale.ROOT)));
        return String.join(", ", names);
    }
}
