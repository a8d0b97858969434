package io.github.fijiocr.recognize;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.fijiocr.locate.CellShapes;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.SceneLines;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One 8-bit image to text lines: locate the lines, then read them with a {@link Recognizer}. With
 * {@link ReadOptions.Layout#SINGLE_LINE} the image (or the selection) is one line and nothing is
 * located for a line model.
 */
public final class TextReader {
    /** A located line under this share of its picture's height is part of a larger picture ({@link #partOf}). */
    static final double PART = 0.25;

    /**
     * Another search for text the line and scene searches leave out, by what lies beside it: a
     * scale bar's label ({@code calibrate.ScaleBarLabels}), which Read Scale Bar finds from its bar.
     */
    public interface Missed {
        /** Lines in {@code area} of {@code gray} that overlap none of {@code read} (the lines read so far). */
        List<Recognizer.ReadLine> find(ByteProcessor gray, Rectangle area, List<Recognizer.ReadLine> read);
    }

    private final TextLocator locator;
    private final Recognizer recognizer;
    private final ReadOptions.Layout layout;
    private final ReadOptions.Orientation orientation;
    /** Null: none. */
    private final Missed missed;

    public TextReader(TextLocator locator, Recognizer recognizer) {
        this(locator, recognizer, ReadOptions.Layout.LINES);
    }

    public TextReader(TextLocator locator, Recognizer recognizer, ReadOptions.Layout layout) {
        this(locator, recognizer, layout, ReadOptions.Orientation.UPRIGHT);
    }

    public TextReader(TextLocator locator, Recognizer recognizer, ReadOptions.Layout layout,
        ReadOptions.Orientation orientation) {
        this(locator, recognizer, layout, orientation, null);
    }

    private TextReader(TextLocator locator, Recognizer recognizer, ReadOptions.Layout layout,
        ReadOptions.Orientation orientation, Missed missed) {
        this.locator = locator;
        this.recognizer = recognizer;
        this.layout = layout;
        this.orientation = orientation;
        this.missed = missed;
    }

    /**
     * The same reader, with {@code missed} made from its line reader looked for in whole images
     * and selections the scene search ran on ({@code layout=auto} and {@code scene}); unchanged
     * for a character model, with a {@code pattern} or {@code allowed} characters (the user asked
     * for other text), and where {@code missed} gives null (it cannot search with this reader).
     */
    public TextReader with(Function<LineRecognizer, Missed> missed) {
        if (!(recognizer instanceof LineRecognizer) || ((LineRecognizer) recognizer).pattern() != null
            || ((LineRecognizer) recognizer).allowed() != null && !((LineRecognizer) recognizer).allowed().isEmpty()) {
            return this;
        }
        Missed m = missed.apply((LineRecognizer) recognizer);
        return m == null ? this : new TextReader(locator, recognizer, layout, orientation, m);
    }

    /** A reader for one thread: whole lines with a line model, characters with a character model. */
    public static TextReader of(OcrModel model, ReadOptions options) {
        Recognizer recognizer = model.isLine()
            ? new LineRecognizer(model.predictor(options.allowed), options.allowed, options.threshold, options.pattern,
                options.lexicon())
            : new CharacterRecognizer(model.predictor(options.allowed), options.threshold, options.pattern);
        return new TextReader(new TextLocator(options.locate), recognizer, options.layout, options.orientation);
    }

    public List<LineReading> read(ByteProcessor gray, String image, int slice) {
        return read(gray, null, image, slice);
    }

    /** Lines inside {@code roi} (null: the whole image), numbered from 1 top to bottom. */
    public List<LineReading> read(ByteProcessor gray, Roi roi, String image, int slice) {
        List<Recognizer.ReadLine> read = readUpright(gray, roi);
        if (orientation == ReadOptions.Orientation.AUTO) {
            read = Turns.readTurned(gray, roi, g -> readUpright(g, null), read);
        }
        List<LineReading> out = new ArrayList<>();
        for (Recognizer.ReadLine r : read) {
            if (r != null) {
                out.add(new LineReading(image, slice, out.size() + 1, r.text, r.characters, r.bounds));
            }
        }
        return out;
    }

    /**
     * Whether this reader reads free text with the line model: no {@code pattern}, no
     * {@code allowed} characters (those decide between a digit and its look-alike themselves:
     * {@link DigitRuns} is for text the user did not constrain).
     */
    private boolean freeText() {
        if (!(recognizer instanceof LineRecognizer)) {
            return false;
        }
        LineRecognizer lines = (LineRecognizer) recognizer;
        return lines.pattern() == null && (lines.allowed() == null || lines.allowed().isEmpty());
    }

    /**
     * The lines upright in {@code gray} (an image turned by {@link Turns} is read upright too),
     * each digit unsure against its look-alike taken among digits where the text is free
     * ({@link DigitRuns}): measured in the image the line was read from, before any turn maps
     * its boxes back.
     */
    private List<Recognizer.ReadLine> readUpright(ByteProcessor gray, Roi roi) {
        List<Recognizer.ReadLine> read = readUprightAsFound(gray, roi);
        if (!freeText()) {
            return read;
        }
        double threshold = ((LineRecognizer) recognizer).threshold();
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (Recognizer.ReadLine r : read) {
            out.add(r == null ? null : DigitRuns.settled(r, gray, threshold));
        }
        return out;
    }

    private List<Recognizer.ReadLine> readUprightAsFound(ByteProcessor gray, Roi roi) {
        List<Recognizer.ReadLine> read;
        if (layout == ReadOptions.Layout.SINGLE_LINE) {
            read = readAsOneLine(gray, roi);
        } else if (layout == ReadOptions.Layout.SCENE && recognizer instanceof LineRecognizer) {
            read = RoundRows.dropped(withMissed(gray, roi, BlurredLines.dropped(gray, readScene(gray, roi))));
        } else if (layout == ReadOptions.Layout.AUTO && recognizer instanceof LineRecognizer) {
            List<Recognizer.ReadLine> located = readLocated(gray, roi, true);
            boolean clean = clean(gray, roi, located);
            List<Recognizer.ReadLine> scene = clean ? List.of() : readScene(gray, roi);
            read = BlurredLines.dropped(gray, SceneReader.merge(notFramed(gray, roi, located, scene), scene));
            // A clean frame (every line read, flat ground beside) holds no text left to find.
            read = RoundRows.dropped(clean ? read : withMissed(gray, roi, read));
        } else {
            read = readLocated(gray, roi);
        }
        return read;
    }

    private List<Recognizer.ReadLine> readLocated(ByteProcessor gray, Roi roi) {
        return readLocated(gray, roi, false);
    }

    /** {@code read} with what {@link #missed} finds beside it, top to bottom. */
    private List<Recognizer.ReadLine> withMissed(ByteProcessor gray, Roi roi, List<Recognizer.ReadLine> read) {
        if (missed == null) {
            return read;
        }
        Rectangle area = new Rectangle(gray.getWidth(), gray.getHeight());
        if (roi != null) {
            area = roi.getBounds().intersection(area);
        }
        List<Recognizer.ReadLine> out = new ArrayList<>();
        read.stream().filter(r -> r != null).forEach(out::add);
        List<Recognizer.ReadLine> found = area.isEmpty() ? List.of() : missed.find(gray, area, out);
        if (found.isEmpty()) {
            return read;
        }
        out.addAll(found);
        out.sort(Comparator.<Recognizer.ReadLine>comparingInt(l -> l.bounds.y).thenComparingInt(l -> l.bounds.x));
        return out;
    }

    /**
     * {@code judged} (layout=auto): a line of solid blobs ({@link TextLine#solid}), or a line read
     * under the threshold on average ({@link #unsure}), is kept only when its reading is text by
     * the scene search's measure ({@link SceneReader#textScore}). On a micrograph such lines are
     * rows of cells or stained tissue, which the reader takes for a few unsure letters (`?N`,
     * `?.?:`); a tight crop of bold print can threshold into blobs too, and reads as text. A line
     * read whole and sure (one digit of a display), or a display read in part (`25?`), stays. And
     * a line that is a small part of its picture ({@link #partOf}) and reads as two letters or
     * digits, one of them unsure, is dropped as the scene search drops it
     * ({@link SceneReader#shortAndUnsure}): rows of ring-shaped cells read so; and so is one whose
     * ink is a row of cells ({@link CellShapes}).
     */
    private List<Recognizer.ReadLine> readLocated(ByteProcessor gray, Roi roi, boolean judged) {
        List<TextLine> lines = locator.locate(gray, roi);
        List<Recognizer.ReadLine> read = recognizer.read(gray, lines);
        if (judged) {
            read = new ArrayList<>(read);
            for (int i = 0; i < read.size(); i++) {
                Recognizer.ReadLine r = read.get(i);
                if (r != null && (lines.get(i).solid() || unsure(r)) && SceneReader.textScore(r) == 0) {
                    read.set(i, null);
                } else if (r != null && partOf(r.bounds, gray, roi)
                    && (SceneReader.shortAndUnsure(r.characters) || CellShapes.cells(gray, r.bounds))) {
                    // A line in a larger picture is judged as the scene search's are.
                    read.set(i, null);
                }
            }
        }
        if (lines.isEmpty() && recognizer instanceof LineRecognizer) {
            // Nothing the threshold could cut (a photo, an LCD): the region may still be one line.
            read = keepIfRead(readAsOneLine(gray, roi));
        }
        return read;
    }

    /**
     * The located lines, but a line {@link #partOf} let stand as the picture the user framed
     * judged as a part after all (as {@link #readLocated} judges parts) where the scene search read
     * text outside its box: as short and unsure, or as no text by the scene search's measure
     * ({@link SceneReader#textScore}: `% *??` over rings across a whole frame), where the ink it
     * read runs to the picture's edge or is blurred against that text
     * ({@link BlurredLines#blurredBeside}), and as cells wherever it is. On a micrograph the
     * locator lines up cells into a third of the frame or more (`3?:3`,
     * `, 09 ° °`, `24.?`; filled cells read `2N`, `S`, imaged through optics beside a timestamp
     * drawn on the pixel grid), while the timestamp and the label are read elsewhere; a word crop
     * or a display the user framed holds no other line, and the digits of a display photographed
     * with its maker's name beside it do not reach the photo's edge (the line's box, padded for
     * reading, may), are not ellipses, and are as sharp as the name or read sure.
     */
    private static List<Recognizer.ReadLine> notFramed(ByteProcessor gray, Roi roi, List<Recognizer.ReadLine> located,
        List<Recognizer.ReadLine> scene) {
        Rectangle picture = new Rectangle(gray.getWidth(), gray.getHeight());
        if (roi != null) {
            picture = roi.getBounds().intersection(picture);
        }
        List<Recognizer.ReadLine> out = new ArrayList<>(located);
        for (int i = 0; i < out.size(); i++) {
            Recognizer.ReadLine r = out.get(i);
            if (r == null || partOf(r.bounds, gray, roi)) {
                continue; // judged already
            }
            List<Recognizer.ReadLine> beside = new ArrayList<>();
            scene.stream().filter(s -> !s.bounds.intersects(r.bounds)).forEach(beside::add);
            boolean framed = !toEdge(ink(r), picture) && !BlurredLines.blurredBeside(gray, r, beside);
            if (!beside.isEmpty() && (!framed && (SceneReader.shortAndUnsure(r.characters)
                || SceneReader.textScore(r) == 0) || CellShapes.cells(gray, r.bounds))) {
                out.set(i, null);
            }
        }
        return out;
    }

    /** The union of a reading's character boxes (each the ink in its columns), or its line's box without any. */
    private static Rectangle ink(Recognizer.ReadLine r) {
        Rectangle ink = null;
        for (CharacterReading c : r.characters) {
            ink = ink == null ? new Rectangle(c.box) : ink.union(c.box);
        }
        return ink == null ? r.bounds : ink;
    }

    /** Whether {@code line} reaches an edge of {@code picture}. */
    private static boolean toEdge(Rectangle line, Rectangle picture) {
        return line.x <= picture.x || line.y <= picture.y || line.x + line.width >= picture.x + picture.width
            || line.y + line.height >= picture.y + picture.height;
    }

    /**
     * Whether a line is a small part of the picture read (the selection's box, or the image): under
     * {@link #PART} of its height. A word crop or a display framed by the user is its picture.
     */
    private static boolean partOf(Rectangle line, ByteProcessor gray, Roi roi) {
        int height = roi == null ? gray.getHeight() : roi.getBounds().height;
        return line.height < PART * height;
    }

    /**
     * A reading with a rejected character that the reader's own threshold rejects as a whole too:
     * under it on average. (A display read `25?` is over it; tissue read `?N` is not. A line a
     * `pattern` accepted has no rejected character: the pattern judged it as a whole already.)
     */
    private boolean unsure(Recognizer.ReadLine r) {
        double threshold = ((LineRecognizer) recognizer).threshold();
        return r.characters.stream().anyMatch(c -> c.rejected)
            && r.characters.stream().mapToDouble(c -> c.confidence).average().orElse(0) < threshold;
    }

    /**
     * Whether the scene search can be left out: every located line read, every character of it
     * accepted, the lines under half of the area, and beside them only flat ground
     * ({@link SceneLines#flatBeside}), where no mask of the search would find anything. Images the
     * search would scale down are searched as always.
     */
    static boolean clean(ByteProcessor gray, Roi roi, List<Recognizer.ReadLine> located) {
        if (located.isEmpty() || Math.max(gray.getWidth(), gray.getHeight()) > SceneReader.FIND_SIDE) {
            return false;
        }
        List<Rectangle> boxes = new ArrayList<>();
        for (Recognizer.ReadLine l : located) {
            if (l == null || l.characters.stream().anyMatch(c -> c.rejected)) {
                return false;
            }
            boxes.add(l.bounds);
        }
        Rectangle area = new Rectangle(gray.getWidth(), gray.getHeight());
        if (roi != null) {
            area = roi.getBounds().intersection(area);
        }
        return !area.isEmpty() && SceneLines.flatBeside(gray, area, boxes);
    }

    /** Scene text inside {@code roi}'s box (null: the whole image), in the image's coordinates. */
    private List<Recognizer.ReadLine> readScene(ByteProcessor gray, Roi roi) {
        SceneReader scene = new SceneReader((LineRecognizer) recognizer, SceneLines.MIN_CHARACTERS, locator.options().wordGap);
        return roi == null ? scene.read(gray) : scene.read(gray, roi.getBounds());
    }

    private List<Recognizer.ReadLine> readAsOneLine(ByteProcessor gray, Roi roi) {
        Rectangle region = roi == null ? new Rectangle(gray.getWidth(), gray.getHeight())
            : roi.getBounds().intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (region.isEmpty()) {
            return List.of();
        }
        if (recognizer instanceof LineRecognizer) {
            // No locator measured this line's word gaps: the same rule on the characters' boxes.
            LineRecognizer lines = (LineRecognizer) recognizer;
            Recognizer.ReadLine read = lines.readRegions(gray, List.of(region)).get(0);
            return List.of(lines.addsWordSpaces() ? WordSpaces.at(read, locator.options().wordGap) : read);
        }
        // Characters: every glyph found is one line, left to right.
        List<Glyph> glyphs = new ArrayList<>();
        boolean light = false;
        for (TextLine line : locator.locate(gray, roi)) {
            glyphs.addAll(line.glyphs());
            light = line.lightText();
        }
        if (glyphs.isEmpty()) {
            return List.of();
        }
        glyphs.sort(Comparator.comparingInt(g -> g.ink().x));
        return recognizer.read(gray, List.of(new TextLine(glyphs, light)));
    }

    /** The reading, unless every character in it was rejected: then there was no text. */
    private static List<Recognizer.ReadLine> keepIfRead(List<Recognizer.ReadLine> read) {
        List<Recognizer.ReadLine> out = new ArrayList<>();
        for (Recognizer.ReadLine r : read) {
            if (r != null && r.characters.stream().anyMatch(c -> !c.rejected)) {
                out.add(r);
            }
        }
        return out;
    }
}
