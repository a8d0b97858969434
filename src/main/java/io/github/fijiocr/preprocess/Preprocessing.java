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

    /** How grey levels are normalised before scaling to [0,1]. */
    public enum Contrast {
        /**
         * OpenCV's equalizeHist, as the seed tutorial. Ink is a minority of a cell's pixels, so all
         * its levels go near black: faint, thin or dotted strokes come out as solid as bold ones.
         */
        EQUALIZE,
        /**
         * Robust stretch: the 1st and 99th percentiles go to black and white. Faint strokes stay
         * grey; the standard until 2026-11-24 (models store their preprocessing and keep it).
         */
        STRETCH
    }

    private final int size;
    private final Resize resize;
    private final Crop crop;
    private final Contrast contrast;

    public Preprocessing(int size, Resize resize, Crop crop, Contrast contrast) {
        if (size < 8 || size > 256) {
            throw new IllegalArgumentException("input size must be 8..256, not " + size);
        }
        this.size = size;
        this.resize = Objects.requireNonNull(resize);
        this.crop = Objects.requireNonNull(crop);
        this.contrast = Objects.requireNonNull(contrast);
    }

    /** The seed tutorial: whole image, stretched to 32x32, equalised. */
    public static Preprocessing seed() {
        return new Preprocessing(32, Resize.STRETCH, Crop.NONE, Contrast.EQUALIZE);
    }

    /**
     * The project default: ink box, aspect kept, 32x32, equalised. Chosen by measurement: on
     * chars74k digits equalising instead of stretching took the default network from 5 test
     * errors to 3, the faint dotted and hairline fonts (BENCHMARKS.md, issue 5).
     */
    public static Preprocessing standard() {
        return new Preprocessing(32, Resize.FIT, Crop.INK, Contrast.EQUALIZE);
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

    public Contrast contrast() {
        return contrast;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Preprocessing)) {
            return false;
        }
        Preprocessing p = (Preprocessing) o;
        return size == p.size && resize == p.resize && crop == p.crop && contrast == p.contrast;
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, resize, crop, contrast);
    }

    @Override
    public String toString() {
        return size + "x" + size + " " + resize.name().toLowerCase() + ", crop " + crop.name().toLowerCase()
            + ", contrast " + contrast.name().toLowerCase();
    }
}
