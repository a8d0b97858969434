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
 * confirmed by the image it is corrected, otherwise flagged; it is never changed silently. A
 * stack that would be refused is read once more at twice the size before it is.
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
        this.finder = new TimestampFinder(recognizer.with(TimestampFinder.PATTERN, TimestampFinder.THRESHOLD));
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
        Rectangle area = null;
        if (region != null) {
            area = region.intersection(new Rectangle(imp.getWidth(), imp.getHeight()));
            if (area.isEmpty()) {
                throw new OcrException("The selection lies outside " + imp.getTitle() + ": draw it around the timestamp.");
            }
        }
        return read(imp, frames, area, given, format);
    }

    /** Said of a refusal when the stack was read at twice the size too. */
    private static final String NOR_ENLARGED = " (Read again at twice the size, it did not read either.)";

    /**
     * {@code refused} thrown as it is, or with {@link #NOR_ENLARGED} where the stack was already
     * read at twice the size ({@code enlarged}); else the stack read again at twice the size.
     */
    private Timestamps refusedOrEnlarged(ImagePlus imp, int[] frames, Rectangle area, String given, String format,
        OcrException refused, boolean enlarged) {
        if (enlarged) {
            throw new OcrException(refused.getMessage() + NOR_ENLARGED, refused);
        }
        if (imp.getStack() instanceof EnlargedStack || !EnlargedStack.fits(imp)) {
            throw refused;
        }
        return readEnlarged(imp, frames, area, given, format, refused);
    }

    /**
     * What a refusal for small text told users to do (enlarge the stack first), done here: the
     * stack read again at twice the size, the region given back in the image's own coordinates.
     * Nothing was set either way; if this fails too, the first reason is given, saying so.
     */
    private Timestamps readEnlarged(ImagePlus imp, int[] frames, Rectangle area, String given, String format,
        OcrException refused) {
        int f = EnlargedStack.FACTOR;
        progress.log(refused.getMessage() + " Reading it again at twice the size (as Image > Scale... would);"
            + " places below are at that size.");
        Timestamps big;
        try {
            big = read(EnlargedStack.of(imp), frames, area == null ? null
                : new Rectangle(area.x * f, area.y * f, area.width * f, area.height * f), given, format);
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException e) {
            throw new OcrException(refused.getMessage() + NOR_ENLARGED, refused);
        }
        return inImage(big, f);
    }

    /**
     * Whether a timestamp region is under {@value Timestamps#SMALL_TEXT} pixels high on a stack that
     * can be enlarged: text this small the reader garbles in ways the sequence cannot see (a
     * 12-point clock scaled down was found without its first digits and read two hours early on
     * every slice).
     */
    private static boolean small(ImagePlus imp, Rectangle region) {
        return region.height < Timestamps.SMALL_TEXT && !(imp.getStack() instanceof EnlargedStack)
            && EnlargedStack.fits(imp);
    }

    /**
     * The stack read at twice the size, as Image > Scale... would make it, in {@code area} (null:
     * found there), the region given back in the image's coordinates; null when it does not read
     * there, and then it is read as it is.
     */
    private Timestamps atTwiceTheSize(ImagePlus imp, int[] frames, Rectangle area, String given, String format) {
        try {
            Timestamps big = read(EnlargedStack.of(imp), frames, area, given, format);
            progress.log("The timestamp is under " + Timestamps.SMALL_TEXT + " pixels high: it was also read at twice"
                + " the size (places in the lines above are at that size); a slice read as another time there is"
                + " flagged.");
            return inImage(big, EnlargedStack.FACTOR);
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException e) {
            progress.log(e.getMessage() + " (At twice the size; it is read as it is.)");
            return null;
        }
    }

    /**
     * The stack as it is ({@code asIs}, which may refuse), checked against its reading at twice the
     * size ({@code big}; null: none). Of the two, the one with fewer flagged slices (as it is when
     * as many); then each of its slices read as another time at the other size is flagged: at
     * either size a small clock can be misread the same way on every slice (two hours early at
     * one size and right at the other, or the other way round), which no sequence check sees.
     */
    private static Timestamps bothSizes(java.util.function.Supplier<Timestamps> asIs, Timestamps big) {
        Timestamps normal;
        try {
            normal = asIs.get();
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException e) {
            if (big == null) {
                throw e;
            }
            return big;
        }
        if (big == null || big.readings.size() != normal.readings.size()) {
            return normal;
        }
        boolean bigFirst = big.count(TimestampReading.Status.FLAGGED) < normal.count(TimestampReading.Status.FLAGGED);
        Timestamps chosen = bigFirst ? big : normal;
        Timestamps other = bigFirst ? normal : big;
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < chosen.readings.size(); i++) {
            TimestampReading r = chosen.readings.get(i);
            TimestampReading o = other.readings.get(i);
            boolean bothTaken = r.status != TimestampReading.Status.FLAGGED && o.status != TimestampReading.Status.FLAGGED;
            if (bothTaken && !(Math.abs(r.value - o.value) < 1e-9)) {
                r = new TimestampReading(r.slice, r.text, r.value, r.confidence, TimestampReading.Status.FLAGGED,
                    r.readAs, (r.note.isEmpty() ? "" : r.note + "; ") + "small text: read as " + r.text + " at "
                    + (bigFirst ? "twice the size" : "the image's size") + " and as " + o.text + " at "
                    + (bigFirst ? "the image's size" : "twice the size"));
            }
            rows.add(r);
        }
        return new Timestamps(rows, chosen.region, chosen.pattern, chosen.kind, chosen.interval, chosen.intervalError,
            chosen.doubt);
    }

    /** Timestamps read on a stack enlarged {@code f} times, their region in the image's own coordinates. */
    private static Timestamps inImage(Timestamps big, int f) {
        Rectangle r = big.region;
        return new Timestamps(big.readings, new Rectangle(r.x / f, r.y / f, (r.width + f - 1) / f,
            (r.height + f - 1) / f), big.pattern, big.kind, big.interval, big.intervalError, big.doubt);
    }

    /** The timestamp in {@code area} (null: found here) on every frame, or why not. */
    private Timestamps read(ImagePlus imp, int[] frames, Rectangle area, String given, String format) {
        if (area != null) {
            Timestamps inside = foundInside(imp, frames, area, given, format);
            if (inside != null) {
                return inside;
            }
            try {
                Rectangle rows = textRows(imp, frames, area, true);
                return inTextRows(rows, area, "selection", "the selection as drawn",
                    box -> readSelection(imp, frames, box, given, format));
            } catch (CanceledException e) {
                throw e;
            } catch (OcrException refused) {
                // Small, the drawn rectangle was read at twice the size already.
                return refusedOrEnlarged(imp, frames, area, given, format, refused, small(imp, area));
            }
        }
        // The first place that reads as a running time on every slice; the first one's refusal otherwise.
        List<TimestampFinder.Found> candidates;
        try {
            candidates = finder.candidates(imp, frames);
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException none) {
            return refusedOrEnlarged(imp, frames, null, given, format, none, false);
        }
        boolean[] enlarged = {false};
        try {
            return readFound(imp, frames, candidates, given, format, enlarged);
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException first) {
            // A small candidate found the stack again at twice the size already, in vain.
            return refusedOrEnlarged(imp, frames, null, given, format, first, enlarged[0]);
        }
    }

    /**
     * The first of {@code candidates} that reads as a running time on every slice; the first
     * one's refusal thrown otherwise. {@code enlarged[0]} is set when the stack was read at twice
     * the size on the way (once, whichever small candidate asks first).
     */
    private Timestamps readFound(ImagePlus imp, int[] frames, List<TimestampFinder.Found> candidates, String given,
        String format, boolean[] enlarged) {
        OcrException first = null;
        Timestamps big = null;
        for (int k = 0; k < candidates.size(); k++) {
            TimestampFinder.Found found = candidates.get(k);
            // Text on a plate is read with the region past the plate's edges painted as plate; no
            // cell is left there to narrow the rows against, and thin grey strokes that do not
            // reach the ink level of the plate's darkest marks would narrow them to those marks.
            // Text found only in its strokes is read in them.
            ImagePlus view = found.plate != null ? PlatedStack.of(imp, found.plate)
                : StrokedStack.of(imp, found.box, found.view);
            Rectangle rows = found.plate == null ? textRows(view, frames, found.box, false) : found.box;
            boolean small = small(imp, rows);
            if (!enlarged[0] && small) {
                big = atTwiceTheSize(imp, frames, null, given, format);
                enlarged[0] = true;
            }
            Timestamps twice = small ? big : null;
            try {
                return bothSizes(() -> inTextRows(rows, found.box, "region found", "the region found",
                    box -> unitOnlyChecked(imp, found, read(view, frames, found.in(box), given, format))), twice);
            } catch (CanceledException e) {
                throw e;
            } catch (OcrException e) {
                first = first == null ? e : first;
                if (k + 1 < candidates.size()) {
                    progress.log(e.getMessage() + " Trying the next place that read as a time.");
                }
            }
        }
        throw first != null ? first : new OcrException("No place to read a timestamp in " + imp.getTitle() + ".");
    }

    /**
     * The timestamp found inside a loose selection ({@link #loose}) and read as a found one is
     * (its text's columns and rows, its plate); null when none is found there, it is small, or it
     * does not read, and then the selection is read as drawn. A band across the frame takes in a
     * plate's edges and cells beside the text: read whole, most such stacks were refused, and a
     * Courier-shaped clock on a plate was read 6 ms late on every slice, which no sequence check
     * sees (acquisition seed 42 in Nimbus Mono PS); the finder's place read every slice exact.
     * A selection that holds a found place reaching past a plate's edges is read there too,
     * however tight: read whole, a wide date and time on a plate in a band across the frame read
     * {@code 2024-0-012:34:09} on every slice, 9 s late and unflagged; the found place is read
     * with what lies past the plate painted as plate.
     */
    private Timestamps foundInside(ImagePlus imp, int[] frames, Rectangle area, String given, String format) {
        List<TimestampFinder.Found> inside = new ArrayList<>();
        try {
            for (TimestampFinder.Found f : finder.candidates(imp, frames)) {
                if ((loose(area, f.box) || area.contains(f.box) && f.plate != null) && !small(imp, f.box)) {
                    inside.add(f);
                }
            }
            return inside.isEmpty() ? null : readFound(imp, frames, inside, given, format, new boolean[] {true});
        } catch (CanceledException e) {
            throw e;
        } catch (OcrException e) {
            progress.log(e.getMessage() + " (Inside the selection; reading the selection as drawn.)");
            return null;
        }
    }

    /**
     * Whether {@code area} is loose around the place {@code found} (with the finder's margins):
     * that place lies within it and it is half as wide again or twice as high.
     */
    static boolean loose(Rectangle area, Rectangle found) {
        return area.contains(found) && (area.width >= 1.5 * found.width || area.height >= 2 * found.height);
    }

    /**
     * {@code read} as it is, unless its place was found by a unit word alone
     * ({@link TimestampFinder#unitWord}) and its time advances less than one display step a
     * frame: then it is refused. The number was never found there, and a cell over it can read
     * as a coarse display counting up ({@code 1min} on five slices, then {@code 2min}...), which
     * the sequence cannot tell from a real one.
     */
    private static Timestamps unitOnlyChecked(ImagePlus imp, TimestampFinder.Found found, Timestamps read) {
        if (!found.unitOnly || !(read.interval > 0)) {
            return read;
        }
        double step = read.readings.stream().filter(r -> r.status != TimestampReading.Status.FLAGGED)
            .map(r -> TimeText.parse(r.text)).filter(java.util.Objects::nonNull).mapToDouble(t -> t.resolution)
            .min().orElse(Double.NaN);
        if (read.interval >= step) {
            return read;
        }
        Rectangle r = read.region;
        throw new OcrException("The time in " + r.x + "," + r.y + " " + r.width + "x" + r.height + " of "
            + imp.getTitle() + " was found by its unit word alone and advances less than its display's step"
            + " per frame, as a cell over the number can read; no frame interval was set. Draw a rectangle"
            + " around the timestamp, or set format=.");
    }

    /**
     * The timestamp read in {@code rows}, the text's rows of {@code box}; where those do not read,
     * or are the box, in {@code box} itself ({@code what} and {@code instead} name both in the log).
     */
    private Timestamps inTextRows(Rectangle rows, Rectangle box, String what, String instead,
        java.util.function.Function<Rectangle, Timestamps> read) {
        if (!rows.equals(box)) {
            try {
                return read.apply(rows);
            } catch (CanceledException e) {
                throw e;
            } catch (OcrException e) {
                progress.log(e.getMessage() + " (In the text's rows of the " + what + "; reading " + instead + ".)");
            }
        }
        return read.apply(box);
    }

    /** The timestamp in the user's {@code area}, read at twice the size too when it is small. */
    private Timestamps readSelection(ImagePlus imp, int[] frames, Rectangle area, String given, String format) {
        int f = EnlargedStack.FACTOR;
        Timestamps big = small(imp, area) ? atTwiceTheSize(imp, frames, new Rectangle(area.x * f, area.y * f,
            area.width * f, area.height * f), given, format) : null;
        return bothSizes(() -> read(imp, frames, new TimestampFinder.Found(area, null), given, format), big);
    }

    /**
     * A region narrowed to the rows of its text, with the margins the finder gives a found
     * timestamp: the rows where any probe slice has ink of the text's colour. A loose rectangle
     * around small text reads as other marks (a 12-pixel clock in a 24-pixel selection read
     * {@code 880806}), and is not judged small; the finder's box, cut where half the region's
     * brightest 1% is, takes in the rows of a cell beside the text (a 14-point clock over one was
     * read {@code 06:39} for {@code 00:39}). The region itself where a probe shows no pixel of the
     * text's colour, or where the text's rows fill it. {@code drawn}: the area is a rectangle the
     * user drew around the text, and the rows thin grey stems cross between its rows are its too
     * ({@link TextInk#textRows}).
     */
    private static Rectangle textRows(ImagePlus imp, int[] frames, Rectangle area, boolean drawn) {
        List<ByteProcessor> probes = probes(imp, frames, area);
        TextInk ink = TextInk.of(probes);
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (ByteProcessor p : probes) {
            int[] rows = ink.textRows(p, drawn);
            if (rows == null) {
                return area;
            }
            top = Math.min(top, rows[0]);
            bottom = Math.max(bottom, rows[1]);
        }
        int h = bottom - top + 1;
        int m = (int) Math.ceil(TimestampFinder.MARGIN_Y * h);
        return new Rectangle(area.x, area.y + top - m, area.width, h + 2 * m).intersection(area);
    }

    private Timestamps read(ImagePlus imp, int[] frames, TimestampFinder.Found found, String given, String format) {
        Rectangle area = found.box;
        // What was found decides the kind: a confident clock stays a clock on slices whose small
        // colons the reader misses (a counter would then read it as seven digits).
        boolean hoursMinutes = HOURS_MINUTES.equals(format);
        TimeText sample = formats.of(imp, frames, area, given != null ? given
            : found.kind != null ? TimeText.found(found.kind) : TimeText.ANY, hoursMinutes);
        String pattern = given != null ? given : sample.pattern();
        progress.log("Reading the timestamp in " + area.x + "," + area.y + " " + area.width + "x" + area.height
            + " on " + frames.length + " slices as " + sample.kind.name().toLowerCase(java.util.Locale.ROOT)
            + " (pattern " + pattern + ", e.g. " + sample + ").");
        List<ByteProcessor> probes = probes(imp, frames, area);
        TextInk ink = inkThatHelps(probes, pattern, hoursMinutes);
        TimeText hidden = given == null && hiddenPoint(probes, ink, pattern, sample) ? sample : null;
        List<Recognizer.ReadLine> lines = readAll(imp, frames, area, ink, pattern);
        return judge(imp, frames, area, ink, pattern, lines, hoursMinutes, hidden, null);
    }

    /** Whether a whole number with a unit may have lost a point on every slice ({@link HiddenPoint}). */
    private boolean hiddenPoint(List<ByteProcessor> probes, TextInk ink, String pattern, TimeText sample) {
        if (sample.kind != TimeText.Kind.WITH_UNIT || sample.resolution < 1) {
            return false;
        }
        List<ByteProcessor> painted = new ArrayList<>();
        probes.forEach(p -> painted.add(ink.clean(p)));
        return HiddenPoint.inDoubt(recognizer, painted, recognizer.readCrops(painted, pattern));
    }

    /**
     * The text's colour measured on the probes ({@link TextInk}), or {@link TextInk#NONE} when the
     * probes painted read worse than as they are: fewer of them as times, or with less confidence.
     * The colour is the region's furthest 1%, and a saturated cell beside grey text can be that:
     * then it is the text that never comes near it, and bold text is thick enough to be painted.
     */
    private TextInk inkThatHelps(List<ByteProcessor> probes, String pattern, boolean hoursMinutes) {
        TextInk ink = TextInk.of(probes);
        List<ByteProcessor> painted = new ArrayList<>();
        boolean changed = false;
        for (ByteProcessor p : probes) {
            painted.add(ink.clean(p));
            changed |= painted.get(painted.size() - 1) != p;
        }
        if (!changed) {
            return ink;
        }
        List<Recognizer.ReadLine> before = recognizer.readCrops(probes, pattern);
        List<Recognizer.ReadLine> after = recognizer.readCrops(painted, pattern);
        return times(after, hoursMinutes) >= times(before, hoursMinutes)
            && confidence(after) >= confidence(before) ? ink : TextInk.NONE;
    }

    private static int times(List<Recognizer.ReadLine> lines, boolean hoursMinutes) {
        int n = 0;
        for (Recognizer.ReadLine l : lines) {
            n += l != null && !TimestampFormat.rejected(l) && TimeText.parse(l.text, hoursMinutes) != null ? 1 : 0;
        }
        return n;
    }

    /** The mean over the lines of their characters' mean probability. */
    private static double confidence(List<Recognizer.ReadLine> lines) {
        return lines.stream().mapToDouble(l -> l == null ? 0
            : l.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0)).average().orElse(0);
    }

    /** The region on {@value TimestampFormat#PROBES} evenly spaced slices (fewer in a short stack). */
    static List<ByteProcessor> probes(ImagePlus imp, int[] frames, Rectangle area) {
        List<ByteProcessor> out = new ArrayList<>();
        int n = Math.min(TimestampFormat.PROBES, frames.length);
        for (int k = 0; k < n; k++) {
            out.add(crop(imp.getStack(), frames[(int) ((long) k * (frames.length - 1) / Math.max(1, n - 1))], area));
        }
        return out;
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

    private List<Recognizer.ReadLine> readAll(ImagePlus imp, int[] frames, Rectangle area, TextInk ink,
        String pattern) {
        ImageStack stack = imp.getStack();
        return crops.read(frames.length, k -> ink.clean(crop(stack, frames[k], area)), pattern, recognizer, progress);
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

    /**
     * The readings judged as a sequence; {@code shared}: the first numbers they were read with
     * ({@link SharedFirstNumber}), null on the first reading. On a clock, long runs of unsure
     * readings may make the sequence ({@link TimeSequence#LONG_RUN}); where the stack is then in
     * doubt or refused, it is judged on sure runs alone, as before long runs counted: a clock too
     * small to read can read its minutes and seconds unsurely but steadily, its hours not.
     */
    private Timestamps judge(ImagePlus imp, int[] frames, Rectangle area, TextInk ink, String pattern,
        List<Recognizer.ReadLine> lines, boolean hoursMinutes, TimeText hiddenPoint, SharedFirstNumber shared) {
        boolean[] longRunsUsed = new boolean[1];
        try {
            Timestamps t = judge(imp, frames, area, ink, pattern, lines, hoursMinutes, hiddenPoint, shared,
                longRunsUsed);
            if (t.doubt == null || !longRunsUsed[0]) {
                return t;
            }
        } catch (OcrException e) {
            if (!longRunsUsed[0]) {
                throw e; // judged as it would be on sure runs alone: once is enough
            }
        }
        // judged again on sure runs alone, which says why if it refuses too
        return judge(imp, frames, area, ink, pattern, lines, hoursMinutes, hiddenPoint, shared, null);
    }

    /**
     * {@code longRunsUsed}: null to judge on sure runs alone; else long runs count where the
     * readings are a clock's, and its one element says whether they were.
     */
    private Timestamps judge(ImagePlus imp, int[] frames, Rectangle area, TextInk ink, String pattern,
        List<Recognizer.ReadLine> lines, boolean hoursMinutes, TimeText hiddenPoint, SharedFirstNumber shared,
        boolean[] longRunsUsed) {
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
        // Long runs count for clocks alone: minutes and seconds that run on steadily are read, while
        // a number's unit can be a cell beside it, read unsurely as "s" on every slice (a counter
        // then read as seconds, generated seed 1105 in Liberation Sans).
        boolean longRuns = longRunsUsed != null
            && (typical.kind == TimeText.Kind.CLOCK || typical.kind == TimeText.Kind.DATE_TIME);
        if (longRunsUsed != null) {
            longRunsUsed[0] = longRuns;
        }
        TimeSequence first = new TimeSequence(values, typical.resolution, confidences, threshold, longRuns);
        double[] cleared = first.interval() > 0 ? LostDigits.cleared(first, parsed, values) : null;
        TimeSequence seq = cleared == null ? first
            : new TimeSequence(cleared, typical.resolution, confidences, threshold, longRuns);
        if (!(seq.interval() > 0)) {
            // Readings that do not run forward (a cell read as 0s, 8s, 4s...) are no clock: every
            // slice would be reported as read, each with a wrong time.
            throw new OcrException("The text in " + area.x + "," + area.y + " " + area.width + "x" + area.height
                + " of " + imp.getTitle() + " does not read as a running time (no run of slices whose times grow"
                + " steadily), so no frame interval was set. Draw a rectangle around the timestamp, or set format=.");
        }
        Slices slices = new Slices(imp, frames, area, ink, pattern, parsed, seq, hoursMinutes,
            new TextWidths(lines, k -> trusted(seq.status(k))), shared);
        List<TimestampReading> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(slices, i, lines.get(i)));
        }
        rows = placeSteps(rows, typical.resolution, threshold, longRuns);
        long flagged = rows.stream().filter(r -> r.status == TimestampReading.Status.FLAGGED).count();
        List<String> others = FirstNumber.disagreeing(rows, i -> expected(slices, i), hoursMinutes);
        boolean clock = typical.kind == TimeText.Kind.CLOCK || typical.kind == TimeText.Kind.DATE_TIME;
        // A clock's steps do not depend on its first number, nor do those of a number read with
        // its fraction (a cell read as a leading 9 of 9.5 s); a whole number read with its
        // leading digit in doubt may also have lost its point (0.5 s read as 5 s).
        boolean intervalKept = clock || typical.resolution < 1;
        // Slices of a clock that differ from the sequence in the first number alone count up with
        // it in the rest: no chance agreement (a sure cell read as 90:33 on ten slices of a small
        // 00:33 clock, the other fifty read right but unsurely). They are judged below, not here.
        // Only a clock's: a single number's are told by its leading digits alone, a weaker sign.
        long disputed = clock && FirstNumber.inDoubt(others.size(), n) ? others.size() : 0;
        if (clock && shared == null) {
            Timestamps again = withSharedFirstNumber(imp, frames, area, ink, pattern, lines, hoursMinutes, hiddenPoint,
                rows, slices, FirstNumber.inDoubt(others.size(), n));
            if (again != null) {
                return again;
            }
        }
        if (flagged - disputed > n / 2) {
            // A run of a few slices that happen to count up (small text read as "2", "3", "4") is a
            // sequence by chance: its interval and its "read" slices would be wrong.
            throw new OcrException("Only " + (n - flagged) + " of " + n + " slices of " + imp.getTitle()
                + " read as a running time in " + area.x + "," + area.y + " " + area.width + "x" + area.height
                + ", too few to trust, so no frame interval was set. Draw a rectangle around the timestamp, or"
                + " set format=.");
        }
        // A doubt about the first number leaves the interval standing.
        String doubt = null;
        double interval = seq.interval();
        if (FirstNumber.inDoubt(others.size(), n)) {
            doubt = FirstNumber.why(rows, others, intervalKept);
            rows = FirstNumber.flagged(rows, others);
            interval = intervalKept ? interval : Double.NaN;
        }
        int lastDigit = LastDigit.of(parsed);
        if (lastDigit > 0) {
            doubt = LastDigit.why(lastDigit);
            rows = LastDigit.flagged(rows, lastDigit);
            interval = Double.NaN;
        } else if (LastDigit.wanders(parsed, seq.interval())) {
            doubt = LastDigit.whyWandering();
            rows = TimestampReading.allFlagged(rows,
                "the last digit wanders while the rest counts: probably not a digit of the count");
            interval = Double.NaN;
        }
        if (doubt == null && !clock && TenfoldReadings.inDoubt(rows, seq, typical.resolution)) {
            doubt = TenfoldReadings.why();
            rows = TimestampReading.allFlagged(rows, "ten times the time other slices predict");
            interval = Double.NaN;
        }
        int mark = doubt == null && !clock ? LeadingMark.digit(parsed, seq, typical.resolution, confidences, threshold)
            : -1;
        if (mark >= 0) {
            doubt = LeadingMark.why(mark);
            rows = TimestampReading.allFlagged(rows,
                "every reading starts with " + mark + ": probably a mark beside the number");
        }
        if (hiddenPoint != null) {
            doubt = HiddenPoint.why(hiddenPoint);
            rows = HiddenPoint.flagged(rows);
            interval = Double.NaN;
        }
        return new Timestamps(rows, area, pattern, typical.kind, interval, seq.intervalError(), doubt);
    }

    /**
     * The slices flagged where only their first number differs from what the sequence predicts
     * (every slice, when {@code inDoubt}), read again with their first number replaced by what
     * the slices showing it share ({@link SharedFirstNumber}), and the stack judged again. Null
     * when there are none, or when judged again the first number is in doubt or no fewer slices
     * are flagged ({@code inDoubt}: the first judgement doubts it, and would flag every slice).
     * Slices whose reading changed are reported as corrected, with their first reading.
     */
    private Timestamps withSharedFirstNumber(ImagePlus imp, int[] frames, Rectangle area, TextInk ink,
        String pattern, List<Recognizer.ReadLine> lines, boolean hoursMinutes, TimeText hiddenPoint,
        List<TimestampReading> rows, Slices slices, boolean inDoubt) {
        int n = frames.length;
        List<Integer> redo = FirstNumber.offInFirstNumberAlone(rows, i -> expected(slices, i), hoursMinutes);
        if (redo.isEmpty()) {
            return null;
        }
        boolean[] asRead = new boolean[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            TimestampReading r = rows.get(i);
            asRead[i] = r.status != TimestampReading.Status.FLAGGED && r.status != TimestampReading.Status.CORRECTED;
            List<String> e = r.status == TimestampReading.Status.FLAGGED ? expected(slices, i) : List.of(r.text);
            predicted[i] = e.isEmpty() ? null : e.get(0);
        }
        ImageStack stack = imp.getStack();
        boolean light = TextInk.of(probes(imp, frames, area)).light();
        SharedFirstNumber shared = SharedFirstNumber.of(predicted, SharedFirstNumber.cut(lines, asRead),
            k -> crop(stack, frames[k], area), light);
        if (inDoubt && shared != null) {
            // The run itself may be the misread one (a cell over the hours on most slices): every
            // slice is read with the shared first number.
            redo.clear();
            java.util.stream.IntStream.range(0, n).filter(shared::covers).forEach(redo::add);
        }
        redo.removeIf(i -> shared == null || !shared.covers(i));
        if (redo.isEmpty()) {
            return null;
        }
        List<Recognizer.ReadLine> read = crops.read(redo.size(),
            k -> ink.clean(shared.pasted(redo.get(k), crop(stack, frames[redo.get(k)], area))), pattern, recognizer,
            progress);
        List<Recognizer.ReadLine> again = new ArrayList<>(lines);
        for (int k = 0; k < redo.size(); k++) {
            again.set(redo.get(k), read.get(k));
        }
        Timestamps t;
        try {
            t = judge(imp, frames, area, ink, pattern, again, hoursMinutes, hiddenPoint, shared);
        } catch (OcrException e) {
            return null;
        }
        long before = rows.stream().filter(r -> r.status == TimestampReading.Status.FLAGGED).count();
        if (t.doubt != null || !inDoubt && t.count(TimestampReading.Status.FLAGGED) >= before) {
            return null;
        }
        List<TimestampReading> out = new ArrayList<>();
        int changed = 0;
        for (TimestampReading r : t.readings) {
            int i = r.slice - 1;
            String first = lines.get(i) == null ? "" : lines.get(i).text;
            boolean asItIs = r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.GAP
                || r.status == TimestampReading.Status.REPEATED;
            if (redo.contains(i) && asItIs && !r.text.equals(first)) {
                changed++;
                out.add(new TimestampReading(r.slice, r.text, r.value, r.confidence, TimestampReading.Status.CORRECTED,
                    first, SHARED + (r.note.isEmpty() ? "" : "; " + r.note)));
            } else {
                out.add(r);
            }
        }
        progress.log(redo.size() + " slices of " + imp.getTitle() + " read a first number the sequence does not"
            + " predict; read again where the slices showing the same first number share their ink (a cell moving"
            + " over it left out): " + changed + " corrected.");
        return new Timestamps(out, t.region, t.pattern, t.kind, t.interval, t.intervalError, null);
    }

    /** The note of a slice whose first number was read from what the slices showing it share. */
    static final String SHARED =
        "its first number read where the slices showing it share their ink (a cell crossed it)";

    /**
     * Gaps and repeats placed again once suspect slices are corrected: a gap just after two
     * misread slices belongs before them. A corrected slice keeps its status and says so in its
     * note. A slice that the final readings' sequence still does not trust is flagged, and so is
     * one left as read a display step off what it predicts; runs of flagged slices that it places
     * are read first ({@link #placedAfterAll}). {@code longRuns} as in {@link TimeSequence}.
     */
    static List<TimestampReading> placeSteps(List<TimestampReading> rows, double resolution,
        double threshold, boolean longRuns) {
        rows = placedAfterAll(rows, resolution);
        double[] values = new double[rows.size()];
        double[] confidences = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            TimestampReading r = rows.get(i);
            values[i] = r.status == TimestampReading.Status.FLAGGED ? Double.NaN : r.value;
            // A corrected slice was confirmed by its neighbours and its image; a placed one by
            // the final readings' sequence and its image.
            confidences[i] = r.status == TimestampReading.Status.CORRECTED || r.note.equals(PLACED) ? 1
                : r.confidence;
        }
        TimeSequence again = new TimeSequence(values, resolution, confidences, threshold, longRuns);
        // Placed by their values alone: a run of unsure readings is not doubted again here.
        TimeSequence placed = new TimeSequence(values, resolution);
        List<TimestampReading> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            TimestampReading r = rows.get(i);
            String gap = again.status(i) == TimeSequence.Status.GAP ? again.dropped(i)
                + (again.dropped(i) == 1 ? " frame" : " frames") + " missing before this one" : null;
            boolean unplaced = placed.status(i) == TimeSequence.Status.SUSPECT
                && (r.status == TimestampReading.Status.READ || r.status == TimestampReading.Status.CORRECTED);
            // A reading a display step off what its neighbours predict, in final readings that
            // keep time exactly: the first judgement may have taken it for jitter, since the
            // misreads it corrected since were off the line too (fresh seed 1531: 136 sec for
            // 135 sec between 130 and 140, at 5 s a frame, left as read).
            boolean offTheLine = r.status == TimestampReading.Status.READ && again.offTheLine(i);
            if (unplaced || offTheLine) {
                // Read again, it still breaks the sequence or can be placed two ways (two slices
                // reading the times of the two before them): believing it would be a guess.
                r = r.flagged(unplaced ? "does not fit the sequence of the other slices' final readings"
                    : "a display step off what the other slices' final readings predict for it");
            } else if (r.status == TimestampReading.Status.CORRECTED && gap != null) {
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

    /** Flagged slices in a row that the final readings must place, at least, to be read after all. */
    static final int PLACED_RUN = 3;

    /** The note of a flagged slice that {@link #placedAfterAll} places after all. */
    private static final String PLACED = "fits the sequence of the other slices' final readings";

    /**
     * Flagged slices whose readings the final readings' sequence places after all: a run read
     * with too little confidence to build the first sequence on is predicted from the trusted
     * slices before it, and where frames were dropped in between, the prediction misses the gap
     * and the image "does not confirm" it (a 12-point JPEG clock: {@code 00:58} to {@code 01:03}
     * read right and flagged after two dropped frames). Placed by values alone, with the other
     * slices' final readings, in runs of {@value #PLACED_RUN} or more flagged slices (a gap costs
     * as much as two readings; and by values alone a lone reading a second off can pass as
     * jitter). Not where most slices are flagged: such a stack is refused, and runs that agree by
     * chance must not save it.
     */
    private static List<TimestampReading> placedAfterAll(List<TimestampReading> rows, double resolution) {
        long flagged = rows.stream().filter(r -> r.status == TimestampReading.Status.FLAGGED).count();
        if (flagged == 0 || flagged > rows.size() / 2) {
            return rows;
        }
        double[] values = rows.stream().mapToDouble(r -> r.value).toArray();
        TimeSequence all = new TimeSequence(values, resolution);
        boolean[] placed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            TimeSequence.Status s = all.status(i);
            placed[i] = rows.get(i).status == TimestampReading.Status.FLAGGED && !Double.isNaN(values[i])
                && (s == TimeSequence.Status.READ || s == TimeSequence.Status.GAP);
        }
        List<TimestampReading> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            // Runs only: by values alone a step may be off by a tenth of the interval (jitter),
            // and a lone slice misread by a second between two that agree would pass.
            int from = i;
            int to = i;
            while (from > 0 && placed[from - 1]) {
                from--;
            }
            while (to + 1 < values.length && placed[to + 1]) {
                to++;
            }
            TimestampReading r = rows.get(i);
            out.add(placed[i] && to - from + 1 >= PLACED_RUN ? new TimestampReading(r.slice, r.text, r.value,
                r.confidence, TimestampReading.Status.READ, "", PLACED) : r);
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

    /** What judging one slice needs to know of the others. */
    private static final class Slices {
        final ImagePlus imp;
        final int[] frames;
        final Rectangle area;
        final TextInk ink;
        final String pattern;
        final TimeText[] parsed;
        final TimeSequence seq;
        final boolean hoursMinutes;
        final TextWidths widths;
        /** The first numbers the slices were read with (null: as they are), for reading them again. */
        final SharedFirstNumber shared;

        Slices(ImagePlus imp, int[] frames, Rectangle area, TextInk ink, String pattern, TimeText[] parsed,
            TimeSequence seq, boolean hoursMinutes, TextWidths widths, SharedFirstNumber shared) {
            this.imp = imp;
            this.frames = frames;
            this.area = area;
            this.ink = ink;
            this.pattern = pattern;
            this.parsed = parsed;
            this.seq = seq;
            this.hoursMinutes = hoursMinutes;
            this.widths = widths;
            this.shared = shared;
        }

        ByteProcessor crop(int i) {
            ByteProcessor c = TimestampReader.crop(imp.getStack(), frames[i], area);
            return ink.clean(shared == null ? c : shared.pasted(i, c));
        }
    }

    private TimestampReading row(Slices s, int i, Recognizer.ReadLine line) {
        String text = line == null ? "" : line.text;
        double conf = line == null ? 0 : line.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0);
        double value = s.parsed[i] == null ? Double.NaN : s.parsed[i].value;
        switch (s.seq.status(i)) {
            case GAP:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.GAP, "",
                    s.seq.dropped(i) + (s.seq.dropped(i) == 1 ? " frame" : " frames") + " missing before this one");
            case REPEATED:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.REPEATED, "",
                    "the time did not advance: a repeated frame");
            case SUSPECT:
            case MISSING:
                return reread(s, i, text, conf);
            default:
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
        }
    }

    /**
     * A slice that does not fit, read again as the text its neighbours predict: corrected when the
     * image reads as that text at least {@link #CONFIRMS} times as probably as it read the first
     * time (and {@link #MIN_SUPPORT} per character), flagged otherwise (its reading kept). A slice
     * with nothing usable read needs the prediction to reach the threshold on its own. If the
     * region as a whole does not confirm it, the slice is read again between the columns where
     * texts of the prediction's length lie on the slices read right ({@link TextWidths}), and
     * that reading is checked the same way: a cell beside the text is then out of sight.
     */
    private TimestampReading reread(Slices s, int i, String text, double conf) {
        double value = s.parsed[i] == null ? Double.NaN : s.parsed[i].value;
        List<String> expected = expected(s, i);
        if (!expected.isEmpty()) {
            ByteProcessor crop = s.crop(i);
            Check whole = check(crop, text, s.parsed[i] == null, expected);
            if (whole.fits) {
                // The neighbours predict what was read: it fits after all.
                return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.READ, "", "");
            }
            if (whole.confirmed) {
                return corrected(s, i, text, whole, "");
            }
            for (String e : expected) {
                int[] cols = s.widths.columns(e, crop.getWidth());
                if (cols == null) {
                    continue;
                }
                crop.setRoi(cols[0], 0, cols[1] - cols[0], crop.getHeight());
                ByteProcessor narrow = (ByteProcessor) crop.crop();
                Recognizer.ReadLine again = recognizer.readCrops(List.of(narrow), s.pattern).get(0);
                boolean nothing = TimestampFormat.rejected(again) || TimeText.parse(again.text, s.hoursMinutes) == null;
                Check inside = check(narrow, nothing ? "" : again.text, nothing, expected);
                // Cut to the text's columns, a crop reads less surely than with its margins (hiding
                // what lies beside instead reads worse still), but a narrow crop of ground can
                // decode as a short number at any score: the prediction needs the support a
                // correction needs.
                if ((inside.fits || inside.confirmed) && inside.score >= MIN_SUPPORT) {
                    return corrected(s, i, text, inside, String.format(java.util.Locale.ROOT,
                        " between columns %d and %d, where the slices read right have their text", cols[0], cols[1]));
                }
            }
        }
        String why = text.isEmpty() || text.contains(CharacterReading.REJECTED)
            ? "not read" : "does not fit the sequence";
        return new TimestampReading(i + 1, text, value, conf, TimestampReading.Status.FLAGGED, "",
            why + (expected.isEmpty() ? "" : "; expected " + String.join(" or ", expected)
                + ", which the image does not confirm"));
    }

    /** The texts the trusted neighbours predict for slice {@code i}, in the format they were read in. */
    private static List<String> expected(Slices s, int i) {
        TimeText template = nearestTrusted(s.parsed, s.seq, i);
        List<String> expected = new ArrayList<>();
        if (template != null && s.seq.interval() > 0) {
            for (double v : s.seq.expected(i)) {
                for (String e : new String[] {template.at(v), template.padded(v)}) {
                    if (v >= 0 && !expected.contains(e)) {
                        expected.add(e);
                    }
                }
            }
        }
        return expected;
    }

    /** A suspect slice's reading against its predictions, on one crop. */
    private static final class Check {
        /** The likeliest prediction, its score and the score of the reading. */
        final String best;
        final double score;
        final double asRead;
        /** The reading is itself a prediction. */
        final boolean fits;
        /** The image supports the best prediction well enough to correct the reading. */
        final boolean confirmed;

        Check(String best, double score, double asRead, boolean fits, boolean confirmed) {
            this.best = best;
            this.score = score;
            this.asRead = asRead;
            this.fits = fits;
            this.confirmed = confirmed;
        }
    }

    /**
     * Scores {@code read} and {@code expected} on {@code crop}. Whole-text probabilities (scores
     * are per character): the characters both texts share must not hide a digit the image clearly
     * reads otherwise. Nothing usable read: the prediction must reach the threshold on its own.
     */
    private Check check(ByteProcessor crop, String read, boolean nothingRead, List<String> expected) {
        List<String> texts = new ArrayList<>(expected);
        texts.add(0, read);
        double[] scores = recognizer.scores(crop, texts);
        int best = 1;
        for (int k = 2; k < scores.length; k++) {
            best = scores[k] > scores[best] ? k : best;
        }
        int length = read.codePointCount(0, read.length());
        int predicted = texts.get(best).codePointCount(0, texts.get(best).length());
        boolean confirmed = scores[best] > 0 && (nothingRead ? scores[best] >= threshold
            : scores[best] >= MIN_SUPPORT && predicted * Math.log(scores[best])
                >= Math.log(CONFIRMS) + length * Math.log(Math.max(1e-300, scores[0])));
        return new Check(texts.get(best), scores[best], scores[0], texts.get(best).equals(read), confirmed);
    }

    private static TimestampReading corrected(Slices s, int i, String text, Check c, String where) {
        return new TimestampReading(i + 1, c.best, TimeText.parse(c.best, s.hoursMinutes).value, c.score,
            TimestampReading.Status.CORRECTED, text, String.format(java.util.Locale.ROOT,
                "did not fit the sequence; the image reads as %s with score %.2f (as read: %.2f)%s", c.best,
                c.score, c.asRead, where));
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
