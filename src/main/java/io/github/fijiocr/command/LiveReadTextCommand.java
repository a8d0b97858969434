package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.capture.Cameras;
import io.github.fijiocr.capture.FrameReader;
import io.github.fijiocr.capture.FrameSource;
import io.github.fijiocr.capture.LiveReader;
import io.github.fijiocr.capture.SarxosDriver;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.LiveWindow;
import io.github.fijiocr.recognize.ctc.Lexicon;
import java.io.File;
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
    /** A file key for its Browse button; a camera's name (not a path) is accepted as well. */
    @Parameter(label = "Camera (name; empty: the first; or a stack or folder to play)", required = false,
        persist = false)
    private File camera;

    @Parameter(label = "Mode", choices = {"text", "character"}, persist = false)
    private String mode = "text";

    @Parameter(label = "Model file (empty: bundled model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Reader", choices = {"line", "characters"}, persist = false,
        description = "line: each line read whole by the bundled line model; characters: cut into characters"
            + " and classify each (a model file's own kind decides)")
    private String reader = "line";

    // Unlike Read Text, not auto: looking for text anywhere would cut the live frame rate two to three times.
    @Parameter(label = "Layout", choices = {"lines", "single_line", "scene", "auto"}, persist = false,
        description = "lines: find the lines; single_line: the image or selection is one line; scene: text anywhere"
            + " in a photo or micrograph, each candidate judged by the line reader; auto: both")
    private String layout = "lines";

    @Parameter(label = "Show text above probability", min = "0", max = "1", persist = false)
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Allowed characters (empty: all)", required = false, persist = false)
    private String allowed;

    @Parameter(label = "Pattern each line must match (empty: any)", required = false, persist = false,
        description = "a regular expression, or time, date, number, decimal; e.g. \\d\\d:\\d\\d:\\d\\d")
    private String pattern;

    @Parameter(label = "Lexicon (none, english, or a word list file)", required = false, persist = false,
        description = "line model only: a word the network is unsure of is read as the likeliest word of the list;"
            + " clear readings, numbers and codes stay as read; none: read as the network reads")
    private String lexicon = Lexicon.ENGLISH;

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
        FrameReader.Mode m = Keys.choice("mode", mode, FrameReader.Mode.class);
        checkOutput("output", output, Outputs.Kind.TABLE, model, camera);
        boolean played = camera != null && camera.exists();
        if (!hasDisplay() && frames == 0 && seconds == 0 && !played) {
            throw new OcrException("Without a screen nothing can stop a camera: set frames= or seconds=.");
        }
        LiveReader.Limits limits = new LiveReader.Limits();
        limits.frames = frames;
        limits.seconds = seconds;
        limits.vote = vote;
        limits.record = record;
        FrameSource source = new Cameras(new SarxosDriver()).open(camera == null ? "" : camera.getPath(), replay_fps);
        results = new ResultsTable();
        LiveWindow window = hasDisplay() ? new LiveWindow(threshold, m == FrameReader.Mode.TEXT) : null;
        LiveReader.Outcome outcome = engine().live(source, m, readingModel(model, m == FrameReader.Mode.TEXT ? reader : "characters"),
            readOptions(threshold, allowed, pattern, reader, layout, lexicon), limits, LiveWindow.listener(results, window),
            progress());
        stop_reason = outcome.fault != null ? "camera fault: " + outcome.fault : outcome.stopReason;
        log.info(String.format("Live Read Text: %d frames at %.1f frames/s; %s", outcome.readings.size(),
            outcome.fps, stop_reason));
        if (outcome.recording != null) {
            recording = new ImagePlus("Live recording", outcome.recording);
        }
        if (window != null) {
            window.close();
        }
        publish.table(results, "Live OCR", output);
        if (outcome.fault != null) {
            // The rows read before the fault are published; the run still failed.
            throw new OcrException("Live Read Text stopped after " + outcome.readings.size() + " frames: "
                + outcome.fault);
        }
    }
}
