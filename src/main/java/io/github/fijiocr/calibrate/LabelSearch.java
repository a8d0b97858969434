package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.SceneLines;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.SceneReader;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a scale bar's label is, read: the text near the bar that reads as a length. Looked for
 * above and below the bar first (ImageJ's Scale Bar... and most programs), at the image's size
 * and then at twice it; beside the bar, at its rows, with the bar painted out; and how a line
 * found with the bar's rows is read without them. Short flat strokes of glyphs that passed for
 * bars are told apart here ({@link #partOf}).
 */
final class LabelSearch {
    /** A label found beside its bar, and the image it was read in (the bar painted out). */
    static final class Beside {
        final Recognizer.ReadLine line;
        final ByteProcessor plain;

        Beside(Recognizer.ReadLine line, ByteProcessor plain) {
            this.line = line;
            this.plain = plain;
        }
    }

    private final LineRecognizer recognizer;

    /** {@code recognizer}: the reader with the label pattern. */
    LabelSearch(LineRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /**
     * The scene search for lines of {@code minCharacters} glyphs or more, letters that touch
     * among them: a serif face's feet join a unit's letters ({@code mm}, {@code µm}).
     */
    private SceneReader reader(int minCharacters) {
        return new SceneReader(recognizer, minCharacters).withTouchingLetters();
    }

    /**
     * The most text-like line near {@code bar} that reads as a length and stays clear of it, looked
     * for at the image's size and then, if none, at twice it; null: none. Every line read is added
     * to {@code lines}.
     */
    Recognizer.ReadLine clearOf(ByteProcessor gray, Rectangle bar, List<Recognizer.ReadLine> lines) {
        return clearOf(gray, near(gray, bar), bar, lines);
    }

    /**
     * Where a label above or below {@code bar} is looked for in {@code gray}: {@link #reach} above
     * it, and below it room for a label {@link #LABEL_PER_THICKNESS} times as high as the bar is
     * thick (the bar's length at most) where that is further. ImageJ's Scale Bar... sets its
     * label under the bar, and a short bar can carry a large one ({@code 5 µm} 35 pixels high
     * under a bar 72 pixels long and 7 thick), whose lower edge the area would otherwise cut: a
     * glyph at the area's edge is no part of a line there. Above, the reach stays: more of the
     * picture there changed the search's thresholds and lost a label below (seed 1781's bar 16).
     */
    static Rectangle near(ByteProcessor gray, Rectangle bar) {
        int reach = reach(bar);
        int below = Math.max(reach, Math.min(bar.width, LABEL_PER_THICKNESS * bar.height));
        return new Rectangle(bar.x - bar.width / 2 - 10, bar.y - reach, 2 * bar.width + 20,
            bar.height + reach + below).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
    }

    /**
     * A label under a bar is this many times as high as the bar is thick, or less, with the gap
     * between them: ImageJ's Scale Bar... draws a 14-point label under a 4-pixel bar, and tools
     * that size both to the image keep them alike.
     */
    static final int LABEL_PER_THICKNESS = 8;

    /** How far above and below a bar its label is looked for: half its length, 40 pixels at least. */
    private static int reach(Rectangle bar) {
        return Math.max(40, bar.width / 2);
    }

    /**
     * Whether {@code line} lies beside the bar: its middle off the bar's columns, the bar's
     * middle row in the middle half of its box (a label centred under or over a bar shorter than
     * it has its middle within the bar's columns, and its box reaches the bar's rows at most at its edge).
     */
    static boolean besideOf(Rectangle bar, Rectangle line) {
        double middle = bar.y + bar.height / 2.0;
        double centre = line.x + line.width / 2.0;
        return (centre < bar.x || centre > bar.x + bar.width) && middle >= line.y + line.height / 4.0
            && middle <= line.y + 3 * line.height / 4.0;
    }

    /**
     * The best line in {@code near} clear of {@code bar}, at the image's size or, if none, at
     * twice it; null: none, or the bar is a stroke of a line read, or a line lies beside it.
     */
    private Recognizer.ReadLine clearOf(ByteProcessor gray, Rectangle near, Rectangle bar,
        List<Recognizer.ReadLine> lines) {
        lines.addAll(reader(SceneLines.MIN_CHARACTERS).read(gray, near));
        if (lines.stream().anyMatch(l -> partOf(bar, l.bounds))) {
            return null; // a stroke of a line read, not a bar: the line's other strokes are not its label
        }
        // A line beside the bar, at its rows, is left to the search beside it (see beside):
        // here it may be cut by the area searched (1µm for the µm of 20 µm) or read with the bar's end.
        Predicate<Recognizer.ReadLine> clear = l -> !l.bounds.intersects(bar)
            && !besideOf(bar, l.bounds);
        Recognizer.ReadLine best = best(lines, clear);
        if (best == null && lines.stream().noneMatch(l -> besideOf(bar, l.bounds))) {
            best = best(zoomedAlso(gray, near, lines, clear), clear);
        }
        if (best(lines, l -> true) == null) {
            // A label of two short words: a monospaced face's space parts 40 from mm, a serif
            // face's feet join µm into one glyph after its 5. Only where no line near the bar
            // reads as a length at all: one found with the bar's rows is read without them later
            // (ScaleBarReader.read), and a pair (an end tick and µm, read 1µm) must not take its place.
            List<Recognizer.ReadLine> pairs = new ArrayList<>(reader(2).read(gray, near));
            if (best(pairs, clear) == null) {
                pairs.addAll(zoomedIn(gray, near, 2));
            }
            lines.addAll(pairs);
            best = best(pairs, clear);
        }
        return best;
    }

    /** {@code lines}, and when none that {@code where} accepts reads as a length, those found at twice the size too. */
    private List<Recognizer.ReadLine> zoomedAlso(ByteProcessor gray, Rectangle near, List<Recognizer.ReadLine> lines,
        Predicate<Recognizer.ReadLine> where) {
        if (best(lines, where) != null) {
            return lines;
        }
        // Small text (12-point labels) is under what the scene search finds: look at twice the size.
        lines.addAll(zoomedIn(gray, near, SceneLines.MIN_CHARACTERS));
        return lines;
    }

    /**
     * The label on either side of {@code bar}, at its rows: the areas left and right of it (its
     * own columns left out, so the bar is never read as part of the line), as high as the search
     * above and below reaches and three times as wide, room for a label of that height, read
     * with the bar painted out. Null: none.
     */
    Beside beside(ByteProcessor gray, Rectangle bar) {
        int reach = reach(bar);
        int wide = 3 * reach;
        int gap = 2;
        Rectangle image = new Rectangle(gray.getWidth(), gray.getHeight());
        int middle = bar.y + bar.height / 2;
        Rectangle[] sides = {
            new Rectangle(bar.x - gap - wide, middle - reach, wide, 2 * reach).intersection(image),
            new Rectangle(bar.x + bar.width + gap, middle - reach, wide, 2 * reach).intersection(image)};
        // The reader reads a found line with a margin from the whole image: with the bar there, a
        // bar's end read in front of a label on its right took the label's first 1 with it.
        ByteProcessor plain = withoutBar(gray, bar);
        List<Recognizer.ReadLine> lines = new ArrayList<>();
        for (Rectangle side : sides) {
            if (!side.isEmpty()) {
                List<Recognizer.ReadLine> found = new ArrayList<>(reader(SceneLines.MIN_CHARACTERS).read(plain, side));
                lines.addAll(zoomedAlso(plain, side, found, l -> true));
            }
        }
        // The bar painted out, a line's box may reach over where it was.
        Recognizer.ReadLine best = best(lines, l -> true);
        return best == null ? null : new Beside(best, plain);
    }

    /**
     * Whether {@code bar} is a stroke of the text in {@code line}: within its columns and with a
     * quarter of its height or more above and below (the foot of a 1, a stroke of µ; a label set
     * close under a bar has the bar at its box's top, beside it outside its box).
     */
    static boolean partOf(Rectangle bar, Rectangle line) {
        int above = bar.y - line.y;
        int below = line.y + line.height - bar.y - bar.height;
        return bar.x >= line.x && bar.x + bar.width <= line.x + line.width
            && Math.min(above, below) >= line.height / 4.0;
    }

    /**
     * {@code line} read again without the bar's rows where its box reaches over them (a label
     * set close under its bar, found as one line with it): the bar's rows in the box make the
     * text a small part of the line's height, and a sure digit can go missing (fresh seed 1449's
     * bar 35 in DejaVu Sans, a bold 24-point {@code 80 µm} read {@code 8 µm} with the bar's
     * rows, right without). The line as found when the rest does not read as a length.
     */
    Recognizer.ReadLine offTheBar(ByteProcessor gray, Recognizer.ReadLine line, Rectangle bar) {
        Rectangle b = line.bounds;
        if (!b.intersects(bar)) {
            return line;
        }
        // A row of margin: an antialiased or JPEG bar spills into the next row.
        int top = bar.y - 1;
        int bottom = bar.y + bar.height + 1;
        double middle = b.y + b.height / 2.0;
        Rectangle rest = middle >= bar.y + bar.height / 2.0
            ? new Rectangle(b.x, bottom, b.width, b.y + b.height - bottom)
            : new Rectangle(b.x, b.y, b.width, top - b.y);
        if (rest.height < b.height / 2) {
            return line;
        }
        Recognizer.ReadLine again = recognizer.readRegions(gray, List.of(rest)).get(0);
        return ScaleBarReader.parse(again.text) == null ? line : again;
    }

    /**
     * {@code line} read again with the glyphs the scene search left out on its left
     * ({@link FaintGlyphs}), when that reads as a length in the same unit with another number
     * and no fewer digits, and the reading starts in what was added; the line as found otherwise.
     * Judged afterwards as any label is.
     */
    Recognizer.ReadLine withFaintGlyphs(ByteProcessor gray, Recognizer.ReadLine line, Rectangle bar) {
        Rectangle wider = FaintGlyphs.widened(gray, line, bar);
        Object[] was = ScaleBarReader.parse(line.text);
        if (wider == null || was == null) {
            return line;
        }
        Recognizer.ReadLine again = recognizer.readRegions(gray, List.of(wider)).get(0);
        Object[] now = ScaleBarReader.parse(again.text);
        boolean startsThere = !again.characters.isEmpty() && again.characters.get(0).box.x < line.bounds.x;
        return now != null && now[1].equals(was[1]) && !now[0].equals(was[0]) && startsThere
            && digits(again.text) >= digits(line.text) ? again : line;
    }

    /** How many digits {@code text} starts with (its number's, a decimal point aside). */
    private static int digits(String text) {
        return text.replaceAll("^([0-9.,]*).*$", "$1").replaceAll("[^0-9]", "").length();
    }

    /** A copy of {@code gray} with the bar, and a pixel round it, painted with the ground above and below it. */
    static ByteProcessor withoutBar(ByteProcessor gray, Rectangle bar) {
        ByteProcessor plain = (ByteProcessor) gray.duplicate();
        List<Integer> ground = new ArrayList<>();
        for (int y : new int[] {bar.y - 3, bar.y + bar.height + 2}) {
            List<Integer> row = new ArrayList<>();
            for (int x = Math.max(0, bar.x); y >= 0 && y < gray.getHeight() && x < Math.min(gray.getWidth(),
                bar.x + bar.width); x++) {
                row.add(gray.get(x, y));
            }
            row.sort(Integer::compare);
            if (!row.isEmpty()) {
                ground.add(row.get(row.size() / 2));
            }
        }
        ground.sort(Integer::compare);
        plain.setValue(ground.isEmpty() ? 0 : ground.get(ground.size() / 2));
        plain.setRoi(new Rectangle(bar.x - 1, bar.y - 1, bar.width + 2, bar.height + 2));
        plain.fill();
        plain.resetRoi();
        return plain;
    }

    /**
     * The lines the scene search finds in {@code near} looked at twice the size, in image
     * coordinates, as lines of {@code minCharacters} glyphs or more.
     */
    private List<Recognizer.ReadLine> zoomedIn(ByteProcessor gray, Rectangle near, int minCharacters) {
        gray.setRoi(near);
        ByteProcessor zoomed = (ByteProcessor) gray.crop();
        gray.resetRoi();
        zoomed.setInterpolationMethod(ByteProcessor.BILINEAR);
        zoomed = (ByteProcessor) zoomed.resize(2 * near.width, 2 * near.height);
        List<Recognizer.ReadLine> lines = new ArrayList<>();
        for (Recognizer.ReadLine l : reader(minCharacters).read(zoomed)) {
            List<CharacterReading> characters = new ArrayList<>();
            for (CharacterReading c : l.characters) {
                characters.add(c.movedTo(unzoomed(c.box, near)));
            }
            lines.add(new Recognizer.ReadLine(l.text, characters, unzoomed(l.bounds, near)));
        }
        return lines;
    }

    /**
     * The most text-like line that reads as a length with its box reaching over the bar but its
     * middle off the bar's rows (a line across the bar's middle is the bar read as text); null: none.
     */
    static Recognizer.ReadLine offItsMiddle(List<Recognizer.ReadLine> lines, Rectangle bar) {
        return best(lines, l -> {
            double middle = l.bounds.y + l.bounds.height / 2.0;
            return (middle < bar.y || middle > bar.y + bar.height) && !besideOf(bar, l.bounds);
        });
    }

    /** The most text-like of {@code lines} that {@code where} accepts and that reads as a length. */
    private static Recognizer.ReadLine best(List<Recognizer.ReadLine> lines,
        Predicate<Recognizer.ReadLine> where) {
        Recognizer.ReadLine best = null;
        double bestScore = 0;
        for (Recognizer.ReadLine line : lines) {
            if (ScaleBarReader.parse(line.text) == null || !where.test(line)) {
                continue;
            }
            double score = SceneReader.textScore(line.characters);
            if (score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return best;
    }

    /** A box found in the label's area zoomed twice, in the image. */
    private static Rectangle unzoomed(Rectangle b, Rectangle near) {
        return new Rectangle(near.x + b.x / 2, near.y + b.y / 2, (b.width + 1) / 2, (b.height + 1) / 2);
    }
}
