package io.github.fijiocr.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import com.github.sarxos.webcam.WebcamLockException;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * Cameras through sarxos webcam-capture. Its Linux grabber (OpenIMAJ, loaded by BridJ) links
 * against libv4l2.so.0; without Debian's {@code libv4l-0} every call fails inside the library,
 * so that failure is turned into the advice to install it.
 */
public final class SarxosDriver implements CameraDriver {
    /** How long to wait for the operating system to list its cameras. */
    private static final long DISCOVERY_MS = 5000;

    static final String NO_DRIVER = "The camera driver could not start: on Linux, webcam-capture needs the"
        + " libv4l2 library. Install it (Debian or Ubuntu: sudo apt install libv4l-0) and restart Fiji, or set"
        + " camera= to an image stack or folder to play it as a camera.";

    @Override
    public List<String> names() {
        try {
            List<String> names = new ArrayList<>();
            for (Webcam w : Webcam.getWebcams(DISCOVERY_MS)) {
                names.add(w.getName());
            }
            return names;
        } catch (Exception | LinkageError e) {
            throw explain(e);
        }
    }

    @Override
    public FrameSource open(String name, Dimension size) {
        Webcam webcam;
        try {
            webcam = name == null ? Webcam.getDefault(DISCOVERY_MS) : find(name);
        } catch (Exception | LinkageError e) {
            throw explain(e);
        }
        if (webcam == null) {
            throw new CaptureException(name == null ? "No camera found. Connect one, or set camera= to an image"
                + " stack or folder to play it as a camera." : "No camera named '" + name + "'. Cameras present: "
                + names() + ".");
        }
        try {
            Dimension best = closest(webcam.getViewSizes(), size);
            if (best != null) {
                webcam.setViewSize(best);
            }
            webcam.open();
        } catch (WebcamLockException e) {
            throw new CaptureException("Camera " + webcam.getName() + " is busy: another program (or another"
                + " Fiji) is using it. Close that program and try again.", e);
        } catch (WebcamException e) {
            throw new CaptureException("Camera " + webcam.getName() + " cannot be opened: " + e.getMessage()
                + ". It may be busy in another program.", e);
        }
        return new WebcamCamera(webcam);
    }

    private Webcam find(String name) throws Exception {
        for (Webcam w : Webcam.getWebcams(DISCOVERY_MS)) {
            if (w.getName().equals(name) || w.getName().startsWith(name)) {
                return w;
            }
        }
        return null;
    }

    private static Dimension closest(Dimension[] sizes, Dimension want) {
        Dimension best = null;
        for (Dimension d : sizes == null ? new Dimension[0] : sizes) {
            long diff = Math.abs((long) d.width * d.height - (long) want.width * want.height);
            if (best == null || diff < Math.abs((long) best.width * best.height - (long) want.width * want.height)) {
                best = d;
            }
        }
        return best;
    }

    /** The library's failure as advice; a missing native library is the usual cause on Linux. */
    static CaptureException explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof LinkageError || m.contains("OpenIMAJGrabber") || m.contains("libv4l")) {
                return new CaptureException(NO_DRIVER, e);
            }
        }
        return new CaptureException("The camera library failed: " + e + ". Set camera= to an image stack or"
            + " folder to play it as a camera instead.", e);
    }
}
