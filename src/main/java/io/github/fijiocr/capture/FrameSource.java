package io.github.fijiocr.capture;

import ij.process.ImageProcessor;

/** A live source of frames: a camera, or a stack or folder played as one. */
public interface FrameSource extends AutoCloseable {
    /** The camera's name, or the path being played. */
    String name();

    /**
     * The next frame, or null when a played recording has ended.
     *
     * @throws CaptureException when the camera stops delivering (unplugged, taken by another program)
     */
    ImageProcessor next();

    @Override
    void close();
}
