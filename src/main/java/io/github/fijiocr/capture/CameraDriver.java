package io.github.fijiocr.capture;

import java.awt.Dimension;
import java.util.List;

/** Finds and opens real cameras; the live loop's tests give it a driver of their own. */
public interface CameraDriver {
    /** The names of the cameras present. */
    List<String> names();

    /** Opens a camera by name (null: the first one) at about {@code size}. */
    FrameSource open(String name, Dimension size);
}
