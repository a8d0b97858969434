package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.CellShapes;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.SceneLines;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code layout=scene}: text anywhere in a photo or micrograph. {@link SceneLines} proposes
 * candidate lines from many thresholds; each is read whole, and the reader is the judge: a
 * candidate stays only when most of what it reads is read with confidence and holds at least two
 * letters or digits, each of them sure where it holds only two, and, in a whole image, when its
 * ink is not a row of cells ({@link CellShapes}); there a kept line is read again in a tighter box
 * and the surer reading stays ({@link #BELOW_TIGHT}). Of overlapping candidates (one
 * line found by several masks, or a line and part of it) the reading with the most confident
 * text stays.
 */
public final class SceneReader {
    /**
     * Longer sides beyond this are scaled down to find candidates (reading uses the full image);
     * in a whole image, small text is also looked for at full size ({@link SceneLines#smallText}).
     */
    static final int FIND_SIDE = 1600;
    /** Candidates overlapping this much are one line found twice: only one is read. */
    private static final double SAME = 0.7;
    /** Kept lines overlap less than this. */
    private static final double OVERLAP = 0.3;
    /** A reading is text when at least this share of its characters is accepted. */
    private static final double ACCEPTED = 0.7;
    /**
     * A reading of at most this many letters and digits is short ({@link #shortAndUnsure}). Not
     * three: a one-digit scale-bar label ({@code 5 nm}) reads its unit's first letter at 0.8 to
     * 0.95 as often as a row of rings reads a letter that unsure (with three, three such labels of
     * 195 texts were lost on generated micrographs, and three words of the held-out photos).
     */
    static final int SHORT = 2;
    /** A line this share of the searched area's height or more is the picture itself: not judged as cells. */
    static final double FRAMED = 0.5;
    /** Room below a candidate chain, in its heights: a descender it missed, a label's µ. */
    static final double BELOW = 0.35;
    /**
     * The same for a second reading of each line kept in a whole image or selection (not in a
     * label search). A chain's parts hold their own descenders, and the reader takes a line at 32
     * pixels high: room below that holds nothing makes the text smaller and lower in it (`M?et the big thr?e` with 0.35, `Meet the big
     * three!` in a tighter box), while a line whose descender the chain missed needs it. So both
     * are read and the surer reading is kept. The line model learned margins of -0.08 to 0.35
     * line heights (mean 0.135); chosen on the development half of the photos (0.1 to 0.25 tried).
     */
    static final double BELOW_TIGHT = 0.2;
    /** Each letter or digit of a short reading is read at least this surely. */
    static final double SURE = 0.96;
    /** A candidate read with this many sure letters and digits is read again when it is not text ({@link #nearMissesReadAgain}). */
    static final int SURE_CHARACTERS = 3;

    private final LineRecognizer recognizer;
    /** The same reader with its second look ({@link #nearMissesReadAgain}). */
    private final LineRecognizer again;
    private final int minCharacters;
    private final double wordGap;
    private final boolean touching;
    /** How many heights apart two characters of a line may be ({@link SceneLines#CELL_GAP}). */
    private final double gap;

    public SceneReader(LineRecognizer recognizer) {
        this(recognizer, SceneLines.MIN_CHARACTERS);
    }

    /** {@code minCharacters}: the fewest character-shaped parts a candidate line has (see {@link SceneLines}). */
    public SceneReader(LineRecognizer recognizer, int minCharacters) {
        this(recognizer, minCharacters, new LocateOptions().wordGap);
    }

    /** As above; {@code wordGap}: the {@code word_gap} key, in line heights ({@link WordSpaces}). */
    public SceneReader(LineRecognizer recognizer, int minCharacters, double wordGap) {
        this(recognizer.firstLookOnly(), recognizer, minCharacters, wordGap, false, 1);
    }

    private SceneReader(LineRecognizer recognizer, LineRecognizer again, int minCharacters, double wordGap,
        boolean touching, double gap) {
        this.recognizer = recognizer;
        this.again = again;
        this.minCharacters = minCharacters;
        this.wordGap = wordGap;
        this.touching = touching;
        this.gap = gap;
    }

    /**
     * This reader, finding letters that touch too (a serif face's {@code mm} as one component:
     * see {@link SceneLines#candidates(ByteProcessor, int, int, boolean)}): for a small area
     * where a short label is looked for, not a whole image.
     */
    public SceneReader withTouchingLetters() {
        return new SceneReader(recognizer, again, minCharacters, wordGap, true, gap);
    }

    /**
     * This reader, chaining characters up to {@link SceneLines#CELL_GAP} heights apart, as a
     * monospaced face sets digits either side of a point or a space: for a search that found
     * nothing with the usual gaps (more candidates, most of them not text, are read).
     */
    public SceneReader withCellGaps() {
        return new SceneReader(recognizer, again, minCharacters, wordGap, touching, SceneLines.CELL_GAP);
    }

    /** The lines read as text, top to bottom, then left to right. */
    public List<Recognizer.ReadLine> read(ByteProcessor gray) {
        return read(gray, new Rectangle(gray.getWidth(), gray.getHeight()));
    }

    /**
     * Text found inside {@code area} (a selection's box), read from the whole image: a line near
     * the selection's edge keeps the margin the reader needs. Boxes are in the image's coordinates.
     */
    public List<Recognizer.ReadLine> read(ByteProcessor gray, Rectangle area) {
        Rectangle image = new Rectangle(gray.getWidth(), gray.getHeight());
        area = area.intersection(image);
        if (area.isEmpty()) {
            return List.of();
        }
        ByteProcessor searched = gray;
        if (!area.equals(image)) {
            gray.setRoi(area);
            searched = (ByteProcessor) gray.crop();
            gray.resetRoi();
        }
        // The image's scale, not the selection's: text is found at the same size either way.
        double scale = Math.min(1, (double) FIND_SIDE / Math.max(image.width, image.height));
        ByteProcessor small = searched;
        if (scale < 1) {
            int method = searched.getInterpolationMethod(); // the caller's processor: left as it was
            searched.setInterpolationMethod(ByteProcessor.BILINEAR);
            small = (ByteProcessor) searched.resize(Math.max(1, (int) Math.round(area.width * scale)),
                Math.max(1, (int) Math.round(area.height * scale)), true);
            searched.setInterpolationMethod(method);
        }
        // In a whole image, not in a small area a short label is looked for in.
        boolean whole = !touching && minCharacters >= SceneLines.MIN_CHARACTERS;
        List<Rectangle> regions = new ArrayList<>();
        List<Rectangle> tight = new ArrayList<>();
        int imageSide = (int) Math.round(Math.min(image.width, image.height) * scale);
        List<Rectangle> found = new ArrayList<>();
        for (Rectangle c : distinct(SceneLines.candidates(small, imageSide, minCharacters, touching, gap, whole))) {
            found.add(new Rectangle(area.x + (int) Math.floor(c.x / scale), area.y + (int) Math.floor(c.y / scale),
                (int) Math.ceil(c.width / scale), (int) Math.ceil(c.height / scale)));
        }
        if (whole && scale < 1) {
            // Text too small for the scaled search: thin strokes averaged away (SceneLines#smallText).
            for (Rectangle c : SceneLines.smallText(searched, Math.min(image.width, image.height),
                minCharacters, gap, scale)) {
                found.add(new Rectangle(area.x + c.x, area.y + c.y, c.width, c.height));
            }
            found = distinct(found);
        }
        for (Rectangle r : found) {
            int padX = (int) Math.round(0.6 * r.height); // a character the chain missed at either end
            // A chain sits on the baseline: descenders (µ, g, p) hang below it, while above it a
            // scale bar or another line may be close; so more room below than above.
            int above = (int) Math.round(0.15 * r.height);
            int x = r.x - padX;
            int y = r.y - above;
            int width = r.width + 2 * padX;
            regions.add(new Rectangle(x, y, width, r.height + above + (int) Math.round(BELOW * r.height))
                .intersection(image));
            tight.add(new Rectangle(x, y, width, r.height + above + (int) Math.round(BELOW_TIGHT * r.height))
                .intersection(image));
        }
        List<Recognizer.ReadLine> read = regions.isEmpty() ? List.of() : recognizer.readRegions(gray, regions);
        if (whole) {
            read = nearMissesReadAgain(gray, regions, read);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Recognizer.ReadLine r = read.get(i);
            if (textScore(r) > 0 && !(whole && (shortAndUnsure(r.characters) || cells(gray, r.bounds, area)))) {
                kept.add(i);
            }
        }
        // The verdict is the first reading's (what is text does not change); a label or timestamp
        // search keeps the framing its readers' checks were built on.
        List<Recognizer.ReadLine> surer = whole ? surer(gray, kept, read, tight) : null;
        List<Recognizer.ReadLine> text = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Recognizer.ReadLine r = surer == null ? read.get(kept.get(k)) : surer.get(k);
            // Word gaps measured in the image's ink; a label or timestamp search keeps the
            // boxes' gaps its readers' checks were built on.
            text.add(recognizer.addsWordSpaces() ? WordSpaces.at(r, wordGap, whole ? gray : null) : r);
            scores.add(textScore(r));
        }
        List<Recognizer.ReadLine> lines = strongest(text, scores);
        return whole ? withEnds(gray, area, lines) : lines;
    }

    /**
     * A whole image's lines, each with what its chain left out beside it where the line read
     * wider adds sure text ({@link LineEnds}); a label or timestamp search keeps its own boxes.
     */
    private List<Recognizer.ReadLine> withEnds(ByteProcessor gray, Rectangle area, List<Recognizer.ReadLine> lines) {
        List<Recognizer.ReadLine> wide = LineEnds.widened(recognizer, gray, area, lines);
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Recognizer.ReadLine w = wide.get(i);
            out.add(w == null ? lines.get(i) : recognizer.addsWordSpaces() ? WordSpaces.at(w, wordGap, gray) : w);
        }
        return out;
    }

    /**
     * The candidates that are not text by their first reading but hold {@link #SURE_CHARACTERS}
     * sure letters and digits, read again with the reader's second look (squeezed and flipped, as
     * a located line is read), the better reading of each kept. The first look can leave
     * characters drawn alike to chance: a scale bar's `500 um` read `5?? um`, each 0 at 0.6 beside
     * an O. Rows of cells seldom read three characters surely, so few candidates are read again.
     */
    private List<Recognizer.ReadLine> nearMissesReadAgain(ByteProcessor gray, List<Rectangle> regions,
        List<Recognizer.ReadLine> read) {
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Recognizer.ReadLine r = read.get(i);
            if (textScore(r) == 0 && r.characters.stream().filter(c -> letterOrDigit(c) && c.confidence >= SURE)
                .count() >= SURE_CHARACTERS) {
                near.add(i);
            }
        }
        if (near.isEmpty()) {
            return read;
        }
        List<Rectangle> boxes = new ArrayList<>();
        near.forEach(i -> boxes.add(regions.get(i)));
        List<Recognizer.ReadLine> second = again.readRegions(gray, boxes);
        List<Recognizer.ReadLine> out = new ArrayList<>(read);
        for (int k = 0; k < near.size(); k++) {
            if (textScore(second.get(k)) > 0) {
                out.set(near.get(k), second.get(k));
            }
        }
        return out;
    }

    /**
     * Each kept line read again in its {@link #BELOW_TIGHT} box; of the two readings, the one
     * with the higher {@link #textScore}, in the order of {@code kept}.
     */
    private List<Recognizer.ReadLine> surer(ByteProcessor gray, List<Integer> kept,
            List<Recognizer.ReadLine> read, List<Rectangle> tight) {
        List<Rectangle> again = new ArrayList<>();
        for (int i : kept) {
            again.add(tight.get(i));
        }
        List<Recognizer.ReadLine> second = again.isEmpty() ? List.of() : recognizer.readRegions(gray, again);
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Recognizer.ReadLine first = read.get(kept.get(k));
            out.add(textScore(second.get(k)) > textScore(first) ? second.get(k) : first);
        }
        return out;
    }

    /**
     * Whether a line's ink is a row of cells ({@link CellShapes}). A line over half the searched
     * area's height is that area's picture (a word crop), and what the user framed is kept.
     */
    private static boolean cells(ByteProcessor gray, Rectangle line, Rectangle area) {
        return line.height < FRAMED * area.height && CellShapes.cells(gray, line);
    }

    /**
     * How much text a reading holds, or 0 when it does not look like text: each character counts
     * its confidence above one half, so a longer confident reading outranks a part of it and
     * unsure characters count against.
     */
    static double textScore(Recognizer.ReadLine r) {
        return r == null ? 0 : textScore(r.characters);
    }

    /** {@link #textScore(Recognizer.ReadLine)} of a line's characters. */
    public static double textScore(List<CharacterReading> characters) {
        if (characters.isEmpty()) {
            return 0;
        }
        int accepted = 0;
        int alnum = 0;
        double sum = 0;
        for (CharacterReading c : characters) {
            sum += c.confidence - 0.5;
            if (!c.rejected) {
                accepted++;
                alnum += letterOrDigit(c) ? 1 : 0;
            }
        }
        if (accepted < ACCEPTED * characters.size() || alnum < 2) {
            return 0;
        }
        return Math.max(0, sum);
    }

    /**
     * Whether a reading is short, at most {@link #SHORT} letters and digits, and one of them read
     * under {@link #SURE}: two shapes are little evidence, and rows of ring-shaped cells, a sign's
     * edges or foliage read as {@code Oo}, {@code 3Q} or {@code NN} with one of them a little
     * unsure, while short words and numbers in print read sure.
     */
    static boolean shortAndUnsure(List<CharacterReading> characters) {
        int letters = 0;
        boolean unsure = false;
        for (CharacterReading c : characters) {
            if (letterOrDigit(c)) {
                letters++;
                unsure |= c.confidence < SURE;
            }
        }
        return letters <= SHORT && unsure;
    }

    /** Whether a character was accepted and is a letter or digit, not a mark. */
    private static boolean letterOrDigit(CharacterReading c) {
        return !c.rejected && c.label.codePoints().allMatch(Character::isLetterOrDigit);
    }

    /** One candidate per group of near-identical boxes. */
    static List<Rectangle> distinct(List<Rectangle> boxes) {
        List<Rectangle> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingLong(b -> -(long) b.width * b.height));
        List<Rectangle> out = new ArrayList<>();
        for (Rectangle b : sorted) {
            boolean seen = false;
            for (Rectangle o : out) {
                if (iou(b, o) > SAME) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(b);
            }
        }
        return out;
    }

    /** Non-maximum suppression by score; the kept lines in reading order. */
    static List<Recognizer.ReadLine> strongest(List<Recognizer.ReadLine> lines, List<Double> scores) {
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
        List<Recognizer.ReadLine> kept = new ArrayList<>();
        for (int i : order) {
            Rectangle b = lines.get(i).bounds;
            boolean clash = false;
            for (Recognizer.ReadLine k : kept) {
                if (overlaps(b, k.bounds)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(lines.get(i));
            }
        }
        kept.sort(Comparator.<Recognizer.ReadLine>comparingInt(l -> l.bounds.y).thenComparingInt(l -> l.bounds.x));
        return kept;
    }

    /**
     * {@code layout=auto}: the located lines, with the scene's lines added where nothing was
     * located, and put in place of located lines they overlap when they hold more confident text
     * ({@link #textScore}). On a clean image the located lines stay; on a photo the scene's fill in.
     * A located line of which no character was read (all under the threshold, or nothing a
     * pattern accepts) is left out: on a photo those are the shelves and hands the threshold cut.
     * A scene line that reads what the one located line it overlaps reads, spaces aside, takes its
     * place: its word gaps are measured in the image's ink ({@link WordSpaces}), the locator's
     * between glyph boxes, which a sign's wide letters set apart (`RUGBY C LU B`).
     */
    public static List<Recognizer.ReadLine> merge(List<Recognizer.ReadLine> located,
        List<Recognizer.ReadLine> scene) {
        List<Recognizer.ReadLine> read = new ArrayList<>(located);
        read.removeIf(l -> l != null && l.characters.stream().allMatch(c -> c.rejected));
        // A scene line must beat what it overlaps by at least one more confident character's
        // worth, or read the same.
        return merge(read, scene, 0.5, true);
    }

    /**
     * As {@link #merge(List, List)}, a line of {@code scene} replacing what it overlaps only when
     * its score beats theirs together by more than {@code margin}, or, with {@code sameText}, when
     * it overlaps one line and reads the same characters.
     */
    static List<Recognizer.ReadLine> merge(List<Recognizer.ReadLine> located, List<Recognizer.ReadLine> scene,
        double margin, boolean sameText) {
        List<Recognizer.ReadLine> out = new ArrayList<>(located);
        for (Recognizer.ReadLine s : scene) {
            double score = textScore(s);
            List<Recognizer.ReadLine> overlapping = new ArrayList<>();
            double theirs = 0;
            for (Recognizer.ReadLine l : out) {
                if (l != null && overlaps(s.bounds, l.bounds)) {
                    overlapping.add(l);
                    theirs += textScore(l);
                }
            }
            // It replaces every line it overlaps, so it must hold more text than all of them together.
            if (overlapping.isEmpty() || score > theirs + margin
                || sameText && overlapping.size() == 1 && sameCharacters(overlapping.get(0), s)) {
                out.removeAll(overlapping);
                out.add(s);
            }
        }
        out.removeIf(l -> l == null);
        out.sort(Comparator.<Recognizer.ReadLine>comparingInt(l -> l.bounds.y).thenComparingInt(l -> l.bounds.x));
        return out;
    }

    private static boolean sameCharacters(Recognizer.ReadLine a, Recognizer.ReadLine b) {
        return a.text.replace(" ", "").equals(b.text.replace(" ", ""));
    }

    private static boolean overlaps(Rectangle a, Rectangle b) {
        Rectangle in = a.intersection(b);
        return !in.isEmpty() && (iou(a, b) > OVERLAP || area(in) > 0.6 * Math.min(area(a), area(b)));
    }

    private static double area(Rectangle r) {
        return (double) r.width * r.height;
    }

    static double iou(Rectangle a, Rectangle b) {
        Rectangle in = a.intersection(b);
        if (in.isEmpty()) {
            return 0;
        }
        return area(in) / (area(a) + area(b) - area(in));
    }
}
