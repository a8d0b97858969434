package io.github.fijiocr.locate;

import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate text lines anywhere in a photo or micrograph, of either polarity, under uneven light:
 * the image is thresholded several ways (global levels, and against the local mean at two window
 * sizes, dark and light ink each; in a noisy image, against the local mean of its 3x3 mean too:
 * {@link #NOISY}), every mask's connected components that are shaped like
 * characters are chained into lines by height, alignment and spacing, and each chain of three or
 * more is a candidate. Many candidates are not text, and one line is found by several masks: the
 * reader decides ({@code recognize.SceneReader}). The constants are what printed characters are
 * like (a few pixels to most of the image high, about as wide as high, gaps under a character's
 * height), not figures fitted to a dataset.
 */
public final class SceneLines {
    /** Global thresholds, as fractions of the image's 0.5th..99.9th percentile range. */
    private static final double[] LEVELS = {0.2, 0.35, 0.5, 0.65, 0.8};
    /** Local-mean windows, as fractions of the image's shorter side. */
    private static final double[] WINDOWS = {0.03, 0.12};
    /** Ink must differ from the local mean by this share of the image's range. */
    private static final double LOCAL_CONTRAST = 0.08;
    /**
     * And by this many standard deviations of the image's noise ({@link #noise}): pixel noise
     * crosses two in one pixel of 44, isolated specks that never make the 20-pixel, 8-row parts a
     * character needs. Global levels inside that band around the image's median are left out for
     * the same reason. (Without it, a plain frame with mild sensor noise and one small line, whose
     * 0.5th..99.9th percentile range is then the noise's own, gave hundreds of noise candidates.)
     */
    static final double NOISE_FACTOR = 2;
    /**
     * In a whole image's search, where the noise band ({@link #NOISE_FACTOR} deviations) is at
     * least this share of the local-mean masks' {@link #LOCAL_CONTRAST}, strokes a pixel or two
     * wide lose pixels to it and break into parts no chain takes (white print on a brightfield
     * ground, black on a dark fluorescence one): the local-mean masks are cut again in the image's
     * 3x3 mean, {@link #SMOOTHED_FACTOR} of its deviations from the mean. Noise-free images never
     * are.
     */
    static final double NOISY = 0.5;
    /** How many of the smoothed image's noise deviations its masks' ink stands out by. */
    static final double SMOOTHED_FACTOR = 3;
    static final int MIN_HEIGHT = 8;
    /**
     * In a whole image's search, a part lower than this may be letters that touch, up to
     * {@link #MAX_TOUCHING} heights wide (as small letters may): antialiased print under about 16
     * pixels keeps a pixel or less between its glyphs, and a mask that takes the glyphs' grey
     * edges closes it ({@code sec} in 15-pixel FreeSans was one part 2.5 heights wide, and
     * {@code 381 sec} no line).
     */
    static final int TOUCHING_HEIGHT = 12;
    static final int MIN_PIXELS = 20;
    /**
     * In a whole image's search ({@link #candidates(ByteProcessor, int, int, boolean, double,
     * boolean)}), a part lower than {@link #MIN_HEIGHT}, down to this, may be a small letter
     * ({@code n}, {@code m} of {@code 20 nm}): it joins a line on the baseline of a character of
     * the usual height, never makes one by itself. Lower case stands about 0.7 of a digit's
     * height, so beside an 8-pixel digit it is 5 or 6 pixels high; without them, a label of one
     * or two digits and a unit in small print was no chain of three.
     */
    static final int SMALL_HEIGHT = 5;
    /** The fewest pixels of a small letter: an {@code n} 5 pixels high in 1-pixel strokes. */
    static final int SMALL_PIXELS = 12;
    /** A candidate line has at least this many character-shaped parts unless a caller asks for fewer. */
    public static final int MIN_CHARACTERS = 3;
    /** Words of a line are at most this many heights apart. */
    static final double WORD_GAP = 2.5;
    /** A character's mean stroke (shorter run of ink) is at most this share of its height. */
    static final double MAX_STROKE = 0.4;
    /** A single character is at most this many times wider than high ({@code m}, {@code W}, {@code %}). */
    static final double WIDE = 2;
    /**
     * Where letters that touch are looked for too ({@link #candidates(ByteProcessor, int, int,
     * boolean)}), a component up to this many heights wide is a few letters (a serif face's feet
     * join {@code mm}: {@code 80 mm} in Liberation Serif was two digits and nothing else). Not in
     * the search of whole images: there, rows of ring-shaped cells joined into such components
     * were read as text (generated micrographs: 17 with a cell read as text of 100, 20 with them).
     */
    static final double MAX_TOUCHING = 6;
    /**
     * Where wider gaps are looked for too ({@link #candidates(ByteProcessor, int, int, boolean,
     * double)}): two characters at most this many heights apart. A monospaced face sets a point,
     * a colon or a space in a character's whole cell, so the digits either side of one stand over
     * a height apart: Liberation Mono's 23-point {@code 0.0 s} made no chain of two.
     */
    public static final double CELL_GAP = 1.5;

    private SceneLines() {
    }

    /** Candidate line boxes, unordered, duplicates across masks included. */
    public static List<Rectangle> candidates(ByteProcessor gray) {
        return candidates(gray, Math.min(gray.getWidth(), gray.getHeight()));
    }

    /**
     * Candidates in {@code gray}, a part of an image whose shorter side is {@code imageSide}
     * pixels (at {@code gray}'s scale): the local-mean windows follow the image, not the part, as
     * the text's size does not depend on how tightly the user selected it.
     */
    public static List<Rectangle> candidates(ByteProcessor gray, int imageSide) {
        return candidates(gray, imageSide, MIN_CHARACTERS);
    }

    /**
     * As {@link #candidates(ByteProcessor, int)}, with chains of {@code minCharacters} or more
     * character-shaped parts (the default 3; a two-digit frame counter needs 2, and its reader
     * then judges more candidates).
     */
    public static List<Rectangle> candidates(ByteProcessor gray, int imageSide, int minCharacters) {
        return candidates(gray, imageSide, minCharacters, false);
    }

    /**
     * As {@link #candidates(ByteProcessor, int, int)}; with {@code touching}, a component up to
     * {@link #MAX_TOUCHING} heights wide is letters that touch, and counts as two characters: for
     * a small area where a short label is looked for (a scale bar's), not a whole image.
     */
    public static List<Rectangle> candidates(ByteProcessor gray, int imageSide, int minCharacters, boolean touching) {
        return candidates(gray, imageSide, minCharacters, touching, 1);
    }

    /**
     * As {@link #candidates(ByteProcessor, int, int, boolean)}, two characters at most {@code gap}
     * heights apart (1, or {@link #CELL_GAP} where the usual search found nothing).
     */
    public static List<Rectangle> candidates(ByteProcessor gray, int imageSide, int minCharacters, boolean touching,
        double gap) {
        return candidates(gray, imageSide, minCharacters, touching, gap, false);
    }

    /**
     * As {@link #candidates(ByteProcessor, int, int, boolean, double)}; with {@code smallLetters},
     * parts down to {@link #SMALL_HEIGHT} join lines on their baseline.
     */
    public static List<Rectangle> candidates(ByteProcessor gray, int imageSide, int minCharacters, boolean touching,
        double gap, boolean smallLetters) {
        return candidates(gray, imageSide, minCharacters, touching, gap, smallLetters, LEVELS, WINDOWS,
            new double[0], TOUCHING_HEIGHT);
    }

    /**
     * Small text, looked for at full size ({@link #smallText}), is a line under this many of the
     * smallest parts ({@link #MIN_HEIGHT}) high at the scale the usual search saw: its strokes,
     * about a tenth of its height, are then three pixels or less there, and averaging takes their
     * contrast. Larger lines that search finds itself, and larger chains at full size were cells
     * (a row 528 pixels high in a 4000x3000 frame, read as text).
     */
    static final int SMALL_TEXT = 4;

    /**
     * Small text is also looked for in a local-mean mask at this share of the image's grey range,
     * half of what text as bright (or dark) as the image's extremes stands out by. The usual mask's
     * low contrast takes such text's blurred edges too, and thickens strokes of a pixel or two
     * until the small letters fail the stroke rule ({@link #MAX_STROKE}): a 21-pixel white
     * `4.1 min` over a 4000x3000 fluorescence frame was `4`, `1` and two solid blobs there.
     */
    static final double STROKE_CONTRAST = 0.5;
    /**
     * And at this share, about the geometric middle of {@link #LOCAL_CONTRAST} and
     * {@link #STROKE_CONTRAST}: print not as dark (or bright) as the image's extremes, whose thin
     * strokes the lower mask thickens and the higher one breaks. Black 15-pixel Liberation Sans on
     * a 2048x1536 brightfield frame, its one-pixel strokes antialiased to 85-150 grey levels under
     * the ground where the darkest cells lie 165 under it, was found by neither: {@code min} one
     * thick part at the first, the {@code 7}'s diagonal in pieces at the second.
     */
    static final double MIDDLE_CONTRAST = 0.2;
    /** The rows and columns of a glyph's blurred edge that those masks leave out. */
    static final int STROKE_EDGE = 2;

    /**
     * Candidates of small text in {@code gray}, a part of a whole image whose shorter side is
     * {@code imageSide}, searched at full resolution where the usual search saw it at
     * {@code scale} (under 1): the local-mean masks at the smaller window only ({@code WINDOWS[0]}),
     * small letters joining, no global levels, and only lines under {@link #SMALL_TEXT} parts high
     * at that scale. Scaling averages a stroke of three or four pixels under the local contrast a
     * mask needs (a 36-pixel timestamp in a 4000x3000 micrograph was no chain at 0.4 and is one at
     * full size), while text large enough for the global levels and the larger window is found
     * there. A part the usual search would see under {@link #TOUCHING_HEIGHT} may be letters that
     * touch here too: at full size the local mean's low contrast takes the glyphs' grey edges, and
     * {@code sec} of a 25-pixel {@code 531 sec} in a 4000x3000 frame was one part 15 pixels high.
     */
    public static List<Rectangle> smallText(ByteProcessor gray, int imageSide, int minCharacters, double gap,
        double scale) {
        List<Rectangle> lines = candidates(gray, imageSide, minCharacters, false, gap, true,
            new double[0], new double[] {WINDOWS[0]}, new double[] {STROKE_CONTRAST, MIDDLE_CONTRAST},
            (int) Math.round(TOUCHING_HEIGHT / scale));
        lines.removeIf(line -> line.height * scale >= SMALL_TEXT * MIN_HEIGHT);
        return lines;
    }

    private static List<Rectangle> candidates(ByteProcessor gray, int imageSide, int minCharacters, boolean touching,
        double gap, boolean smallLetters, double[] levels, double[] windows, double[] strokeContrasts,
        int touchingHeight) {
        double widest = touching ? MAX_TOUCHING : WIDE;
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = (byte[]) gray.getPixels();
        int[] hist = GrayImages.histogram(px);
        // Burned-in text is often the rarest, brightest or darkest thing: levels span nearly all.
        int lo = GrayImages.percentile(hist, px.length, 0.005);
        int hi = GrayImages.percentile(hist, px.length, 0.999);
        List<Rectangle> out = new ArrayList<>();
        if (hi - lo < 10) {
            return out;
        }
        byte[] mask = new byte[px.length];
        Scratch scratch = new Scratch(w, h);
        // Ink stands out of its surroundings by more than the image's noise does.
        double noise = noise(px, w, h);
        float noiseBand = (float) (NOISE_FACTOR * noise);
        int median = GrayImages.percentile(hist, px.length, 0.5);
        for (double level : levels) {
            int t = (int) Math.round(lo + level * (hi - lo));
            if (Math.abs(t - median) < noiseBand) {
                continue; // inside the ground's own noise: the mask would part noise, not ink from ground
            }
            for (int i = 0; i < px.length; i++) {
                mask[i] = (byte) ((px[i] & 0xff) < t ? 1 : 0);
            }
            out.addAll(lines(mask, w, h, scratch, minCharacters, widest, gap, smallLetters, touchingHeight));
            for (int i = 0; i < px.length; i++) {
                mask[i] = (byte) ((px[i] & 0xff) > t ? 1 : 0);
            }
            out.addAll(lines(mask, w, h, scratch, minCharacters, widest, gap, smallLetters, touchingHeight));
        }
        float contrast = Math.max((float) (LOCAL_CONTRAST * (hi - lo)), noiseBand);
        float[] diff = new float[px.length];
        Masks masks = new Masks(w, h, scratch, minCharacters, widest, gap, smallLetters, touchingHeight, mask,
            diff);
        float[] contrasts = new float[1 + strokeContrasts.length];
        contrasts[0] = contrast;
        for (int k = 0; k < strokeContrasts.length; k++) {
            contrasts[k + 1] = Math.max(contrast, (float) (strokeContrasts[k] * (hi - lo)));
        }
        List<List<Rectangle>> local = masks.fromLocalMeans(px, imageSide, windows, contrasts);
        out.addAll(local.get(0));
        for (List<Rectangle> strokes : local.subList(1, local.size())) {
            // Lines only these masks find, each kept apart from every other candidate.
            strokes.removeIf(line -> out.stream().anyMatch(line::intersects));
            for (Rectangle line : strokes) {
                out.add(new Rectangle(line.x - STROKE_EDGE, line.y - STROKE_EDGE, line.width + 2 * STROKE_EDGE,
                    line.height + 2 * STROKE_EDGE).intersection(new Rectangle(w, h)));
            }
        }
        if (smallLetters && noiseBand >= NOISY * LOCAL_CONTRAST * (hi - lo)) {
            // Strokes the noise breaks apart: looked for again where noise sets the contrast, in a
            // copy with a third of it, each line kept apart from every other candidate.
            float band = (float) (SMOOTHED_FACTOR * noise / 3);
            List<Rectangle> smoothed = masks.fromLocalMeans(GrayImages.mean3(px, w, h), imageSide, windows, band)
                .get(0);
            smoothed.removeIf(line -> out.stream().anyMatch(line::intersects));
            out.addAll(smoothed);
        }
        return out;
    }

    /** One image's local-mean masks, each searched for lines, with the arrays they share. */
    private static final class Masks {
        final int w;
        final int h;
        final Scratch scratch;
        final int minCharacters;
        final double widest;
        final double gap;
        final boolean smallLetters;
        final int touchingHeight;
        final byte[] mask;
        final float[] diff;

        Masks(int w, int h, Scratch scratch, int minCharacters, double widest, double gap, boolean smallLetters,
            int touchingHeight, byte[] mask, float[] diff) {
            this.w = w;
            this.h = h;
            this.scratch = scratch;
            this.minCharacters = minCharacters;
            this.widest = widest;
            this.gap = gap;
            this.smallLetters = smallLetters;
            this.touchingHeight = touchingHeight;
            this.mask = mask;
            this.diff = diff;
        }

        /**
         * The lines of dark and of light ink each of {@code contrasts} from the local mean, at each
         * window, one list per contrast: the mean is taken once a window for all of them.
         */
        List<List<Rectangle>> fromLocalMeans(byte[] px, int imageSide, double[] windows, float... contrasts) {
            List<List<Rectangle>> all = new ArrayList<>();
            for (int k = 0; k < contrasts.length; k++) {
                all.add(new ArrayList<>());
            }
            for (double fraction : windows) {
                int r = Math.max(4, (int) Math.round(fraction * imageSide));
                fromLocalMean(px, w, h, r, diff);
                for (int k = 0; k < contrasts.length; k++) {
                    float contrast = contrasts[k];
                    List<Rectangle> out = all.get(k);
                    for (int i = 0; i < px.length; i++) {
                        mask[i] = (byte) (diff[i] < -contrast ? 1 : 0);
                    }
                    out.addAll(standingOut(lines(mask, w, h, scratch, minCharacters, widest, gap, smallLetters,
                        touchingHeight), px, mask, w, contrast));
                    for (int i = 0; i < px.length; i++) {
                        mask[i] = (byte) (diff[i] > contrast ? 1 : 0);
                    }
                    out.addAll(standingOut(lines(mask, w, h, scratch, minCharacters, widest, gap, smallLetters,
                        touchingHeight), px, mask, w, contrast));
                }
            }
            return all;
        }
    }

    /** The lines of a local-mean mask whose ink {@link #standsOut}. */
    private static List<Rectangle> standingOut(List<Rectangle> lines, byte[] px, byte[] mask, int w, float contrast) {
        lines.removeIf(line -> !standsOut(px, mask, w, line, contrast));
        return lines;
    }

    /**
     * Whether a local-mean mask's ink in {@code line} differs from the rest of the line's box (its
     * median, the ground) by {@code contrast}: text does. Beside a bright cell the ground itself is
     * darker than a mean the cell has raised, and the mask draws a dark halo around the cell; rows
     * of such halos chain like letters, but their "ink" is the ground's own grey.
     */
    static boolean standsOut(byte[] px, byte[] mask, int w, Rectangle line, float contrast) {
        int[] ground = new int[256];
        long ink = 0;
        int inked = 0;
        int rest = 0;
        for (int y = line.y; y < line.y + line.height; y++) {
            for (int x = line.x, i = y * w + x; x < line.x + line.width; x++, i++) {
                int v = px[i] & 0xff;
                if (mask[i] != 0) {
                    ink += v;
                    inked++;
                } else {
                    ground[v]++;
                    rest++;
                }
            }
        }
        if (inked == 0 || rest == 0) {
            return true;
        }
        int median = GrayImages.percentile(ground, rest, 0.5);
        return Math.abs((double) ink / inked - median) >= contrast;
    }

    /**
     * The image's noise as a standard deviation, from the median difference of neighbours in a
     * row (the difference of two pixels' noise has sqrt(2) times its deviation, and a Gaussian's
     * median magnitude is 0.6745 of its deviation): strokes and edges are too few among all
     * neighbour pairs to move the median, so a word crop of clean print has almost none.
     */
    static double noise(byte[] px, int w, int h) {
        int[] hist = new int[256];
        for (int y = 0; y < h; y++) {
            for (int x = y * w + 1; x < (y + 1) * w; x++) {
                hist[Math.abs((px[x] & 0xff) - (px[x - 1] & 0xff))]++;
            }
        }
        long pairs = (long) (w - 1) * h;
        long seen = 0;
        for (int d = 0; d < hist.length; d++) {
            seen += hist[d];
            if (2 * seen >= pairs) {
                return d / (0.6745 * Math.sqrt(2));
            }
        }
        return 0;
    }

    /**
     * Whether {@code area} of {@code gray} is a clean frame: {@code boxes} (the text's lines)
     * take under half of it, and beside them {@link #candidates} could find nothing, the pixels
     * there lying within the local-mean masks' contrast of each other and on one side of every
     * global level, so that no mask parts them into anything but plain ground. A clean frame
     * whose lines are read need not be searched.
     */
    public static boolean flatBeside(ByteProcessor gray, Rectangle area, List<Rectangle> boxes) {
        int w = gray.getWidth();
        byte[] px = (byte[]) gray.getPixels();
        int[] hist = GrayImages.histogram(px, w, area);
        int n = area.width * area.height;
        int lo = GrayImages.percentile(hist, n, 0.005);
        int hi = GrayImages.percentile(hist, n, 0.999);
        if (hi - lo < 10) {
            return true; // the search itself gives up on so flat an image
        }
        // The ground's levels: the area's histogram less the pixels in a box (each counted once),
        // so that only the rows the boxes cross are visited again.
        int[] levels = hist.clone();
        int ground = n;
        boolean[] inBox = new boolean[area.width];
        for (int y = area.y; y < area.y + area.height; y++) {
            boolean boxed = false;
            for (Rectangle b : boxes) {
                boxed |= y >= b.y && y < b.y + b.height;
            }
            if (!boxed) {
                continue;
            }
            Arrays.fill(inBox, false);
            for (Rectangle b : boxes) {
                if (y >= b.y && y < b.y + b.height) {
                    for (int x = Math.max(b.x, area.x); x < Math.min(b.x + b.width, area.x + area.width); x++) {
                        inBox[x - area.x] = true;
                    }
                }
            }
            for (int x = area.x, i = y * w + x; x < area.x + area.width; x++, i++) {
                if (inBox[x - area.x]) {
                    levels[px[i] & 0xff]--;
                    ground--;
                }
            }
        }
        int min = 0;
        while (min < 255 && levels[min] == 0) {
            min++;
        }
        int max = 255;
        while (max > 0 && levels[max] == 0) {
            max--;
        }
        if (2 * ground < n) {
            // Mostly the boxes (a word crop): the search's own crops of that text may read it
            // better, so it is no frame of text on plain ground.
            return false;
        }
        if (max - min > LOCAL_CONTRAST * (hi - lo)) {
            return false;
        }
        for (double level : LEVELS) {
            int t = (int) Math.round(lo + level * (hi - lo));
            // Dark masks take p < t, bright ones p > t: each must take all of the ground or none.
            if (!(max < t || min >= t) || !(min > t || max <= t)) {
                return false;
            }
        }
        return true;
    }

    /** Work arrays reused by every mask of one image: a fresh set per mask would churn the heap. */
    static final class Scratch {
        /** Per pixel of a character-shaped component, the row its vertical run of ink ends in. */
        final int[] bottom;
        /** Per column, the last row with ink visited in the pass under way. */
        final int[] lastRow;
        /** Per column, the row the vertical run through the current row starts in. */
        final int[] rowOf;
        /** Per row, its first run; one more for the end. */
        final int[] rowStart;
        final InkRuns runs = new InkRuns();

        Scratch(int w, int h) {
            bottom = new int[w * h];
            lastRow = new int[w];
            rowOf = new int[w];
            rowStart = new int[h + 1];
        }
    }

    /** The character-shaped components of one mask, chained into lines. */
    static List<Rectangle> lines(byte[] mask, int w, int h) {
        return lines(mask, w, h, new Scratch(w, h), MIN_CHARACTERS, WIDE, 1);
    }

    /** {@code widest}: how many heights wide a component may be ({@link #WIDE}, or {@link #MAX_TOUCHING}). */
    static List<Rectangle> lines(byte[] mask, int w, int h, Scratch scratch, int minCharacters, double widest) {
        return lines(mask, w, h, scratch, minCharacters, widest, 1);
    }

    /** The same, two characters at most {@code gap} heights apart. */
    static List<Rectangle> lines(byte[] mask, int w, int h, Scratch scratch, int minCharacters, double widest,
        double gap) {
        return lines(mask, w, h, scratch, minCharacters, widest, gap, false);
    }

    /**
     * The same; with {@code smallLetters} (a whole image's search), small letters
     * ({@link #SMALL_HEIGHT}) join on a baseline, parts under {@link #TOUCHING_HEIGHT} may be
     * letters that touch, and two digits join across a point or colon between them
     * ({@link AcrossMarks}) where {@code gap} is the usual one.
     */
    static List<Rectangle> lines(byte[] mask, int w, int h, Scratch scratch, int minCharacters, double widest,
        double gap, boolean smallLetters) {
        return lines(mask, w, h, scratch, minCharacters, widest, gap, smallLetters, TOUCHING_HEIGHT);
    }

    /** The same, with parts under {@code touchingHeight} (not {@link #TOUCHING_HEIGHT}) letters that may touch. */
    static List<Rectangle> lines(byte[] mask, int w, int h, Scratch scratch, int minCharacters, double widest,
        double gap, boolean smallLetters, int touchingHeight) {
        boolean marks = smallLetters && gap < CELL_GAP;
        List<Rectangle> boxes = characterLike(mask, w, h, scratch, widest, smallLetters, touchingHeight);
        boxes.sort((a, b) -> Integer.compare(a.x, b.x));
        UnionFind sets = new UnionFind(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle a = boxes.get(i);
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle b = boxes.get(j);
                // Neighbours are at most 1.6 gaps of a's height apart (the gap is under the taller's
                // height, itself at most 1.6 times the shorter's); sorted by x, later boxes are further.
                if (b.x > a.x + a.width + Math.max(1.6 * gap, marks ? 1.6 * CELL_GAP : 0) * a.height) {
                    break;
                }
                if (neighbours(a, b, gap) && (!small(a) && !small(b) || onBaseline(a, b))
                    || marks && AcrossMarks.join(mask, w, a, b)) {
                    sets.join(i, j);
                }
            }
        }
        List<Rectangle> out = new ArrayList<>();
        int[] count = new int[boxes.size()];
        int[] members = new int[boxes.size()];
        int[] usual = new int[boxes.size()]; // members of the usual height
        Rectangle[] union = new Rectangle[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            int root = sets.find(i);
            usual[root] += small(boxes.get(i)) ? 0 : 1;
            count[root] += touching(boxes.get(i)) ? 2 : 1;
            members[root]++;
            union[root] = union[root] == null ? new Rectangle(boxes.get(i)) : union[root].union(boxes.get(i));
        }
        List<Rectangle> chains = new ArrayList<>();
        List<Rectangle> pairs = new ArrayList<>();
        List<Rectangle> singles = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (members[i] > 0 && usual[i] == 0) {
                continue; // small letters alone, or specks of their size
            }
            if (members[i] > 1 && count[i] >= minCharacters && union[i].width > union[i].height) {
                chains.add(union[i]);
            } else if (count[i] == 2) {
                // A short word ("nm", "µm", or letters that touch) joins a line, never stands alone.
                pairs.add(union[i]);
            } else if (count[i] == 1) {
                singles.add(union[i]); // so does a one-letter word (the "t" of "t = 3.25 s")
            }
        }
        out.addAll(chains);
        List<Rectangle> parts = new ArrayList<>(chains);
        parts.addAll(pairs);
        // Only the singles beside a chain: a mask may hold thousands (specks, cells), and joining is
        // quadratic. Not for a search of shorter chains (Read Timestamps' finder, two characters),
        // which grows the box it finds over the rest of the stamp itself: with singles joined, one
        // generated stack's stamp was no longer read (GeneratedTimestampStacksTest).
        if (minCharacters >= MIN_CHARACTERS) {
            for (Rectangle single : singles) {
                if (chains.stream().anyMatch(c -> besideInLine(single, c))) {
                    parts.add(single);
                }
            }
        }
        for (Rectangle joined : joinedWords(parts)) {
            if (chains.stream().anyMatch(joined::contains)) {
                out.add(joined);
            }
        }
        return out;
    }

    /**
     * Chains of one line that a wide gap split (words, or marks too small to be components:
     * {@code t = 3.25 s}) joined, as extra candidates: the reader judges both the parts and the whole.
     */
    static List<Rectangle> joinedWords(List<Rectangle> chains) {
        List<Rectangle> sorted = new ArrayList<>(chains);
        sorted.sort((a, b) -> Integer.compare(a.x, b.x));
        List<Rectangle> out = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Rectangle line = new Rectangle(sorted.get(i));
            int parts = 1;
            for (int j = i + 1; j < sorted.size(); j++) {
                Rectangle b = sorted.get(j);
                if (!used[j] && besideInLine(line, b)) {
                    line = line.union(b);
                    used[j] = true;
                    parts++;
                }
            }
            if (parts > 1) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Whether {@code a} and {@code b} could be words of one line, either side of the other: a gap
     * of at most {@link #WORD_GAP} heights, heights alike, the rows overlapping.
     */
    static boolean besideInLine(Rectangle a, Rectangle b) {
        int minH = Math.min(a.height, b.height);
        int overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        int gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
        return gap >= 0 && gap <= WORD_GAP * minH && overlap >= 0.6 * minH
            && Math.max(a.height, b.height) <= 1.6 * minH;
    }

    /** Whether a component is lower than a character standing alone: a small letter ({@link #SMALL_HEIGHT}). */
    static boolean small(Rectangle box) {
        return box.height < MIN_HEIGHT;
    }

    /**
     * Whether two parts stand on one baseline, bottoms within a quarter of the taller's height
     * (a {@code µ}'s tail hangs about a fifth of its height below).
     */
    static boolean onBaseline(Rectangle a, Rectangle b) {
        return Math.abs(a.y + a.height - (b.y + b.height)) <= 0.25 * Math.max(a.height, b.height);
    }

    /**
     * Whether a component is letters that touch rather than one character: wider than
     * {@link #WIDE} heights. It counts as two characters of a chain, and alone is no chain.
     */
    static boolean touching(Rectangle box) {
        return box.width > WIDE * box.height;
    }

    /**
     * Two characters of one line: similar heights, side by side, centres level, a gap under
     * {@code gap} heights (1, or {@link #CELL_GAP}).
     */
    static boolean neighbours(Rectangle a, Rectangle b, double gap) {
        int minH = Math.min(a.height, b.height);
        int maxH = Math.max(a.height, b.height);
        if (maxH > 1.6 * minH) {
            return false;
        }
        int overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (overlap < 0.6 * minH) {
            return false;
        }
        Rectangle left = a.x <= b.x ? a : b;
        Rectangle right = left == a ? b : a;
        int apart = right.x - (left.x + left.width);
        return apart <= gap * maxH && apart >= -0.2 * minH;
    }

    /**
     * Components (8-connected) shaped like a character or a part of one. Characters are drawn with
     * strokes: at a typical pixel, the ink runs short across the stroke however long it runs
     * along it. A cell, a speck or a blob is solid: its pixels run long both ways. So a component
     * whose pixels' shorter run (horizontal or vertical) is on average over {@link #MAX_STROKE} of
     * its height is not a character (the stroke width cue of scene text detectors, measured
     * cheaply along rows and columns). None is more than {@code widest} times wider than high.
     */
    static List<Rectangle> characterLike(byte[] mask, int w, int h, Scratch scratch, double widest) {
        return characterLike(mask, w, h, scratch, widest, false);
    }

    /**
     * As {@link #characterLike(byte[], int, int, Scratch, double)}, small letters too where asked
     * ({@link #SMALL_HEIGHT}).
     */
    static List<Rectangle> characterLike(byte[] mask, int w, int h, Scratch scratch, double widest,
        boolean smallLetters) {
        return characterLike(mask, w, h, scratch, widest, smallLetters, TOUCHING_HEIGHT);
    }

    /** The same, parts under {@code touchingHeight} letters that may touch where {@code smallLetters}. */
    static List<Rectangle> characterLike(byte[] mask, int w, int h, Scratch scratch, double widest,
        boolean smallLetters, int touchingHeight) {
        // This runs on fourteen masks an image, so the pixels are visited as few times as can be.
        // Down the rows: runs, joined to the touching runs of the row above (8-connected, a
        // union-find over runs: a mask's background is one huge component, and runs visit it far
        // faster than a pixel flood fill). Then each component's box, and the shape rules that need
        // no stroke. Only the runs of components that pass them (few: text and its look-alikes)
        // are visited again, up and then down the rows, for each pixel's vertical run; a vertical
        // neighbour is always of the same component, so those runs alone give the right lengths.
        InkRuns runs = scratch.runs;
        runs.clear();
        int[] rowStart = scratch.rowStart;
        int prevStart = 0;
        for (int y = 0; y < h; y++) {
            int rowFirst = runs.size;
            rowStart[y] = rowFirst;
            int row = y * w;
            int x = 0;
            int p = prevStart;
            while (x < w) {
                x = Morphology.next(mask, row + x, row + w, false) - row;
                if (x == w) {
                    break;
                }
                int end = Morphology.next(mask, row + x, row + w, true) - row;
                int id = runs.add(y, x, end);
                // Runs of the row above that touch this one, diagonals included.
                while (p < rowFirst && runs.x1[p] < x) {
                    p++;
                }
                for (int q = p; q < rowFirst && runs.x0[q] <= end; q++) {
                    runs.join(id, q);
                }
                x = end;
            }
            prevStart = rowFirst;
        }
        rowStart[h] = runs.size;
        boolean[] shaped = runs.label(w, h, widest, smallLetters, touchingHeight);
        int[] bottom = scratch.bottom;
        int[] lastRow = scratch.lastRow;
        int[] rowOf = scratch.rowOf;
        Arrays.fill(lastRow, -2);
        for (int y = h - 1; y >= 0; y--) {
            int row = y * w;
            for (int r = rowStart[y]; r < rowStart[y + 1]; r++) {
                if (shaped[runs.root[r]]) {
                    for (int x = runs.x0[r]; x < runs.x1[r]; x++) {
                        bottom[row + x] = lastRow[x] == y + 1 ? bottom[row + w + x] : y;
                        lastRow[x] = y;
                    }
                }
            }
        }
        Arrays.fill(lastRow, -2);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int r = rowStart[y]; r < rowStart[y + 1]; r++) {
                if (shaped[runs.root[r]]) {
                    int length = runs.x1[r] - runs.x0[r];
                    long stroke = 0;
                    for (int x = runs.x0[r]; x < runs.x1[r]; x++) {
                        if (lastRow[x] != y - 1) {
                            rowOf[x] = y; // a vertical run starts here
                        }
                        lastRow[x] = y;
                        stroke += Math.min(length, bottom[row + x] - rowOf[x] + 1);
                    }
                    runs.stroke[r] = stroke;
                }
            }
        }
        return runs.components();
    }

    /**
     * Each pixel minus the mean of the (2r+1)-square around it (cut by the image's edges), by
     * running sums down the columns and prefix sums along each row: every pixel's mean is then
     * two reads and a product, with nothing carried from one pixel to the next.
     */
    static void fromLocalMean(byte[] px, int w, int h, int r, float[] diff) {
        int[] column = new int[w]; // the column's sum over rows y - r .. y + r, within the image
        long[] prefix = new long[w + 1]; // prefix[x]: the sum of column[0 .. x - 1]
        for (int y = 0; y <= Math.min(h - 1, r); y++) {
            for (int x = 0; x < w; x++) {
                column[x] += px[y * w + x] & 0xff;
            }
        }
        for (int y = 0; y < h; y++) {
            if (y > 0 && y + r < h) {
                for (int x = 0, o = (y + r) * w; x < w; x++) {
                    column[x] += px[o + x] & 0xff;
                }
            }
            if (y > 0 && y - r - 1 >= 0) {
                for (int x = 0, o = (y - r - 1) * w; x < w; x++) {
                    column[x] -= px[o + x] & 0xff;
                }
            }
            for (int x = 0; x < w; x++) {
                prefix[x + 1] = prefix[x] + column[x];
            }
            int rows = Math.min(h - 1, y + r) - Math.max(0, y - r) + 1;
            int row = y * w;
            int from = Math.min(r, w); // the first pixel whose square lies inside the row
            int to = Math.max(from, w - r); // the first whose square reaches past the right end
            double inner = 1.0 / ((2 * r + 1) * rows);
            for (int x = from; x < to; x++) {
                double mean = (prefix[x + r + 1] - prefix[x - r]) * inner;
                diff[row + x] = (float) ((px[row + x] & 0xff) - mean);
            }
            for (int x = 0; x < w; x = x + 1 == from ? to : x + 1) {
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w - 1, x + r);
                double mean = (double) (prefix[x1 + 1] - prefix[x0]) / ((x1 - x0 + 1) * rows);
                diff[row + x] = (float) ((px[row + x] & 0xff) - mean);
            }
        }
    }
}
