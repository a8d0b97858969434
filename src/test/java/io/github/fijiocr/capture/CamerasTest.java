package io.github.fijiocr.capture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Dimension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CamerasTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** A driver that must not be asked: paths are played, not opened as cameras. */
    private static final CameraDriver NONE = new CameraDriver() {
        @Override
        public List<String> names() {
            throw new AssertionError("no camera should be listed");
        }

        @Override
        public FrameSource open(String name, Dimension size) {
            throw new AssertionError("no camera should be opened");
        }
    };

    @Test
    public void aFolderIsPlayedInNaturalOrderFileAfterFile() throws Exception {
        File dir = tmp.newFolder("recording");
        for (int i : new int[] {10, 2, 1}) {
            ByteProcessor ip = new ByteProcessor(8, 6);
            ip.set(0, 0, i);
            ImageIO.write(ip.getBufferedImage(), "png", new File(dir, "frame" + i + ".png"));
        }
        FrameSource source = new Cameras(NONE).open(dir.toString(), 0);
        StringBuilder order = new StringBuilder();
        for (ImageProcessor f = source.next(); f != null; f = source.next()) {
            order.append(f.get(0, 0)).append(' ');
        }
        assertEquals("1 2 10 ", order.toString());
    }

    @Test
    public void aMissingPathIsNamedAndTheDriverIsNotAsked() {
        try {
            new Cameras(NONE).open(tmp.getRoot() + "/nothing-here", 0);
            fail();
        } catch (CaptureException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("nothing-here") && e.getMessage().contains("folder"));
        }
    }

    @Test
    public void aCameraNameGoesToTheDriver() {
        String[] asked = {null};
        CameraDriver driver = new CameraDriver() {
            @Override
            public List<String> names() {
                return List.of("USB Camera");
            }

            @Override
            public FrameSource open(String name, Dimension size) {
                asked[0] = name + " " + size.width + "x" + size.height;
                throw new CaptureException("busy");
            }
        };
        try {
            new Cameras(driver).open("USB Camera", 0);
            fail();
        } catch (CaptureException e) {
            assertEquals("USB Camera 640x480", asked[0]);
        }
        try {
            new Cameras(driver).open("", 0);
            fail();
        } catch (CaptureException e) {
            assertEquals("null 640x480", asked[0]);
        }
    }

    @Test
    public void aMissingNativeLibraryBecomesTheAdviceToInstallLibv4l() {
        RuntimeException chain = new RuntimeException("Cannot execute task", new RuntimeException(
            "Library 'OpenIMAJGrabber' was not loaded successfully from file '/tmp/x/OpenIMAJGrabber.so'"));
        assertTrue(SarxosDriver.explain(chain).getMessage().contains("sudo apt install libv4l-0"));
        assertTrue(SarxosDriver.explain(new UnsatisfiedLinkError("libv4l2.so.0")).getMessage().contains("libv4l-0"));
        String other = SarxosDriver.explain(new RuntimeException("device index out of range")).getMessage();
        assertTrue(other, other.contains("device index out of range") && other.contains("camera="));
    }

    @Test
    public void theRealDriverFailsWithAClearMessageWhereThereIsNoCamera() {
        // This machine has no camera (and may lack libv4l-0): either way the user is told what to do.
        try {
            FrameSource s = new SarxosDriver().open(null, Cameras.SIZE);
            s.close();
            // A machine with a camera: nothing to check here.
        } catch (CaptureException e) {
            String m = e.getMessage();
            assertTrue(m, m.contains("libv4l-0") || m.contains("No camera found"));
            assertTrue(m, m.contains("camera="));
        }
    }

    @Test
    public void aPlayedFileThatCannotBeReadStopsWithItsName() throws Exception {
        Path dir = tmp.newFolder("broken").toPath();
        Files.writeString(dir.resolve("a.png"), "not a png");
        FrameSource source = new Cameras(NONE).open(dir.toString(), 0);
        try {
            source.next();
            fail();
        } catch (CaptureException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("a.png"));
        }
    }
}
