package io.github.fijiocr.recognize;

/** The reading of one image or slice that is one character. */
public final class ClassifiedImage {
    public final String image;
    public final int slice;
    public final CharacterReading reading;

    public ClassifiedImage(String image, int slice, CharacterReading reading) {
        this.image = image;
        this.slice = slice;
        this.reading = reading;
    }
}
