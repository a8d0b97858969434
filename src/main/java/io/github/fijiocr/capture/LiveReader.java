package io.github.fijiocr.capture;

import ij.ImageStack;
import ij.process.ImageProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * The live loop: grab a frame, read it, vote, record, report; until the frame or time limit, a
 * stop, the end of a played recording, or a camera fault. A fault ends the loop cleanly: every
 * frame read before it stays in the outcome (and has already been reported to the listener).
 */
public final class LiveReader {
    /** Sees every frame as it is read (the live window, the results table). */
    public interface Listener {
        void frame(ImageProcessor frame, FrameReading reading, double fps);

        /** Polled between frames: the Stop button, q or Esc. */
        default boolean stopRequested() {
            return false;
        }
    }

    /** When to stop (0: no limit) and what to keep. */
    public static final class Limits {
        public int frames;
        public double seconds;
        /** Frames in the majority vote; 0 or 1: no vote. */
        public int vote;
        public boolean record;
    }

    /** What a run read, and why it ended. */
    public static final class Outcome {
        public final List<FrameReading> readings = new ArrayList<>();
        /** The recorded frames (slice labels: frame and text), or null. */
        public ImageStack recording;
        public String stopReason;
        /** The camera fault that ended the run, or null. */
        public String fault;
        /** Frames per second over the whole run, reading included. */
        public double fps;
    }

    private final FrameReader reader;

    public LiveReader(FrameReader reader) {
        this.reader = reader;
    }

    public Outcome run(FrameSource source, Limits limits, Listener listener, Progress progress) {
        Outcome out = new Outcome();
        MajorityVote vote = limits.vote > 1 ? new MajorityVote(limits.vote) : null;
        long start = System.nanoTime();
        double fps = 0;
        long last = start;
        try {
            while (true) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (limits.frames > 0 && out.readings.size() >= limits.frames) {
                    out.stopReason = limits.frames + " frames read";
                    break;
                }
                if (limits.seconds > 0 && elapsed >= limits.seconds) {
                    out.stopReason = limits.seconds + " seconds passed";
                    break;
                }
                if (progress.isCanceled() || listener.stopRequested()) {
                    out.stopReason = "stopped";
                    break;
                }
                ImageProcessor frame;
                try {
                    frame = source.next();
                } catch (CaptureException e) {
                    out.fault = e.getMessage();
                    out.stopReason = "camera fault";
                    break;
                }
                if (frame == null) {
                    out.stopReason = "end of " + source.name();
                    break;
                }
                FrameReader.Result r = reader.read(GrayImages.toGray(frame));
                String voted = vote == null ? r.text : vote.add(r.text);
                FrameReading reading = new FrameReading(out.readings.size() + 1, (System.nanoTime() - start) / 1e9,
                    r.text, r.confidence, r.characters, voted);
                out.readings.add(reading);
                if (limits.record) {
                    record(out, frame, reading, progress);
                }
                long now = System.nanoTime();
                double instant = 1e9 / Math.max(1, now - last);
                fps = fps == 0 ? instant : 0.9 * fps + 0.1 * instant;
                last = now;
                listener.frame(frame, reading, fps);
                progress.progress(out.readings.size(), limits.frames, "Live Read Text: " + reading.voted);
            }
        } finally {
            source.close();
        }
        double total = (System.nanoTime() - start) / 1e9;
        out.fps = total > 0 ? out.readings.size() / total : 0;
        return out;
    }

    private static void record(Outcome out, ImageProcessor frame, FrameReading reading, Progress progress) {
        if (out.recording == null) {
            out.recording = new ImageStack(frame.getWidth(), frame.getHeight());
        }
        boolean sameKind = out.recording.getSize() == 0 || frame.getBitDepth() == out.recording.getBitDepth();
        if (frame.getWidth() != out.recording.getWidth() || frame.getHeight() != out.recording.getHeight()
            || !sameKind) {
            progress.log("Frame " + reading.frame + " (" + frame.getWidth() + "x" + frame.getHeight() + ", "
                + frame.getBitDepth() + "-bit) differs from the recording's first frame: not recorded.");
            return;
        }
        out.recording.addSlice("frame " + reading.frame + ": " + reading.text, frame.duplicate());
    }
}
