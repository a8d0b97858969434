package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.locate.SceneLines;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.SceneReader;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a stack's timestamp is: the text found on five slices (first, quarter, middle, three
 * quarters, last) that is most surely a time, its boxes joined and cut to its ink rows, with a
 * margin for later, longer times. Read Timestamps' first step when the user selected nothing.
 */
final class TimestampFinder {
    /** Margins around the found text's ink, in its heights: room above and below, and for wider times later. */
    static final double MARGIN_Y = 0.25;
    static final double MARGIN_X = 1.0;
    /** Room, in text heights, right of a bare number for a unit word the search missed. */
    static final int UNIT_ROOM = 3;
    /**
     * Ink this close (in text heights) beside the found text belongs to it: small text's first
     * digits can fall outside the search's box, and a 0 cut at its left stroke reads as a 1 on
     * every slice, which no sequence check sees. Digits and colons sit closer than a quarter
     * height; ground or a cell further off ends the run.
     */
    static final double JOIN_GAP = 0.25;
    /**
     * Or as wide as the found text's own widest gap, up to this many heights: a monospaced face
     * sets a colon half a height clear of its digits, as wide as a proportional face's word
     * space, so no one width tells them apart; the text's own spacing does.
     */
    static final double OWN_GAP = 0.75;
    /**
     * How far, in text heights, the box may grow on each side: a few characters, not into the
     * picture. On a plate, the plate's edge ends the growth instead: nothing past it is text, and
     * a Courier-shaped clock whose thin grey digits the search found only as {@code 250} grew
     * three heights to {@code 05.250}, read as seconds a minute early on every slice.
     */
    static final double MAX_GROWTH = 3;

    /**
     * Room, in text heights, left of a clock for a date before it: {@code 2024-05-01} and a space
     * are about eight in a proportional face, ten in a monospaced one.
     */
    static final double DATE_ROOM = 12;
    /** Half the widest stroke, in pixels, that {@link #strokes} keeps. */
    static final int STROKE_RADIUS = 5;

    /** Share of a date's characters that must reach {@link #THRESHOLD}: a small JPEG date's 1s are unsure. */
    static final double SURE_SHARE = 0.75;

    /**
     * A candidate's reading must score this much (per character) to count: lower than Read Text's
     * 0.7, since a candidate must also be a time and change between slices, and small zeros and
     * colons are where the bundled reader is least sure.
     */
    static final double THRESHOLD = 0.3;

    private final LineRecognizer finder;

    TimestampFinder(LineRecognizer finder) {
        this.finder = finder;
    }

    /** The region a timestamp was found in, and the kind of what was read there (null: a selection). */
    static final class Found {
        final Rectangle box;
        final TimeText.Kind kind;
        /** A unit word found without its number: the number is looked for left of it. */
        final boolean unitOnly;
        /** The plate the text is drawn on, where the region reaches past its edges; null: none. */
        final PlatedStack.Plate plate;
        /** What the text was found in, and is to be read in. */
        final View view;

        Found(Rectangle box, TimeText.Kind kind) {
            this(box, kind, false, null, View.IMAGE);
        }

        Found(Rectangle box, TimeText.Kind kind, boolean unitOnly, PlatedStack.Plate plate, View view) {
            this.box = box;
            this.kind = kind;
            this.unitOnly = unitOnly;
            this.plate = plate;
            this.view = view;
        }

        /** This place narrowed to {@code other}, its kind, plate and view kept. */
        Found in(Rectangle other) {
            return new Found(other, kind, unitOnly, plate == null ? null : plate.in(other), view);
        }
    }

    /** The slices as they are, or their light or dark text's strokes alone ({@link #strokes}). */
    enum View {
        IMAGE, LIGHT_STROKES, DARK_STROKES;

        ByteProcessor of(ByteProcessor gray) {
            return this == IMAGE ? gray : strokes(gray, this == DARK_STROKES);
        }
    }

