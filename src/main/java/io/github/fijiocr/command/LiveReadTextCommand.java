package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrException;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.capture.Cameras;
import io.github.fijiocr.capture.FrameReader;
import io.github.fijiocr.capture.FrameSource;
import io.github.fijiocr.capture.LiveReader;
import io.github.fijiocr.capture.SarxosDriver;
import io.github.fijiocr.io.ResultTables;
import io.github.fijiocr.macro.MacroResults;
import io.github.fijiocr.model.Nd4jRuntime;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Live Read Text: reads a camera (or a stack or folder played as one) frame by
 * frame, in the seed's mode (the frame is one character) or as text lines; one table row per
 * frame, an optional majority vote and recording. Headless, it runs for {@code frames} or
 * {@code seconds} and returns the table.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Live Read Text")
public class LiveReadTextCommand extends LocatingCommand {
    @Parameter(label = "Camera (name; empty: the first; or a stack or folder to play)", required = false,
        persist = false)
    private String camera = "";

    @Parameter(label = "Mode", choices = {"text", "character"}, persist = false)
    private String mode = "text";

    @Parameter(label = "Model file (empty: bundled model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Show text above probability", min = "0", max = "1", persist = false)
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Allowed characters (empty: all)", required = false, persist = false)
    private String allowed;

    @Parameter(label = "Majority vote over frames (1: none)", min = "1", persist = false)
    private int vote = 1;

    @Parameter(label = "Stop after frames (0: no limit)", min = "0", persist = false)
    private int frames = 0;

    @Parameter(label = "Stop after seconds (0: no limit)", min = "0", persist = false)
    private double seconds = 0;

    @Parameter(label = "Record the frames into a stack", persist = false)
    private boolean record = false;

    @Parameter(label = "Pace of a played stack or folder (frames/s, 0: as fast as read)", min = "0",
        persist = false)
    private double replay_fps = 0;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "Live OCR")
    private ResultsTable results;

    @Parameter(type = ItemIO.OUTPUT, label = "Live recording", required = false)
    private ImagePlus recording;

    @Parameter(type = ItemIO.OUTPUT, label = "Stopped because")
    private String stop_reason;

    @Override
    protected void execute() {
        FrameReader.Mode m = FrameReader.Mode.of(mode);
        boolean played = camera != null && !camera.isBlank() && Files.exists(Path.of(camera.trim()));
        if (!hasDisplay() && frames == 0 && seconds == 0 && !played) {
            throw new OcrException("Without a screen nothing can stop a camera: set frames= or seconds=.");
        }
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.frames = frames;
        limits.seconds = seconds;
        limits.vote = vote;
        limits.record = record;
        FrameReader reader = new FrameReader(m, ocr.model(model), locateOptions(), threshold, allowed);
        Nd4jRuntime.useThreads(1);
        FrameSource source = new Cameras(new SarxosDriver()).open(camera, replay_fps);
        results = new ResultsTable();
        LiveWindow window = hasDisplay() ? new LiveWindow(threshold, m == FrameReader.Mode.TEXT) : null;
        LiveReader.Listener listener = new LiveReader.Listener() {
            @Override
            public void frame(ij.process.ImageProcessor frame, io.github.fijiocr.capture.FrameReading r, double fps) {
                ResultTables.liveFrame(results, r);
                if (window != null) {
                    window.frame(frame, r, fps);
                }
            }

            @Override
            public boolean stopRequested() {
                return window != null && window.stopRequested();
            }
        };
        LiveReader.Outcome outcome = new LiveReader(reader).run(source, limits, listener, progress());
        stop_reason = outcome.fault != null ? "camera fault: " + outcome.fault : outcome.stopReason;
        if (outcome.fault != null) {
            // The run ends cleanly: the rows read so far are the command's output.
            log.error(outcome.fault);
        }
        log.info(String.format("Live Read Text: %d frames at %.1f frames/s; %s", outcome.readings.size(),
            outcome.fps, stop_reason));
        if (outcome.recording != null) {
            recording = new ImagePlus("Live recording", outcome.recording);
        }
        if (output != null) {
            saveCsv(results, output);
        }
        MacroResults.appendIfMacro(results);
        if (window != null) {
            window.close();
            results.show("Live OCR");
        }
    }
}
