package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.common.CanceledException;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads a stack's burned-in timestamp on every slice and checks the readings as a sequence.
 * The timestamp is found once (text at the same place on the first, middle and last slices whose
 * time differs: a scale-bar label does not change) unless the user selected it; its format is
 * taken from the readings of a few slices; then that one region is read on every slice with the
 * format's pattern, a batch of slices at a time, so a virtual stack streams. A reading that does
 * not fit the sequence is re-read under what its neighbours predict ({@link TimeSequence}):
 * confirmed by the image it is corrected, otherwise flagged; it is never changed silently.
 */
public final class TimestampReader {
    /**
     * A slice that does not fit is corrected when the image reads as the predicted text at least
     * this probably relative to what was read (whole texts): the image need not prefer the
     * prediction, only not contradict it; a smudge lets either through, a clearly different digit
     * does not.
     */
    static final double CONFIRMS = 0.5;
    /** Nor less than this, whatever was read: where the image supports neither, the slice is flagged. */
    static final double MIN_SUPPORT = 0.1;
    /** Slices read per network call. */
    public static final int BATCH = 64;
    /** The format name of a clock without seconds: two numbers are hours and minutes, not minutes and seconds. */
    public static final String HOURS_MINUTES = "hh:mm";

    /** The {@code format=} names; anything else is taken as a regular expression. */
    public static final Map<String, String> FORMATS = TimestampFormat.NAMES;

    /** Reads with each step's own pattern and never rejects: the sequence, not a threshold, judges. */
    private final LineRecognizer recognizer;
    private final TimestampFinder finder;
    private final TimestampFormat formats;
    private final double threshold;
    private final Progress progress;
    private final CropReader crops;

    /**
     * Reads a region of every frame: {@code count} crops, made on demand by {@code crop}, each read
     * with {@code pattern}, results in order. The engine's spreads them over its workers (this
     * package knows nothing of the engine); {@link #inOrder} reads them on the calling thread.
     */
    public interface CropReader {
        List<Recognizer.ReadLine> read(int count, IntFunction<ByteProcessor> crop, String pattern,
            LineRecognizer recognizer, Progress progress);
    }

    /**
     * {@code recognizer}: a line reader; its threshold is the confidence a run of readings needs
     * to be trusted, and what a slice with no usable reading needs to be filled in.
     */
    public TimestampReader(LineRecognizer recognizer, Progress progress) {
        this(recognizer, progress, TimestampReader::inOrder);
    }

    /** As {@link #TimestampReader(LineRecognizer, Progress)}, every frame's region read by {@code crops}. */
    public TimestampReader(LineRecognizer recognizer, Progress progress, CropReader crops) {
        this.crops = crops;
        this.recognizer = recognizer.with(null, 0);
        this.finder = new TimestampFinder(recognizer.with(TimeText.ANY, TimestampFinder.THRESHOLD));
        this.formats = new TimestampFormat(this.recognizer);
        this.threshold = recognizer.threshold();
        this.progress = progress;
    }

    /**
     * Every frame's timestamp. {@code region}: where it is (null: found here); {@code format}: a
     * name of {@link #FORMATS} or a regular expression (null or "auto": from the first readings).
     */
    public Timestamps read(ImagePlus imp, Rectangle region, String format) {
        int[] frames = frameIndices(imp);
        if (frames.length < 2) {
            throw new OcrException(imp.getTitle() + " has one slice: Read Timestamps needs a stack or a time-lapse."
                + " For one image use Read Text with pattern=time.");
        }
        String given = pattern(format);
        TimestampFinder.Found found = region != null ? new TimestampFinder.Found(region.intersection(
            new Rectangle(imp.getWidth(), imp.getHeight())), null) : finder.find(imp, frames);
        Rectangle area = found.box;
        if (area.isEmpty()) {
            throw new OcrException("The selection lies outside " + imp.getTitle() + ": draw it around the timestamp.");
        }
        // What was found decides the kind: a confident clock stays a clock on slices whose small
        // colons the reader misses (a counter would then read it as seven digits).
        boolean hoursMinutes = HOURS_MINUTES.equals(format);
        TimeText sample = formats.of(imp, frames, area, given != null ? given
            : found.kind != null ? TimeText.any(found.kind) : TimeText.ANY, hoursMinutes);
        String pattern = given != null ? given : sample.pattern();
        progress.log("Reading the timestamp in " + area.x + "," + area.y + " " + area.width + "x" + area.height
            + " on " + frames.length + " slices as " + sample.kind.name().toLowerCase(java.util.Locale.ROOT)
            + " (pattern " + pattern + ", e.g. " + sample + ").");
        List<Recognizer.ReadLine> lines = readAll(imp, frames, area, pattern);
        return judge(imp, frames, area, pattern, lines, hoursMinutes);
    }