    /**
     * Where the timestamp may be, surest first (at most {@value #CANDIDATES}; never empty): the
     * text found on a few slices that is most surely a time: the same format at the same place
     * with another time on another slice (a scale-bar label does not change), running forward,
     * and a clock or a unit rather than a bare number; its boxes joined. A bare number must run
     * forward to rank, otherwise it comes last. The caller reads the next place when one does not
     * read as a running time on every slice, since a cell the probes read as {@code 0s} can
     * outscore a counter the search found on one probe.
     */
    List<Found> candidates(ImagePlus imp, int[] frames) {
        int n = frames.length;
        int[] probes = java.util.stream.IntStream.of(0, n / 4, n / 2, 3 * n / 4, n - 1).distinct()
            .map(k -> frames[k]).toArray();
        // Small text (ImageJ's Label... at 12 points) is under what the scene search finds: look
        // again at twice the size before giving up.
        List<Found> rest = new ArrayList<>();
        List<Found> units = new ArrayList<>();
        List<Found> found = find(imp, probes, 1, rest, units, false, View.IMAGE);
        found = !found.isEmpty() ? found : find(imp, probes, 2, rest, units, false, View.IMAGE);
        if (found.isEmpty()) {
            // A monospaced face's digits stand a cell apart either side of a point or a space
            // (Liberation Mono's 23-point 0.0 s was no chain, and the stack was refused): with
            // nothing that reads as a time, characters further apart are chained too.
            List<Found> none = new ArrayList<>();
            found = find(imp, probes, 1, none, none, true, View.IMAGE);
            found = !found.isEmpty() ? found : find(imp, probes, 2, none, none, true, View.IMAGE);
        }
        for (View view : List.of(View.LIGHT_STROKES, View.DARK_STROKES)) {
            // White text half over a bright cell (a 15-point 0.0 s whose 5 s lay on a nucleus) is
            // one blob with the cell at any threshold, and the time is never a line: searched
            // again, and then read, with the ground under thin strokes taken away. At the size
            // given only: strokes are many in a micrograph, a stack without a timestamp took
            // three times as long to refuse with twice the size searched too, and small text is
            // searched again when the reader enlarges the stack.
            List<Found> none = new ArrayList<>();
            found = !found.isEmpty() ? found : find(imp, probes, 1, none, none, false, view);
        }
        found.addAll(units);
        found.addAll(rest);
        if (found.isEmpty()) {
            throw new OcrException("No timestamp was found on slices " + Arrays.toString(probes)
                + " of " + imp.getTitle() + ". Draw a rectangle around the timestamp and run again, or set format="
                + " to how it is written.");
        }
        List<ByteProcessor> images = new ArrayList<>();
        for (int p : probes) {
            images.add(GrayImages.toGray(imp.getStack().getProcessor(p)));
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (out.size() == CANDIDATES) {
                break;
            }
            List<ByteProcessor> grays = new ArrayList<>();
            images.forEach(g -> grays.add(f.view.of(g)));
            Rectangle ink = inkBox(grays, f.box);
            ink = f.kind == TimeText.Kind.CLOCK ? withDateBefore(grays, ink) : ink;
            Found margined = withMargins(imp, f, ink);
            boolean number = f.kind == TimeText.Kind.COUNTER || f.kind == TimeText.Kind.WITH_UNIT;
            Found region = number && !f.unitOnly ? margined.in(leftClear(grays, ink, margined.box)) : margined;
            if (out.stream().noneMatch(o -> o.box.intersects(region.box))) {
                // Strokes have no plate: the top-hat takes a plate's ground away with the cells'.
                PlatedStack.Plate plate = f.view == View.IMAGE ? plate(grays, f.box, ink, region.box) : null;
                out.add(plate == null ? region : new Found(region.box, region.kind, region.unitOnly, plate, f.view));
            }
        }
        return out;
    }

