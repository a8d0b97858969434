package io.github.fijiocr.capture;

import com.github.sarxos.webcam.Webcam;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;

/** A real camera through sarxos webcam-capture. */
final class WebcamCamera implements FrameSource {
    private final Webcam webcam;

    WebcamCamera(Webcam webcam) {
        this.webcam = webcam;
    }

    @Override
    public String name() {
        return webcam.getName();
    }

    @Override
    public ImageProcessor next() {
        BufferedImage image;
        try {
            image = webcam.isOpen() ? webcam.getImage() : null;
        } catch (RuntimeException e) {
            // The library throws from its grabber thread's failure when the device disappears.
            image = null;
        }
        if (image == null) {
            throw new CaptureException("Camera " + name() + " stopped delivering frames (unplugged, or taken by"
                + " another program). The frames read so far are kept; reconnect it and run Live Read Text again.");
        }
        return new ColorProcessor(image);
    }

    @Override
    public void close() {
        webcam.close();
    }
}