    /**
     * The pattern {@code format} stands for (a name of {@link #FORMATS} or a regular expression),
     * null when it is empty (detected); a typo is one line naming the key, before any work.
     */
    public String pattern(String format) {
        String given = format == null || format.isEmpty() ? null : FORMATS.getOrDefault(format, format);
        if (given != null) {
            try {
                recognizer.with(given, 0); // compiles the pattern
            } catch (OcrException e) {
                throw new OcrException("format=" + format + " is not a format name (" + String.join(", ",
                    FORMATS.keySet()) + ") nor a usable regular expression: " + e.getMessage(), e);
            }
        }
        return given;
    }

    /** Stack indices of the frames: each frame of a hyperstack at the shown channel and slice, else each slice. */
    public static int[] frameIndices(ImagePlus imp) {
        if (imp.isHyperStack() && imp.getNFrames() > 1) {
            int[] out = new int[imp.getNFrames()];
            for (int t = 1; t <= out.length; t++) {
                out[t - 1] = imp.getStackIndex(imp.getC(), imp.getZ(), t);
            }
            return out;
        }
        return java.util.stream.IntStream.rangeClosed(1, imp.getStackSize()).toArray();
    }

    private List<Recognizer.ReadLine> readAll(ImagePlus imp, int[] frames, Rectangle area, String pattern) {
        ImageStack stack = imp.getStack();
        return crops.read(frames.length, k -> crop(stack, frames[k], area), pattern, recognizer, progress);
    }

    /** {@link CropReader} on the calling thread, {@value #BATCH} crops per network call. */
    public static List<Recognizer.ReadLine> inOrder(int count, IntFunction<ByteProcessor> crop, String pattern,
        LineRecognizer recognizer, Progress progress) {
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (int from = 0; from < count; from += BATCH) {
            if (progress.isCanceled()) {
                throw new CanceledException("Read Timestamps stopped at slice " + (from + 1) + " of " + count
                    + "; nothing was changed.");
            }
            progress.progress(from, count, "Reading timestamps");
            List<ByteProcessor> batch = new ArrayList<>();
            for (int k = from; k < Math.min(count, from + BATCH); k++) {
                batch.add(crop.apply(k));
            }
            out.addAll(recognizer.readCrops(batch, pattern));
        }
        progress.progress(count, count, "Reading timestamps");
        return out;
    }

    /** The region of one slice as 8-bit gray: only the region is converted, so a slice costs little. */
    static ByteProcessor crop(ImageStack stack, int index, Rectangle area) {
        ImageProcessor ip = stack.getProcessor(index);
        ip.setRoi(area);
        ByteProcessor c = GrayImages.toGray(ip.crop());
        ip.resetRoi();
        return c;
    }

