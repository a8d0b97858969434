package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.common.CanceledException;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.SceneReader;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * this well relative to what was read (per-character geometric means): the image need not
     * prefer the prediction, only not contradict it; a smudge lets either through, a clearly
     * different time does not.
     */
    static final double CONFIRMS = 0.5;
    /** Slices read per network call. */
    static final int BATCH = 64;
    /** Slices whose readings decide the format. */
    static final int FORMAT_PROBES = 9;
    /** Margins around the found text's ink, in its heights: room above and below, and for wider times later. */
    static final double MARGIN_Y = 0.25;
    static final double MARGIN_X = 1.0;

    /** The {@code format=} names; anything else is taken as a regular expression. */
    public static final Map<String, String> FORMATS = formats();

    /** Reads with each step's own pattern and never rejects: the sequence, not a threshold, judges. */
    private final LineRecognizer recognizer;
    /** Finds the timestamp: rejects as Read Text does, so only confident text is a candidate. */
    private final LineRecognizer finder;
    private final double threshold;
    private final Progress progress;

    /** {@code recognizer}: a line reader with the user's threshold (for finding the timestamp). */
    public TimestampReader(LineRecognizer recognizer, Progress progress) {
        this.recognizer = recognizer.with(null, 0);
        this.finder = recognizer.with(TimeText.ANY, 0.3);
        this.threshold = recognizer.threshold();
        this.progress = progress;
    }

    private static Map<String, String> formats() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("auto", null);
        m.put("hh:mm:ss", "\\d+:\\d\\d:\\d\\d");
        m.put("hh:mm:ss.SSS", "\\d+:\\d\\d:\\d\\d\\.\\d+");
        m.put("mm:ss", "\\d+:\\d\\d");
        m.put("mm:ss.SSS", "\\d+:\\d\\d\\.\\d+");
        m.put("seconds", "([Tt] ?= ?)?\\d+(\\.\\d+)? ?(s|sec)");
        m.put("minutes", "([Tt] ?= ?)?\\d+(\\.\\d+)? ?min");
        m.put("date_time", "\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4} \\d+:\\d\\d(:\\d\\d)?(\\.\\d+)?");
        m.put("counter", "(#|[Ff]rame ?|[Ss]lice ?)?\\d+");
        return java.util.Collections.unmodifiableMap(m);
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
        String given = format == null || format.isEmpty() ? null : FORMATS.getOrDefault(format, format);
        if (given != null) {
            try {
                recognizer.with(given, 0); // compiles the pattern: a typo is named before any work
            } catch (OcrException e) {
                throw new OcrException("format=" + format + " is not a format name (" + String.join(", ",
                    FORMATS.keySet()) + ") nor a usable regular expression: " + e.getMessage(), e);
            }
        }
        Found found = region != null ? new Found(region.intersection(new Rectangle(imp.getWidth(), imp.getHeight())),
            null) : find(imp, frames);
        Rectangle area = found.box;
        if (area.isEmpty()) {
            throw new OcrException("The selection lies outside " + imp.getTitle() + ": draw it around the timestamp.");
        }
        // What was found decides the kind: a confident clock stays a clock on slices whose small
        // colons the reader misses (a counter would then read it as seven digits).
        TimeText sample = formatOf(imp, frames, area, given != null ? given
            : found.kind != null ? TimeText.any(found.kind) : TimeText.ANY);
        String pattern = given != null ? given : sample.pattern();
        progress.log("Reading the timestamp in " + area.x + "," + area.y + " " + area.width + "x" + area.height
            + " on " + frames.length + " slices as " + sample.kind.name().toLowerCase(java.util.Locale.ROOT)
            + " (pattern " + pattern + ", e.g. " + sample + ").");
        List<Recognizer.ReadLine> lines = readAll(imp, frames, area, pattern);
        return judge(imp, frames, area, pattern, lines);
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

    /** The region a timestamp was found in, and the kind of what was read there (null: a selection). */
    static final class Found {
        final Rectangle box;
        final TimeText.Kind kind;

        Found(Rectangle box, TimeText.Kind kind) {
            this.box = box;
            this.kind = kind;
        }
    }

    /**
     * The timestamp's region: the text found on a few slices that is most surely a time: the same
     * format at the same place with another time on another slice (a scale-bar label does not
     * change), and a clock or a unit rather than a bare number; its boxes joined. A bare number
     * must change to count.
     */
    Found find(ImagePlus imp, int[] frames) {
        int n = frames.length;
        int[] probes = java.util.stream.IntStream.of(0, n / 4, n / 2, 3 * n / 4, n - 1).distinct()
            .map(k -> frames[k]).toArray();
        // Small text (ImageJ's Label... at 12 points) is under what the scene search finds: look
        // again at twice the size before giving up.
        Found found = find(imp, probes, 1);
        found = found != null ? found : find(imp, probes, 2);
        if (found == null) {
            throw new OcrException("No timestamp was found on slices " + java.util.Arrays.toString(probes)
                + " of " + imp.getTitle() + ". Draw a rectangle around the timestamp and run again, or set format="
                + " to how it is written.");
        }
        Rectangle best = inkRows(GrayImages.toGray(imp.getStack().getProcessor(probes[0])), found.box);
        int h = best.height;
        return new Found(new Rectangle(best.x - (int) (MARGIN_X * h), best.y - (int) Math.ceil(MARGIN_Y * h),
            best.width + 2 * (int) (MARGIN_X * h), best.height + 2 * (int) Math.ceil(MARGIN_Y * h))
            .intersection(new Rectangle(imp.getWidth(), imp.getHeight())), found.kind);
    }

    /**
     * The box cut to the rows that hold ink: the scene search pads its boxes for reading, and the
     * reader scales a crop's height to its own, so a loose crop would shrink small text further.
     * Ink is what lies further from the box's median than half the furthest 1% does.
     */
    static Rectangle inkRows(ByteProcessor gray, Rectangle box) {
        Rectangle b = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        int[] hist = new int[256];
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                hist[gray.get(x, y)]++;
            }
        }
        int n = b.width * b.height;
        int median = GrayImages.percentile(hist, n, 0.5);
        int lo = GrayImages.percentile(hist, n, 0.01);
        int hi = GrayImages.percentile(hist, n, 0.99);
        boolean light = hi - median >= median - lo;
        double cut = light ? median + (hi - median) / 2.0 : median - (median - lo) / 2.0;
        int top = -1;
        int bottom = -1;
        for (int y = b.y; y < b.y + b.height; y++) {
            int ink = 0;
            for (int x = b.x; x < b.x + b.width; x++) {
                int v = gray.get(x, y);
                ink += light ? (v > cut ? 1 : 0) : (v < cut ? 1 : 0);
            }
            if (ink >= 2) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        return top < 0 ? box : new Rectangle(box.x, top, box.width, bottom - top + 1);
    }

    /** The best timestamp box on the probe slices magnified {@code zoom} times, in image coordinates; null: none. */
    private Found find(ImagePlus imp, int[] probes, int zoom) {
        // The scene search with chains of two parts (a two-digit counter, as ImageJ's Label...
        // writes on fewer than 100 slices), with any timestamp's pattern.
        SceneReader scene = new SceneReader(finder, 2);
        List<List<Recognizer.ReadLine>> found = new ArrayList<>();
        for (int p : probes) {
            ByteProcessor gray = GrayImages.toGray(imp.getStack().getProcessor(p));
            if (zoom > 1) {
                gray.setInterpolationMethod(ByteProcessor.BILINEAR);
                gray = (ByteProcessor) gray.resize(gray.getWidth() * zoom, gray.getHeight() * zoom);
            }
            List<Recognizer.ReadLine> lines = new ArrayList<>();
            for (Recognizer.ReadLine l : scene.read(gray)) {
                Rectangle b = l.bounds;
                lines.add(new Recognizer.ReadLine(l.text, l.characters, new Rectangle(b.x / zoom, b.y / zoom,
                    (b.width + zoom - 1) / zoom, (b.height + zoom - 1) / zoom)));
            }
            found.add(lines);
        }
        Found best = null;
        double bestScore = 0;
        for (int a = 0; a < probes.length; a++) {
            for (Recognizer.ReadLine anchor : found.get(a)) {
                TimeText t0 = TimeText.parse(anchor.text);
                if (t0 == null) {
                    continue;
                }
                Rectangle union = new Rectangle(anchor.bounds);
                boolean changes = false;
                for (int k = 0; k < probes.length; k++) {
                    for (Recognizer.ReadLine other : k == a ? List.<Recognizer.ReadLine>of() : found.get(k)) {
                        TimeText t = TimeText.parse(other.text);
                        if (t != null && t0.sameFormat(t) && overlapsInY(anchor.bounds, other.bounds)
                            && anchor.bounds.intersects(grown(other.bounds, other.bounds.height))) {
                            union.add(other.bounds);
                            changes |= t.value != t0.value;
                        }
                    }
                }
                boolean timeLike = t0.kind != TimeText.Kind.COUNTER;
                double score = (changes ? 10 : 0) + (timeLike ? 5 : 0) + SceneReader.textScore(anchor.characters);
                if ((changes || timeLike) && score > bestScore) {
                    best = new Found(union, t0.kind);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static boolean overlapsInY(Rectangle a, Rectangle b) {
        int top = Math.max(a.y, b.y);
        int bottom = Math.min(a.y + a.height, b.y + b.height);
        return bottom - top > 0.5 * Math.min(a.height, b.height);
    }

    private static Rectangle grown(Rectangle r, int by) {
        return new Rectangle(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
    }

    /**
     * The format most of a few evenly spaced slices show in the region (its kind and resolution),
     * as its most zero-padded reading writes it.
     */
    private TimeText formatOf(ImagePlus imp, int[] frames, Rectangle area, String pattern) {
        List<ByteProcessor> crops = new ArrayList<>();
        int n = Math.min(FORMAT_PROBES, frames.length);
        for (int k = 0; k < n; k++) {
            crops.add(crop(imp.getStack(), frames[(int) ((long) k * (frames.length - 1) / Math.max(1, n - 1))], area));
        }
        List<TimeText> read = new ArrayList<>();
        List<Recognizer.ReadLine> readings = recognizer.readCrops(crops, pattern);
        for (Recognizer.ReadLine line : readings) {
            TimeText t = line == null || rejected(line) ? null : TimeText.parse(line.text);
            if (t != null) {
                read.add(t);
            }
        }
        Map<TimeText.Kind, Long> kinds = read.stream().collect(java.util.stream.Collectors.groupingBy(t -> t.kind,
            java.util.stream.Collectors.counting()));
        TimeText.Kind kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElseThrow(() -> new OcrException("No timestamp could be read at " + area.x + "," + area.y + " "
                + area.width + "x" + area.height + " in " + imp.getTitle() + ". Draw a rectangle around the"
                + " timestamp only, or set format= (" + String.join(", ", FORMATS.keySet()) + ", or a regular"
                + " expression)."));
        // A reading that shows a decimal did not invent it (small points are what a reader
        // misses): the finest resolution a quarter of the readings show, written as most of those
        // write it (the more padded where as many write it each way).
        List<TimeText> ofKind = read.stream().filter(t -> t.kind == kind).collect(java.util.stream.Collectors.toList());
        double finest = ofKind.stream().mapToDouble(t -> t.resolution).distinct()
            .filter(r -> ofKind.stream().filter(t -> t.resolution == r).count() >= Math.max(2, ofKind.size() / 4.0))
            .min().orElse(ofKind.get(0).resolution);
        List<TimeText> finestOnes = ofKind.stream().filter(t -> t.resolution == finest)
            .collect(java.util.stream.Collectors.toList());
        Map<String, Long> forms = finestOnes.stream().collect(java.util.stream.Collectors.groupingBy(TimeText::pattern,
            java.util.stream.Collectors.counting()));
        TimeText sample = finestOnes.stream().max(java.util.Comparator.<TimeText>comparingLong(t -> forms.get(t.pattern()))
            .thenComparingInt(TimeText::leadingWidth)).get();
        return kind == TimeText.Kind.WITH_UNIT ? unitOf(crops, readings, sample) : sample;
    }

    /**
     * The unit word decided over all probe slices together: each reading rewritten with each unit
     * and scored against its slice's lattice (whole-text probabilities, multiplied over slices). A
     * small "min" read once as "ms" would be a factor of 60,000; one vote per slice is not enough.
     */
    private TimeText unitOf(List<ByteProcessor> crops, List<Recognizer.ReadLine> readings, TimeText sample) {
        double[] total = new double[TimeText.UNITS.size()];
        for (int k = 0; k < crops.size(); k++) {
            TimeText t = readings.get(k) == null ? null : TimeText.parse(readings.get(k).text);
            if (t == null || t.kind != TimeText.Kind.WITH_UNIT) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            TimeText.UNITS.forEach(u -> texts.add(t.withUnit(u)));
            double[] scores = recognizer.scores(crops.get(k), texts);
            for (int u = 0; u < total.length; u++) {
                total[u] += Math.log(Math.max(1e-300, scores[u])) * texts.get(u).codePointCount(0, texts.get(u).length());
            }
        }
        int best = 0;
        for (int u = 1; u < total.length; u++) {
            best = total[u] > total[best] ? u : best;
        }
        TimeText chosen = TimeText.parse(sample.withUnit(TimeText.UNITS.get(best)));
        return chosen != null ? chosen : sample;
    }

    private static boolean rejected(Recognizer.ReadLine line) {
        return line.characters.stream().anyMatch(c -> c.rejected);
    }

    private List<Recognizer.ReadLine> readAll(ImagePlus imp, int[] frames, Rectangle area, String pattern) {
        List<Recognizer.ReadLine> out = new ArrayList<>();
        ImageStack stack = imp.getStack();
        for (int from = 0; from < frames.length; from += BATCH) {
            if (progress.isCanceled()) {
                throw new CanceledException("Read Timestamps stopped at slice " + (from + 1) + " of " + frames.length
                    + "; nothing was changed.");
            }
            progress.progress(from, frames.length, "Reading timestamps");
            List<ByteProcessor> crops = new ArrayList<>();
            for (int k = from; k < Math.min(frames.length, from + BATCH); k++) {
                crops.add(crop(stack, frames[k], area));
            }
            out.addAll(recognizer.readCrops(crops, pattern));
        }
        progress.progress(frames.length, frames.length, "Reading timestamps");
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
        List<Recognizer.ReadLine> lines) {
        int n = frames.length;
        TimeText[] parsed = new TimeText[n];
        double[] values = new double[n];
        Map<String, Integer> resolutions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Recognizer.ReadLine line = lines.get(i);
            parsed[i] = line == null || rejected(line) ? null : TimeText.parse(line.text);
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
        double[] confidences = new double[n];
        for (int i = 0; i < n; i++) {
            Recognizer.ReadLine line = lines.get(i);
            confidences[i] = line == null ? 0 : line.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        }
        TimeSequence seq = new TimeSequence(values, typical.resolution, confidences, threshold);
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(imp, frames, area, i, lines.get(i), parsed, seq));
        }
        rows = placeSteps(rows, typical.resolution, threshold);
        double start = seq.interval() > 0 ? startOf(rows, seq.interval()) : Double.NaN;
        return new Timestamps(rows, area, pattern, typical.kind, seq.interval(), start);
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
        TimeText[] parsed, TimeSequence seq) {
        String text = line == null ? "" : line.text;
        double conf = line == null ? 0 : line.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        double value = parsed[i] == null ? Double.NaN : parsed[i].value;
        switch (seq.status(i)) {
            case GAP:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.GAP, "",
                    seq.dropped(i) + (seq.dropped(i) == 1 ? " frame" : " frames") + " missing before this one");
            case REPEATED:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.REPEATED, "",
                    "the same time as the slice before");
            case BREAK:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.FLAGGED, "",
                    "the times before and after this slice do not fit one interval");
            case SUSPECT:
            case MISSING:
                return reread(imp, frames, area, i, text, conf, parsed, seq);
            default:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
        }
    }

    /**
     * A slice that does not fit, read again as the text its neighbours predict: corrected when the
     * image holds that text with the usual confidence, flagged otherwise (its reading kept).
     */
    private TimestampReading reread(ImagePlus imp, int[] frames, Rectangle area, int i, String text, double conf,
        TimeText[] parsed, TimeSequence seq) {
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
            double bar = parsed[i] != null ? CONFIRMS * scores[0] : threshold;
            if (texts.get(best).equals(text)) {
                // The neighbours predict what was read: it fits after all.
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
            }
            if (scores[best] > 0 && scores[best] >= bar) {
                String now = texts.get(best);
                return new TimestampReading(i + 1, now, TimeText.parse(now).value, scores[best],
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

    /** The first frame's time from the first trusted reading, counted back. */
    private static double startOf(List<TimestampReading> rows, double interval) {
        for (TimestampReading r : rows) {
            if (r.status == TimestampReading.Status.READ && !Double.isNaN(r.value)) {
                return r.value - (r.slice - 1) * interval;
            }
        }
        return Double.NaN;
    }
}