    /**
     * The plate the found text ({@code ink}, found in {@code box}) is drawn on as the probes show
     * it ({@link TextPlate}), where {@code region} reaches past its edges; null where most probes
     * show none, or none of its edges lies within the region. Each edge is the median of the
     * probes'; the plate's grey is taken from a pixel beside the text that is plate on all of them.
     */
    static PlatedStack.Plate plate(List<ByteProcessor> grays, Rectangle box, Rectangle ink, Rectangle region) {
        List<TextPlate> plates = new ArrayList<>();
        List<Rectangle> extents = new ArrayList<>();
        for (ByteProcessor gray : grays) {
            Rectangle around = around(gray, box);
            TextPlate p = around.isEmpty() ? null : TextPlate.under(gray, box, around);
            if (p != null) {
                plates.add(p);
                extents.add(p.extent(gray, ink, region));
            }
        }
        if (plates.size() * 2 <= grays.size()) {
            return null;
        }
        int n = extents.size();
        int[][] edges = new int[4][n];
        for (int k = 0; k < n; k++) {
            Rectangle e = extents.get(k);
            edges[0][k] = e.x;
            edges[1][k] = e.y;
            edges[2][k] = e.x + e.width;
            edges[3][k] = e.y + e.height;
        }
        for (int[] e : edges) {
            Arrays.sort(e);
        }
        Rectangle edge = new Rectangle(edges[0][n / 2], edges[1][n / 2], edges[2][n / 2] - edges[0][n / 2],
            edges[3][n / 2] - edges[1][n / 2]);
        if (edge.contains(region)) {
            return null;
        }
        // Between the text and the plate's edge, above, below, left or right of it.
        int cx = ink.x + ink.width / 2;
        int cy = ink.y + ink.height / 2;
        java.awt.Point[] grounds = {new java.awt.Point(cx, (edge.y + ink.y) / 2),
            new java.awt.Point(cx, (ink.y + ink.height + edge.y + edge.height) / 2),
            new java.awt.Point((edge.x + ink.x) / 2, cy),
            new java.awt.Point((ink.x + ink.width + edge.x + edge.width) / 2, cy)};
        for (java.awt.Point g : grounds) {
            if (!edge.contains(g) || ink.contains(g)) {
                continue;
            }
            boolean onAll = true;
            for (int k = 0; k < grays.size() && onAll; k++) {
                TextPlate p = TextPlate.under(grays.get(k), box, around(grays.get(k), box));
                onAll = p != null && p.at(grays.get(k), g.x, g.y);
            }
            if (onAll) {
                return new PlatedStack.Plate(edge, region, g);
            }
        }
        return null;
    }

    /** {@code box} with a text height on every side, in the image. */
    private static Rectangle around(ByteProcessor gray, Rectangle b) {
        return new Rectangle(b.x - b.height, b.y - b.height, b.width + 2 * b.height, b.height * 3)
            .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
    }

    /**
     * {@code ink}, a clock's text on the probes, grown left over a date that most of them read
     * before it as one date and time; {@code ink} where none does. The search can find a date
     * and time's clock alone, and a date is wider than the growth over ink reaches: the region
     * then cut the year, and {@code 2024-05-01 12:34:00} read as {@code 4-05-01 12:34:00}, a
     * day-first date of 2001, on every slice.
     */
    Rectangle withDateBefore(List<ByteProcessor> grays, Rectangle ink) {
        int h = ink.height;
        int marginY = (int) Math.ceil(MARGIN_Y * h);
        Rectangle room = new Rectangle(ink.x - (int) Math.ceil(DATE_ROOM * h), ink.y - marginY,
            ink.width + (int) Math.ceil((DATE_ROOM + MARGIN_X) * h), ink.height + 2 * marginY)
            .intersection(new Rectangle(grays.get(0).getWidth(), grays.get(0).getHeight()));
        if (room.x >= ink.x) {
            return ink;
        }
        List<ByteProcessor> crops = new ArrayList<>();
        for (ByteProcessor g : grays) {
            g.setRoi(room);
            crops.add((ByteProcessor) g.crop());
            g.resetRoi();
        }
        List<Integer> starts = new ArrayList<>();
        for (Recognizer.ReadLine line : finder.readCrops(crops, TimeText.any(TimeText.Kind.DATE_TIME))) {
            TimeText t = line == null || !mostlySure(line) ? null : TimeText.parse(line.text);
            if (t != null && t.kind == TimeText.Kind.DATE_TIME) {
                starts.add(room.x + line.characters.get(0).box.x);
            }
        }
        if (starts.size() * 2 <= grays.size()) {
            return ink;
        }
        Collections.sort(starts);
        int left = Math.min(ink.x, starts.get(starts.size() / 2));
        return new Rectangle(left, ink.y, ink.x + ink.width - left, ink.height);
    }

    private static boolean mostlySure(Recognizer.ReadLine line) {
        long sure = line.characters.stream().filter(c -> c.confidence >= THRESHOLD).count();
        return !line.characters.isEmpty() && sure >= SURE_SHARE * line.characters.size();
    }

