package io.github.fijiocr.capture;

import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the {@code camera} key names: the path of an image stack, file or folder (played by a
 * {@link VirtualCamera}), or a camera's name; empty or "default" is the first camera.
 */
public final class Cameras {
    /** The frame size asked of real cameras (the seed's 640x480). */
    public static final Dimension SIZE = new Dimension(640, 480);

    private final CameraDriver driver;

    public Cameras(CameraDriver driver) {
        this.driver = driver;
    }

    /** {@code fps}: the pace of a played recording (0: as fast as it is read). */
    public FrameSource open(String camera, double fps) {
        String c = camera == null ? "" : camera.trim();
        if (!c.isEmpty() && !c.equalsIgnoreCase("default")) {
            Path path = Path.of(c);
            if (Files.exists(path)) {
                return VirtualCamera.of(path, fps);
            }
            if (c.contains("/") || c.contains("\\")) {
                throw new CaptureException("camera=" + c + " is neither a camera nor an existing file or folder."
                    + " Give a camera's name, or the path of an image stack or folder to play.");
            }
        }
        return driver.open(c.isEmpty() || c.equalsIgnoreCase("default") ? null : c, SIZE);
    }
}
