package io.github.fijiocr.capture;

import io.github.fijiocr.recognize.CharacterReading;
import java.util.List;

/** What was read in one frame: its text (lines joined by " | "), confidence and the characters' boxes. */
public final class FrameReading {
    public final int frame;
    /** Seconds since the run started. */
    public final double seconds;
    public final String text;
    /** The lowest character probability of the frame (0 when nothing was read). */
    public final double confidence;
    public final List<CharacterReading> characters;
    /** The majority vote over the last frames (this frame's text when there is no vote). */
    public final String voted;

    public FrameReading(int frame, double seconds, String text, double confidence, List<CharacterReading> characters,
        String voted) {
        this.frame = frame;
        this.seconds = seconds;
        this.text = text;
        this.confidence = confidence;
        this.characters = List.copyOf(characters);
        this.voted = voted;
    }
}