    private Timestamps judge(ImagePlus imp, int[] frames, Rectangle area, String pattern,
        List<Recognizer.ReadLine> lines, boolean hoursMinutes) {
        int n = frames.length;
        TimeText[] parsed = new TimeText[n];
        double[] values = new double[n];
        Map<String, Integer> resolutions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Recognizer.ReadLine line = lines.get(i);
            parsed[i] = line == null || TimestampFormat.rejected(line) ? null : TimeText.parse(line.text, hoursMinutes);
            values[i] = parsed[i] == null ? Double.NaN : parsed[i].value;
            if (parsed[i] != null) {
                resolutions.merge(parsed[i].kind + "@" + parsed[i].resolution, 1, Integer::sum);
            }
        }
        TimeText typical = typical(parsed, resolutions);
        if (typical == null) {
            throw new OcrException("The timestamp region " + area.x + "," + area.y + " " + area.width + "x"
                + area.height + " of " + imp.getTitle() + " read as no time on any slice. Draw a rectangle"
                + " around the timestamp, or set format=.");
        }
        long distinct = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).distinct().count();
        if (distinct == 1 && n > 2) {
            // Static text (a label, a cell read as "0s") is no clock: nothing to calibrate from it.
            throw new OcrException("The text in " + area.x + "," + area.y + " " + area.width + "x" + area.height + " of "
                + imp.getTitle() + " reads as the same time (" + typical + ") on every slice: it is not a running"
                + " timestamp, so no frame interval was set. Draw a rectangle around the timestamp, or set format=.");
        }
        double[] confidences = new double[n];
        for (int i = 0; i < n; i++) {
            Recognizer.ReadLine line = lines.get(i);
            confidences[i] = line == null ? 0 : line.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        }
        TimeSequence seq = new TimeSequence(values, typical.resolution, confidences, threshold);
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(imp, frames, area, i, lines.get(i), parsed, seq, hoursMinutes));
        }
        rows = placeSteps(rows, typical.resolution, threshold);
        return new Timestamps(rows, area, pattern, typical.kind, seq.interval(), seq.intervalError());
    }

    /**
     * Gaps and repeats placed again once suspect slices are corrected: a gap just after two
     * misread slices belongs before them. A corrected slice keeps its status and says so in its note.
     */
    private static List<TimestampReading> placeSteps(List<TimestampReading> rows, double resolution,
        double threshold) {
        double[] values = new double[rows.size()];
        double[] confidences = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            TimestampReading r = rows.get(i);
            values[i] = r.status == TimestampReading.Status.FLAGGED ? Double.NaN : r.value;
            // A corrected slice was confirmed by its neighbours and its image.
            confidences[i] = r.status == TimestampReading.Status.CORRECTED ? 1 : r.confidence;
        }
        TimeSequence again = new TimeSequence(values, resolution, confidences, threshold);
        List<TimestampReading> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            TimestampReading r = rows.get(i);
            String gap = again.status(i) == TimeSequence.Status.GAP ? again.dropped(i)
                + (again.dropped(i) == 1 ? " frame" : " frames") + " missing before this one" : null;
            if (r.status == TimestampReading.Status.CORRECTED && gap != null) {
                r = new TimestampReading(r.slice, r.text, r.value, r.confidence, r.status, r.readAs, r.note + "; " + gap);
            } else if (r.status == TimestampReading.Status.READ && gap != null) {
                r = new TimestampReading(r.slice, r.text, r.value, r.confidence, TimestampReading.Status.GAP, "", gap);
            } else if (r.status == TimestampReading.Status.GAP && gap == null) {
                r = new TimestampReading(r.slice, r.text, r.value, r.confidence, TimestampReading.Status.READ, "", "");
            }
            out.add(r);
        }
        return out;
    }

    /** A reading of the commonest kind and resolution: the template for texts the sequence predicts. */
    private static TimeText typical(TimeText[] parsed, Map<String, Integer> resolutions) {
        String common = resolutions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElse(null);
        for (TimeText t : parsed) {
            if (t != null && (t.kind + "@" + t.resolution).equals(common)) {
                return t;
            }
        }
        return null;
    }

    private TimestampReading row(ImagePlus imp, int[] frames, Rectangle area, int i, Recognizer.ReadLine line,
        TimeText[] parsed, TimeSequence seq, boolean hoursMinutes) {
        String text = line == null ? "" : line.text;
        double conf = line == null ? 0 : line.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        double value = parsed[i] == null ? Double.NaN : parsed[i].value;
        switch (seq.status(i)) {
            case GAP:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.GAP, "",
                    seq.dropped(i) + (seq.dropped(i) == 1 ? " frame" : " frames") + " missing before this one");
            case REPEATED:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.REPEATED, "",
                    "the time did not advance: a repeated frame");
            case SUSPECT:
            case MISSING:
                return reread(imp, frames, area, i, text, conf, parsed, seq, hoursMinutes);
            default:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
        }
    }

    /**
     * A slice that does not fit, read again as the text its neighbours predict: corrected when the
     * image reads as that text at least {@link #CONFIRMS} times as probably as it read the first
     * time (and {@link #MIN_SUPPORT} per character), flagged otherwise (its reading kept). A slice
     * with nothing usable read needs the prediction to reach the threshold on its own.
     */
    private TimestampReading reread(ImagePlus imp, int[] frames, Rectangle area, int i, String text, double conf,
        TimeText[] parsed, TimeSequence seq, boolean hoursMinutes) {
        double value = parsed[i] == null ? Double.NaN : parsed[i].value;
        TimeText template = nearestTrusted(parsed, seq, i);
        List<String> expected = new ArrayList<>();
        if (template != null && seq.interval() > 0) {
            for (double v : seq.expected(i)) {
                if (v >= 0) {
                    expected.add(template.at(v));
                }
            }
        }
        if (!expected.isEmpty()) {
            List<String> texts = new ArrayList<>(expected);
            texts.add(0, text);
            double[] scores = recognizer.scores(crop(imp.getStack(), frames[i], area), texts);
            int best = 1;
            for (int k = 2; k < scores.length; k++) {
                best = scores[k] > scores[best] ? k : best;
            }
            // Nothing usable read: the prediction must reach the threshold on its own.
            // Whole-text probabilities (scores are per character): the characters both texts
            // share must not hide a digit the image clearly reads otherwise.
            int length = text.codePointCount(0, text.length());
            int predicted = texts.get(best).codePointCount(0, texts.get(best).length());
            boolean confirmed = parsed[i] == null ? scores[best] >= threshold
                : scores[best] >= MIN_SUPPORT && predicted * Math.log(scores[best])
                    >= Math.log(CONFIRMS) + length * Math.log(Math.max(1e-300, scores[0]));
            if (texts.get(best).equals(text)) {
                // The neighbours predict what was read: it fits after all.
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
            }
            if (scores[best] > 0 && confirmed) {
                String now = texts.get(best);
                return new TimestampReading(i + 1, now, TimeText.parse(now, hoursMinutes).value, scores[best],
                    TimestampReading.Status.CORRECTED, text, String.format(java.util.Locale.ROOT,
                        "did not fit the sequence; the image reads as %s with score %.2f (as read: %.2f)", now,
                        scores[best], scores[0]));
            }
        }
        String why = text.isEmpty() || text.contains(CharacterReading.REJECTED)
            ? "not read" : "does not fit the sequence";
        return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.FLAGGED, "",
            why + (expected.isEmpty() ? "" : "; expected " + String.join(" or ", expected)
                + ", which the image does not confirm"));
    }

    private static TimeText nearestTrusted(TimeText[] parsed, TimeSequence seq, int i) {
        for (int d = 1; d < parsed.length; d++) {
            for (int j : new int[] {i - d, i + d}) {
                if (j >= 0 && j < parsed.length && parsed[j] != null && trusted(seq.status(j))) {
                    return parsed[j];
                }
            }
        }
        return null;
    }

    private static boolean trusted(TimeSequence.Status s) {
        return s == TimeSequence.Status.READ || s == TimeSequence.Status.GAP || s == TimeSequence.Status.REPEATED;
    }
}
