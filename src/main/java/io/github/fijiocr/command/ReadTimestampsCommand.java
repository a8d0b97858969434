package io.github.fijiocr.command;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.Tables;
import java.io.File;
import java.util.Locale;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > OCR > Read Timestamps: the burned-in timestamp of every frame of a stack, checked as
 * a sequence, into a table, and the frame interval into the stack's calibration.
 */
@Plugin(type = Command.class, menuPath = "Plugins>OCR>Read Timestamps")
public class ReadTimestampsCommand extends OcrCommand {
    @Parameter(label = "Stack file (empty: the current image)", required = false, persist = false,
        description = "a TIFF stack is opened as a virtual stack: a long movie streams")
    private File input;

    @Parameter(label = "Image", required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "Format", required = false, persist = false,
        description = "auto (from the first readings), hh:mm:ss, hh:mm:ss.SSS, hh:mm, mm:ss, mm:ss.SSS, seconds,"
            + " minutes, date_time, counter, or a regular expression")
    private String format = "auto";

    @Parameter(label = "Model file (empty: bundled line model)", required = false, persist = false)
    private File model;

    @Parameter(label = "Reject below probability", min = "0", max = "1", persist = false,
        description = "for finding the timestamp, and for a slice whose reading is missing")
    private double threshold = OcrService.DEFAULT_THRESHOLD;

    @Parameter(label = "Set the frame interval (Image > Properties)", persist = false)
    private boolean set_calibration = true;

    @Parameter(label = "Set each slice's label to its time", persist = false)
    private boolean set_labels;

    @Parameter(label = "Plot time against slice", persist = false)
    private boolean plot = true;

    @Parameter(label = "Threads (0: one per core)", min = "0", persist = false,
        description = "workers reading the slices, each with its own copy of the network")
    private int threads;

    @Parameter(label = "Save table as CSV (optional)", required = false, persist = false, style = "save")
    private File output;

    @Parameter(type = ItemIO.OUTPUT, label = "OCR Timestamps")
    private ResultsTable results;

    @Override
    protected void execute() {
        checkOutput("output", output, Outputs.Kind.TABLE, input, model);
        ImagePlus imp = openOne(input, image, "a stack");
        Timestamps t = engine().readTimestamps(imp, selection(imp, input), "auto".equals(format) ? null : format,
            lineModel("model", model == null ? null : model.getPath(), false), threshold, threads, progress());
        report(imp, t);
        if (set_calibration && input == null) {
            calibrate(imp, t);
        }
        if (set_labels && input == null) {
            label(imp, t);
        }
        results = Tables.timestamps(t);
        publish.table(results, "OCR Timestamps", output);
        if (plot && hasDisplay()) {
            io.github.fijiocr.present.TimestampPlot.of(t, imp.getTitle()).show();
        }
    }

    /** Slices not simply read that the log lists one by one. */
    private static final int LOGGED_ROWS = 20;

    private void report(ImagePlus imp, Timestamps t) {
        log.info(String.format(Locale.ROOT, "%s: %d slices, %d read, %d corrected, %d flagged, %d after a gap, %d"
            + " repeated; interval %s", imp.getTitle(), t.readings.size(), t.count(TimestampReading.Status.READ),
            t.count(TimestampReading.Status.CORRECTED), t.count(TimestampReading.Status.FLAGGED),
            t.count(TimestampReading.Status.GAP), t.count(TimestampReading.Status.REPEATED),
            t.interval > 0 ? String.format(Locale.ROOT, "%.6g %s", t.interval, t.hasTimeInterval() ? "s" : "counts")
                : "unknown"));
        if (t.smallText() && !t.readings.isEmpty()) {
            log.warn(String.format(Locale.ROOT, "%s: the timestamp is only %d pixels high. Text this small can be"
                + " misread the same way on every slice (a 0 taken for a 1), which no sequence check can see: compare"
                + " the first reading, %s, with the image.", imp.getTitle(), t.region.height, t.readings.get(0).text));
        }
        if (t.doubt != null) {
            log.warn(imp.getTitle() + ": " + t.doubt);
        }
        if (t.intervalImprecise()) {
            // The display rounds each time to its last digit, so the span it shows over the stack
            // is known to a step: too coarse a step for the stack's length, whatever the interval.
            log.warn(String.format(Locale.ROOT, "%s: the timestamp's last digit is too coarse for a stack this"
                + " short, so the interval %.6g is known only to within %.2g (%.2g%%). A longer stack, or a timestamp"
                + " with finer digits, narrows it.", imp.getTitle(), t.interval, t.intervalError,
                100 * t.intervalError / t.interval));
        }
        // The table has every row; the log, the first few (a whole movie flagged would flood it).
        long listed = 0;
        long unread = t.readings.stream().filter(r -> r.status != TimestampReading.Status.READ).count();
        for (TimestampReading r : t.readings) {
            if (r.status != TimestampReading.Status.READ && listed++ < LOGGED_ROWS) {
                log.info("slice " + r.slice + ": " + r.status.key() + ", " + r.note);
            }
        }
        if (unread > LOGGED_ROWS) {
            log.info("... and " + (unread - LOGGED_ROWS) + " more slices not simply read: see the table.");
        }
    }

    /** The frame interval, in seconds, into the stack's calibration; a plain stack becomes frames. */
    private void calibrate(ImagePlus imp, Timestamps t) {
        if (!t.hasTimeInterval()) {
            // The reason the log gave above (a doubt about the whole stack) is the one to repeat.
            String why = t.doubt != null ? "the readings are in doubt (see the warning above)"
                : t.kind == io.github.fijiocr.calibrate.TimeText.Kind.COUNTER ? "the timestamps are frame counts, not times"
                : "no run of slices was read with confidence into times that increase (see the flagged rows)";
            log.warn("No frame interval set on " + imp.getTitle() + ": " + why + ". Set it with Image > Properties"
                + " if you know it.");
            return;
        }
        if (!imp.isHyperStack() && imp.getNFrames() == 1 && imp.getNChannels() == 1 && imp.getStackSize() > 1) {
            imp.setDimensions(1, 1, imp.getStackSize());
            log.info(imp.getTitle() + ": its slices are now frames (a time-lapse), as the timestamps say.");
        }
        Calibration cal = imp.getCalibration();
        cal.frameInterval = t.interval;
        cal.setTimeUnit("sec");
        log.info(String.format(Locale.ROOT, "%s: frame interval set to %.6g sec.", imp.getTitle(), t.interval));
    }

    private static void label(ImagePlus imp, Timestamps t) {
        int[] frames = io.github.fijiocr.calibrate.TimestampReader.frameIndices(imp);
        for (TimestampReading r : t.readings) {
            if (r.status != TimestampReading.Status.FLAGGED) {
                imp.getStack().setSliceLabel(r.text, frames[r.slice - 1]);
            }
        }
    }
}
