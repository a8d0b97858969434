package io.github.fijiocr.capture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The whole live loop, driven by a virtual camera playing generated 640x480 frames. */
public class LiveReaderTest {
    /** Deleted after each test: data, models and problem lists written beside them (none left in /tmp). */
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static OcrModel model;
    private static Map<String, String> labels;

    @BeforeClass
    public static void load() throws Exception {
        model = ModelFile.bundled();
        labels = TestData.testImageLabels();
    }

    /** A 640x480 frame with one test image pasted at (x, y) on its own paper colour. */
    private static ImageProcessor frame(String testImage, int x, int y) throws Exception {
        ByteProcessor line = ImageFiles.readGray(TestData.testImages().resolve(testImage));
        ByteProcessor frame = new ByteProcessor(640, 480);
        frame.setValue(line.get(0, 0));
        frame.fill();
        frame.insert(line, x, y);
        return frame;
    }

    private static ImagePlus frames(List<String> images) throws Exception {
        ImageStack stack = new ImageStack(640, 480);
        for (int i = 0; i < images.size(); i++) {
            stack.addSlice(images.get(i), frame(images.get(i), 20 + 7 * i, 150 + 11 * i));
        }
        return new ImagePlus("frames", stack);
    }

    private static LiveReader reader(FrameReader.Mode mode) {
        return new LiveReader(new FrameReader(mode, model, io.github.fijiocr.recognize.ReadOptions.of(new LocateOptions(), 0.7, null)));
    }

    @Test
    public void aFrameOfGrainReadsNoTextAndTheNextFrameIsRead() throws Exception {
        FrameReader reader = new FrameReader(FrameReader.Mode.TEXT, model, io.github.fijiocr.recognize.ReadOptions.of(new LocateOptions(), 0.7, null));
        assertEquals("", reader.read(TestData.grain(2000, 1500)).text);
        assertEquals(labels.get("digits.png"), reader.read((ByteProcessor) frame("digits.png", 20, 150)).text);
    }

    @Test
    public void everyFrameGetsItsRowWithTheTextOnIt() throws Exception {
        List<String> shown = List.of("digits.png", "expiry.png", "digits.png", "timestamp.png");
        List<FrameReading> seen = new ArrayList<>();
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.record = true;
        LiveReader.Outcome out = reader(FrameReader.Mode.TEXT).run(VirtualCamera.of(frames(shown), 0), limits,
            (frame, r, fps) -> seen.add(r), Progress.NONE);
        assertEquals(shown.size(), out.readings.size());
        assertEquals(out.readings, seen);
        for (int i = 0; i < shown.size(); i++) {
            assertEquals("frame " + (i + 1), labels.get(shown.get(i)), out.readings.get(i).text);
            assertEquals(i + 1, out.readings.get(i).frame);
        }
        assertTrue(out.stopReason, out.stopReason.startsWith("end of"));
        assertNull(out.fault);
        assertEquals(shown.size(), out.recording.getSize());
        assertEquals("frame 2: EXP 2027-03-14", out.recording.getSliceLabel(2));
    }

    @Test
    public void theVoteSteadiesAFlickeringReading() throws Exception {
        // The digits, with another reading flickering in every third frame.
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shown.add(i % 3 == 2 ? "timestamp.png" : "digits.png");
        }
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.vote = 5;
        LiveReader.Outcome out = reader(FrameReader.Mode.TEXT).run(VirtualCamera.of(frames(shown), 0), limits,
            (frame, r, fps) -> { }, Progress.NONE);
        int flickers = 0;
        for (FrameReading r : out.readings) {
            flickers += r.text.equals(labels.get("timestamp.png")) ? 1 : 0;
            assertEquals("frame " + r.frame, labels.get("digits.png"), r.voted);
        }
        assertEquals("the frames themselves still flicker", 4, flickers);
    }

    @Test
    public void anUnpluggedCameraEndsTheRunCleanlyAndKeepsTheRows() throws Exception {
        VirtualCamera played = VirtualCamera.of(frames(List.of("digits.png", "digits.png", "digits.png",
            "digits.png")), 0);
        boolean[] closed = {false};
        FrameSource unplugged = new FrameSource() {
            private int n;

            @Override
            public String name() {
                return "flaky camera";
            }

            @Override
            public ImageProcessor next() {
                if (++n > 2) {
                    throw new CaptureException("Camera flaky camera stopped delivering frames (unplugged).");
                }
                return played.next();
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        List<FrameReading> seen = new ArrayList<>();
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.frames = 10;
        LiveReader.Outcome out = reader(FrameReader.Mode.TEXT).run(unplugged, limits,
            (frame, r, fps) -> seen.add(r), Progress.NONE);
        assertEquals(2, out.readings.size());
        assertEquals(2, seen.size());
        assertTrue(out.fault, out.fault.contains("unplugged"));
        assertTrue("the camera is released", closed[0]);
    }

    @Test
    public void limitsAndStopEndTheRun() throws Exception {
        List<String> shown = List.of("digits.png", "digits.png", "digits.png", "digits.png", "digits.png");
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.frames = 3;
        assertEquals(3, reader(FrameReader.Mode.TEXT).run(VirtualCamera.of(frames(shown), 0), limits,
            (frame, r, fps) -> { }, Progress.NONE).readings.size());
        LiveReader.Listener stopAfterTwo = new LiveReader.Listener() {
            private int n;

            @Override
            public void frame(ImageProcessor frame, FrameReading r, double fps) {
                n++;
            }

            @Override
            public boolean stopRequested() {
                return n >= 2;
            }
        };
        LiveReader.Outcome out = reader(FrameReader.Mode.TEXT).run(VirtualCamera.of(frames(shown), 0),
            new LiveReader.Limits(), stopAfterTwo, Progress.NONE);
        assertEquals(2, out.readings.size());
        assertEquals("stopped", out.stopReason);
    }

    @Test
    public void characterModeReadsEachFrameAsOneCharacter() throws Exception {
        java.nio.file.Path digits = TestData.glyphFolders(tmp.newFolder("live-chars").toPath(), 1,
            "3", "7");
        ImageStack stack = null;
        List<String> truth = new ArrayList<>();
        for (String c : List.of("3", "7")) {
            try (var files = java.nio.file.Files.list(digits.resolve(c))) {
                ByteProcessor ip = ImageFiles.readGray(files.findFirst().get());
                stack = stack == null ? new ImageStack(ip.getWidth(), ip.getHeight()) : stack;
                stack.addSlice(c, ip);
                truth.add(c);
            }
        }
        LiveReader.Outcome out = new LiveReader(new FrameReader(FrameReader.Mode.CHARACTER, model,
            io.github.fijiocr.recognize.ReadOptions.of(new LocateOptions(), 0, "0123456789"))).run(VirtualCamera.of(new ImagePlus("chars", stack), 0),
            new LiveReader.Limits(), (frame, r, fps) -> { }, Progress.NONE);
        assertEquals(truth.get(0), out.readings.get(0).text);
        assertEquals(truth.get(1), out.readings.get(1).text);
    }
}
