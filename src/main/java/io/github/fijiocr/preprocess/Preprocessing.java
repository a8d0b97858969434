package io.github.fijiocr.preprocess;

import java.util.Objects;

/**
 * What the network sees, stored inside every model file so that training and recognition can
 * never disagree. Immutable.
 */
public final class Preprocessing {
    /** How a character cell becomes a square input. */
    public enum Resize {
        /** Stretch to the square, as the seed tutorial does. */
        STRETCH,
        /** Keep the aspect ratio, centre, pad with background (a '1' stays thin). */
        FIT
    }

    /** Which part of a whole single-character image is the character. */
    public enum Crop {
        /** The whole image (the seed tutorial). */
        NONE,
        /** The bounding box of the ink, like the cells that text location cuts. */
        INK
    }

    private final int size;
    private final Resize resize;
    private final Crop crop;
    private final boolean equalize;

    public Preprocessing(int size, Resize resize, Crop crop, boolean equalize) {
        if (size < 8 || size > 256) {
            throw new IllegalArgumentException("input size must be 8..256, not " + size);
        }
        this.size = size;
        this.resize = Objects.requireNonNull(resize);
        this.crop = Objects.requireNonNull(crop);
        this.equalize = equalize;
    }

    /** The seed tutorial: whole image, stretched to 32x32, equalised. */
    public static Preprocessing seed() {
        return new Preprocessing(32, Resize.STRETCH, Crop.NONE, true);
    }

    /** The project default: ink box, aspect kept, 32x32, equalised. */
    public static Preprocessing standard() {
        return new Preprocessing(32, Resize.FIT, Crop.INK, true);
    }

    public int size() {
        return size;
    }

    public Resize resize() {
        return resize;
    }

    public Crop crop() {
        return crop;
    }

    public boolean equalize() {
        return equalize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Preprocessing)) {
            return false;
        }
        Preprocessing p = (Preprocessing) o;
        return size == p.size && resize == p.resize && crop == p.crop && equalize == p.equalize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, resize, crop, equalize);
    }

    @Override
    public String toString() {
        return size + "x" + size + " " + resize.name().toLowerCase() + ", crop " + crop.name().toLowerCase()
            + (equalize ? ", equalised" : "");
    }
}