    /**
     * {@code region}, a single number's, with its left edge moved right past a mark that most
     * probes show in the margin before the text ({@code ink}), apart from it: the growth over the
     * text's ink stopped at the gap, so it is not the number's. A monospaced {@code T: 3 min}'s
     * margin held its colon without the T, and the colon read as an 8 before every number. A
     * clock's margin is left as it is: an hour the growth missed is there.
     */
    static Rectangle leftClear(List<ByteProcessor> grays, Rectangle ink, Rectangle region) {
        if (region.x >= ink.x) {
            return region;
        }
        int[] lefts = new int[grays.size()];
        for (int k = 0; k < grays.size(); k++) {
            ByteProcessor gray = grays.get(k);
            Rectangle around = around(gray, ink);
            Ink in = Ink.in(gray, ink, around.isEmpty() ? null : Ink.in(gray, around, null).light)
                .faintFrom(gray, around);
            int x = ink.x - 1;
            while (x >= region.x && in.inColumn(gray, x, ink)) {
                x--; // the text's own ink, where it reaches further on this probe
            }
            while (x >= region.x && !in.inColumn(gray, x, ink)) {
                x--;
            }
            if (x < region.x) {
                lefts[k] = region.x;
                continue;
            }
            // Past the mark's faint edge too.
            x++;
            while (x < ink.x && in.faintInColumn(gray, x, ink)) {
                x++;
            }
            lefts[k] = x;
        }
        Arrays.sort(lefts);
        int left = lefts[lefts.length / 2];
        return new Rectangle(left, region.y, region.x + region.width - left, region.height);
    }

    /** Candidates tried at most. */
    static final int CANDIDATES = 3;

    /**
     * The found text's ink on the probe slices, each edge the median of the slices' edges. The
     * text stays where it is and cells move: a cell under part of the box on one slice makes the
     * box's grey its own, so that slice's ink level leaves out the text's fainter parts (a colon
     * at 18 points ended the growth, and the hour was lost; a downscaled "0 sec" was cut to its
     * middle rows), while a cell beside the text on another slice grows the box over itself.
     */
    static Rectangle inkBox(List<ByteProcessor> grays, Rectangle box) {
        int n = grays.size();
        int[][] edges = new int[4][n];
        for (int k = 0; k < n; k++) {
            Rectangle r = inkBox(grays.get(k), box);
            edges[0][k] = r.x;
            edges[1][k] = r.y;
            edges[2][k] = r.x + r.width;
            edges[3][k] = r.y + r.height;
        }
        for (int[] e : edges) {
            Arrays.sort(e);
        }
        int m = n / 2;
        return new Rectangle(edges[0][m], edges[1][m], edges[2][m] - edges[0][m], edges[3][m] - edges[1][m]);
    }

    /**
     * The found text on one slice cut to its ink and grown over the rest of it. Which side of grey
     * is ink is judged around the box, a text height on every side, where ground is most of what
     * there is: in the box alone, text over a cell can have more cell than ground, and then the
     * ground's side looks like the ink (the first digits of a black clock half over a dark cell
     * were left out, and a white one over a bright cell grew into the dark field). Unless the text
     * is on a plate ({@link TextPlate}): then the plate is its ground, and its edge ends the text.
     */
    private static Rectangle inkBox(ByteProcessor gray, Rectangle b) {
        Rectangle around = around(gray, b);
        Boolean light = around.isEmpty() ? null : Ink.in(gray, around, null).light;
        TextPlate plate = around.isEmpty() ? null : TextPlate.under(gray, b, around);
        if (plate != null) {
            return inkColumns(gray, inkRows(gray, plate.trim(gray, b), plate.light), plate.light, plate);
        }
        return inkColumns(gray, inkRows(gray, b, light), light);
    }

    /** {@code best}, the found text's ink, with room around it for later, longer times. */
    static Found withMargins(ImagePlus imp, Found found, Rectangle best) {
        int h = best.height;
        // A bare number may be a number whose small unit word ("5 sec" at 12 points) the search
        // left out: room for one to its right, and the format is then decided from the readings.
        int unitRoom = found.kind == TimeText.Kind.COUNTER ? UNIT_ROOM * h : 0;
        // A unit word found alone: its number, which a cell beside it hid from the search, is
        // left of it, as wide as a bare number's unit on the other side.
        int numberRoom = found.unitOnly ? UNIT_ROOM * h : 0;
        int marginX = (int) (MARGIN_X * h);
        int marginY = (int) Math.ceil(MARGIN_Y * h);
        return new Found(new Rectangle(best.x - marginX - numberRoom, best.y - marginY,
            best.width + 2 * marginX + unitRoom + numberRoom, best.height + 2 * marginY)
            .intersection(new Rectangle(imp.getWidth(), imp.getHeight())),
            found.kind == TimeText.Kind.COUNTER ? null : found.kind, found.unitOnly, null, found.view);
    }

    /**
     * The box cut to the rows that hold ink: the scene search pads its boxes for reading, and the
     * reader scales a crop's height to its own, so a loose crop would shrink small text further.
     * A row holds ink where two of its pixels are ink as {@link Ink} judges the box.
     */
    static Rectangle inkRows(ByteProcessor gray, Rectangle box) {
        return inkRows(gray, box, null);
    }

    /** {@link #inkRows(ByteProcessor, Rectangle)} with ink on the given side (null: judged from the box). */
    static Rectangle inkRows(ByteProcessor gray, Rectangle box, Boolean light) {
        Rectangle b = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        Ink ink = Ink.in(gray, b, light);
        int top = -1;
        int bottom = -1;
        for (int y = b.y; y < b.y + b.height; y++) {
            int inked = 0;
            for (int x = b.x; x < b.x + b.width; x++) {
                inked += ink.at(gray.get(x, y)) ? 1 : 0;
            }
            if (inked >= 2) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        return top < 0 ? box : new Rectangle(box.x, top, box.width, bottom - top + 1);
    }

    /**
     * The box grown left and right over ink that continues the text along its rows (gaps under
     * {@value #JOIN_GAP} heights, at most {@value #MAX_GROWTH} heights each way), ink judged as in
     * {@link #inkRows}.
     */
    static Rectangle inkColumns(ByteProcessor gray, Rectangle box) {
        return inkColumns(gray, box, null);
    }

    /** {@link #inkColumns(ByteProcessor, Rectangle)} with ink on the given side (null: judged from the box). */
    static Rectangle inkColumns(ByteProcessor gray, Rectangle box, Boolean light) {
        return inkColumns(gray, box, light, null);
    }

    /**
     * The same, and on {@code plate} (null: none): a column that shows none of it, in the text's
     * rows and a margin above and below, ends the growth. (In the ink's rows alone, the side of
     * a thin 0 cut tight shows no plate grey, and the growth stopped there.)
     */
    private static Rectangle inkColumns(ByteProcessor gray, Rectangle box, Boolean light, TextPlate plate) {
        Rectangle b = box.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (b.isEmpty()) {
            return box;
        }
        Ink ink = Ink.in(gray, b, light).faintFrom(gray, around(gray, b));
        int h = b.height;
        // On a plate, the plate's edge ends the growth, not a number of heights, and any gap a
        // face may set is crossed: what the search found (a "50") need not hold the widest.
        int own = plate != null ? (int) (OWN_GAP * h) : Math.min(widestGap(ink, gray, b), (int) (OWN_GAP * h));
        int gap = Math.max((int) Math.ceil(JOIN_GAP * h), own);
        int grow = plate != null ? gray.getWidth() : (int) Math.ceil(MAX_GROWTH * h);
        int m = (int) Math.ceil(MARGIN_Y * h);
        Rectangle rows = new Rectangle(b.x, b.y - m, b.width, b.height + 2 * m)
            .intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        int left = b.x;
        Gap before = new Gap(gap);
        for (int x = b.x - 1; x >= Math.max(0, b.x - grow) && before.open(); x--) {
            if (plate != null && !plate.inColumn(gray, x, rows)) {
                break;
            }
            left = before.step(ink, gray, x, b) ? x : left;
        }
        int right = b.x + b.width - 1;
        Gap after = new Gap(gap);
        for (int x = right + 1; x < Math.min(gray.getWidth(), right + 1 + grow) && after.open(); x++) {
            if (plate != null && !plate.inColumn(gray, x, rows)) {
                break;
            }
            right = after.step(ink, gray, x, b) ? x : right;
        }
        return new Rectangle(left, box.y, right - left + 1, box.height);
    }

    /**
     * The widest run of columns without ink between the box's first and last inked columns: a
     * monospaced clock's colon stands a third of a height clear of its digits, and growth that
     * stopped there left the hour to the margin, which cut its 0 into a 9 on every slice.
     */
    private static int widestGap(Ink ink, ByteProcessor gray, Rectangle b) {
        int widest = 0;
        int run = -1; // no inked column yet
        for (int x = b.x; x < b.x + b.width; x++) {
            if (ink.inColumn(gray, x, b)) {
                widest = Math.max(widest, run);
                run = 0;
            } else if (run >= 0) {
                run++;
            }
        }
        return widest;
    }

    /**
     * The empty columns crossed while a box grows, which end the growth past {@code max}. A
     * column with only faint ink (a quarter of the way from the ground to the text's) counts as empty
     * only past {@code max} of them in a row: a colon drawn dim (a 12-point JPEG clock shrunk to
     * three quarters) is such a column, and with it as ground the growth stopped before the
     * hours, the region held {@code 59:50}, and every slice read an hour early.
     */
    private static final class Gap {
        private final int max;
        private int empty;
        private int faint;

        Gap(int max) {
            this.max = max;
        }

        boolean open() {
            return empty <= max;
        }

        /** Steps over column {@code x}; whether it holds ink. */
        boolean step(Ink ink, ByteProcessor gray, int x, Rectangle b) {
            if (ink.inColumn(gray, x, b)) {
                empty = 0;
                faint = 0;
                return true;
            }
            boolean mark = ink.faintInColumn(gray, x, b);
            faint = mark ? faint + 1 : 0;
            empty += mark && faint <= max ? 0 : 1;
            return false;
        }
    }

    /**
     * What is ink in a box: grey further from the box's median than half the furthest 1% is, on
     * the side (lighter or darker) given, or else where the furthest 1% lies further.
     */
    private static final class Ink {
        private final double cut;
        private final boolean light;
        /** The furthest 1% of the box on the ink's side. */
        private final double far;
        /** Faint marks of the text's side lie past this grey: a quarter of the way from the ground to {@link #far}. */
        private final double faint;

        private Ink(double cut, boolean light, double far, double faint) {
            this.cut = cut;
            this.light = light;
            this.far = far;
            this.faint = faint;
        }

        static Ink in(ByteProcessor gray, Rectangle b, Boolean side) {
            int[] hist = histogram(gray, b);
            int n = Math.max(1, b.width * b.height);
            int median = GrayImages.percentile(hist, n, 0.5);
            int lo = GrayImages.percentile(hist, n, 0.01);
            int hi = GrayImages.percentile(hist, n, 0.99);
            boolean light = side != null ? side : hi - median >= median - lo;
            double cut = light ? median + (hi - median) / 2.0 : median - (median - lo) / 2.0;
            return new Ink(cut, light, light ? hi : lo, cut); // no faint marks until faintFrom
        }

        private static int[] histogram(ByteProcessor gray, Rectangle r) {
            int[] hist = new int[256];
            for (int y = r.y; y < r.y + r.height; y++) {
                for (int x = r.x; x < r.x + r.width; x++) {
                    hist[gray.get(x, y)]++;
                }
            }
            return hist;
        }

        /**
         * This ink with faint marks judged from the ground of {@code around} (its median, where
         * ground is most of what there is): a box cut tight to small text has a median half way
         * to the ink, and a dim colon there was no fainter than it.
         */
        Ink faintFrom(ByteProcessor gray, Rectangle around) {
            if (around.isEmpty()) {
                return this;
            }
            int ground = GrayImages.percentile(histogram(gray, around), Math.max(1, around.width * around.height), 0.5);
            return new Ink(cut, light, far, ground + (far - ground) / 4.0);
        }

        boolean at(int grey) {
            return light ? grey > cut : grey < cut;
        }

        /** Whether column {@code x} holds ink within the box's rows. */
        boolean inColumn(ByteProcessor gray, int x, Rectangle b) {
            for (int y = b.y; y < b.y + b.height; y++) {
                if (at(gray.get(x, y))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether column {@code x} holds a faint mark of the text's side within the box's rows. */
        boolean faintInColumn(ByteProcessor gray, int x, Rectangle b) {
            for (int y = b.y; y < b.y + b.height; y++) {
                int g = gray.get(x, y);
                if (light ? g > faint : g < faint) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Timestamp boxes on the probe slices magnified {@code zoom} times, in image coordinates, best
     * first: those that run forward or read as a clock. Bare numbers that do not run forward are
     * added to {@code rest}, to be tried only if nothing better reads as a clock; a time unit's
     * word alone, at the same place on two probes, to {@code units} ({@link #unitWord}). With
     * {@code cellGaps}, characters up to {@link SceneLines#CELL_GAP} heights apart are chained.
     */
    private List<Found> find(ImagePlus imp, int[] probes, int zoom, List<Found> rest, List<Found> units,
        boolean cellGaps, View view) {
        // The scene search with chains of two parts (a two-digit counter, as ImageJ's Label...
        // writes on fewer than 100 slices), with any timestamp's pattern.
        SceneReader scene = cellGaps ? new SceneReader(finder, 2).withCellGaps() : new SceneReader(finder, 2);
        List<List<Recognizer.ReadLine>> found = new ArrayList<>();
        for (int p : probes) {
            ByteProcessor gray = view.of(GrayImages.toGray(imp.getStack().getProcessor(p)));
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
        List<Found> out = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int a = 0; a < probes.length; a++) {
            for (Recognizer.ReadLine anchor : found.get(a)) {
                TimeText t0 = TimeText.parse(anchor.text);
                if (t0 == null) {
                    Found unit = unitWord(found, a, anchor);
                    if (unit != null && units.stream().noneMatch(u -> u.box.intersects(unit.box))) {
                        units.add(unit);
                    }
                    continue;
                }
                Rectangle union = new Rectangle(anchor.bounds);
                double[] values = new double[probes.length];
                Arrays.fill(values, Double.NaN);
                values[a] = t0.value;
                for (int k = 0; k < probes.length; k++) {
                    for (Recognizer.ReadLine other : k == a ? List.<Recognizer.ReadLine>of() : found.get(k)) {
                        TimeText t = TimeText.parse(other.text);
                        if (t != null && t0.sameFormat(t) && samePlace(anchor.bounds, other.bounds)) {
                            union.add(other.bounds);
                            values[k] = Double.isNaN(values[k]) ? t.value : values[k];
                        }
                    }
                }
                boolean grows = grows(values);
                boolean timeLike = t0.kind != TimeText.Kind.COUNTER;
                double score = (grows ? 10 : 0) + (timeLike ? 5 : 0) + SceneReader.textScore(anchor.characters);
                if (view != View.IMAGE && !steadilyForward(values)) {
                    // A cell's rim is a stroke too: in strokes alone, only a time read on three
                    // probes or more that never steps back counts (cells' rims in a stack with
                    // no timestamp read as times that grew on two probes of five).
                    continue;
                }
                if (!grows && !timeLike) {
                    rest.add(new Found(union, t0.kind, false, null, view));
                    continue;
                }
                int at = 0;
                while (at < scores.size() && scores.get(at) >= score) {
                    at++;
                }
                scores.add(at, score);
                out.add(at, new Found(union, t0.kind, false, null, view));
            }
        }
        return out;
    }

    /**
     * {@code gray} with what is wider than a thick stroke taken away, so that text over a cell
     * stands on flat ground as it does beside it: a top-hat (the image less its opening; for
     * {@code dark} text, of the image inverted), whose opening is then grown back under the
     * image, a pixel at a time, as far as it reached. An opening cannot follow a cell's curved or
     * jagged rim: a sharp oval's sides were left as one-pixel lines as bright as text, read as a
     * {@code 6} before the unit on half the slices, in step. Strokes up to twice
     * {@link #STROKE_RADIUS} wide are kept (60-point bold); a cell is wider. A glyph that touches
     * a cell keeps only its height above the cell.
     */
    static ByteProcessor strokes(ByteProcessor gray, boolean dark) {
        ByteProcessor light = lightText(gray, dark);
        light.copyBits(groundUnder(light), 0, 0, ij.process.Blitter.SUBTRACT);
        return light;
    }

    /** A copy of {@code gray}, inverted when its text is {@code dark}: the text lighter than its ground. */
    static ByteProcessor lightText(ByteProcessor gray, boolean dark) {
        ByteProcessor light = (ByteProcessor) gray.duplicate();
        if (dark) {
            light.invert();
        }
        return light;
    }

    /** The ground under {@code light}'s strokes ({@link #strokes}): its opening, grown back under it. */
    static ByteProcessor groundUnder(ByteProcessor light) {
        // Repeated 3x3 minima and maxima: one thread, and no RankFilters worker threads left
        // behind to keep a headless run from ending.
        ByteProcessor ground = (ByteProcessor) light.duplicate();
        for (int k = 0; k < 2 * STROKE_RADIUS; k++) {
            ground.filter(k < STROKE_RADIUS ? ImageProcessor.MIN : ImageProcessor.MAX);
        }
        for (int k = 0; k < 2 * STROKE_RADIUS; k++) {
            ground.filter(ImageProcessor.MAX);
            ground.copyBits(light, 0, 0, ij.process.Blitter.MIN);
        }
        return ground;
    }

    /**
     * A unit word of two letters or more ({@code min}, {@code sec}) read alone on probe {@code a}
     * and at the same place on another probe: the unit of a time whose number the search missed
     * (a dark cell against a large {@code 10 min} on brightfield joined its digits to the cell
     * on every probe, and the stack was refused). The unit is text that does not change; a
     * single letter ({@code s}) is too easily a cell's edge. Null when it is no such word.
     */
    static Found unitWord(List<List<Recognizer.ReadLine>> found, int a, Recognizer.ReadLine anchor) {
        String word = anchor.text.trim();
        if (!UNIT_WORD.matcher(word).matches()) {
            return null;
        }
        Rectangle union = new Rectangle(anchor.bounds);
        int seen = 0;
        for (int k = 0; k < found.size(); k++) {
            for (Recognizer.ReadLine other : k == a ? List.<Recognizer.ReadLine>of() : found.get(k)) {
                if (other.text.trim().equalsIgnoreCase(word) && samePlace(anchor.bounds, other.bounds)) {
                    union.add(other.bounds);
                    seen++;
                    break;
                }
            }
        }
        return seen > 0 ? new Found(union, TimeText.Kind.WITH_UNIT, true, null, View.IMAGE) : null;
    }

    /** Unit words that {@link TimeText} reads after a number, of two letters or more. */
    private static final String UNIT_WORDS = "ms|msec|sec|secs|min|mins|hr|hrs";
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile(UNIT_WORDS,
        java.util.regex.Pattern.CASE_INSENSITIVE);
    /** What the search reads text as: any timestamp, or a unit word alone ({@link #unitWord}). */
    static final String PATTERN = TimeText.ANY + "|" + UNIT_WORDS;

    /**
     * Whether readings on the probe slices (in slice order, NaN where none) go forward more often
     * than back: a clock does, while a cell that reads as {@code 0s} on one slice and {@code 8s},
     * then {@code 4s} on others merely changes. One misread probe does not undo a clock.
     */
    static boolean grows(double[] values) {
        int forward = 0;
        int back = 0;
        double last = Double.NaN;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            forward += v > last ? 1 : 0;
            back += v < last ? 1 : 0;
            last = v;
        }
        return forward > back;
    }

    /** Whether readings on three probes or more (NaN where none) go forward at every step. */
    static boolean steadilyForward(double[] values) {
        double[] read = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        for (int k = 1; k < read.length; k++) {
            if (read[k] <= read[k - 1]) {
                return false;
            }
        }
        return read.length >= 3;
    }

    /**
     * Whether two boxes on different slices can hold the same timestamp: text of about the same
     * height on about the same rows, within a text height of each other. A cell read as
     * {@code 00} twice the text's height, a few heights off, is not the counter beside it (its
     * readings would break the counter's run, seed 401).
     */
    static boolean samePlace(Rectangle a, Rectangle b) {
        int h = Math.min(a.height, b.height);
        return Math.max(a.height, b.height) <= SAME_HEIGHT * h && overlapsInY(a, b) && a.intersects(grown(b, h));
    }

    /** How much taller one slice's box of a timestamp may be than another's (a reader's boxes vary a little). */
    static final double SAME_HEIGHT = 1.5;

    private static boolean overlapsInY(Rectangle a, Rectangle b) {
        int top = Math.max(a.y, b.y);
        int bottom = Math.min(a.y + a.height, b.y + b.height);
        return bottom - top > 0.5 * Math.min(a.height, b.height);
    }

    private static Rectangle grown(Rectangle r, int by) {
        return new Rectangle(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
    }
}
