package io.github.fijiocr.calibrate;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a scale bar and its label and turns them into a pixel size. An ImageJ overlay scale bar
 * (Analyze > Tools > Scale Bar... with "overlay") is read from the overlay itself, exactly.
 * Otherwise the bar is a solid rectangle much wider than high in the image's brightest or darkest
 * pixels, found row by row as runs of the same extent; its length is measured to a fraction of
 * a pixel from how much of each end pixel it covers; its label is the text next to it that reads
 * as a number and a unit. Nothing found means a refusal, never a guess.
 */
public final class ScaleBarReader {
    /**
     * What a label must read as. Not a bare "m": a reader that misses a small µ would read 20 µm
     * as 20 m, a million times off, and metre scale bars are not what micrographs carry.
     */
    public static final String LABEL = "\\d+([.,]\\d+)? ?(µm|um|nm|mm|cm|microns?|pixels?|px)";
    static final Pattern PARSED = Pattern.compile("(\\d+(?:[.,]\\d+)?) ?(\\S+)");
    /** A bar is at least this many times wider than high, and this many pixels long. */
    static final double MIN_ASPECT = 4;
    static final int MIN_LENGTH = 10;
    /**
     * How precise a pixel size must be to be set when something lies against the bar's ends
     * (the ground past them still changes by {@link #UNSURE_ENDS} of the bar's contrast or more):
     * such a bar can be longer or shorter than measured. A clean bar is set to {@link #LOOSEST}, its precision reported
     * ({@link ScaleBar#precision}): one drawn to whole pixels gives it only to 2% under 37.5
     * pixels, and no better by eye.
     */
    public static final double PRECISION = 0.02;
    /**
     * A clean bar gives the pixel size to this or it is reported, not set: 25 pixels burned in.
     * Programs draw scale bars to be seen; a shorter "bar" is more likely a piece of something else.
     */
    static final double LOOSEST = 0.03;
    /** A clean ground past both ends changes by less, per pixel, as a share of the bar's contrast (noise). */
    static final double UNSURE_ENDS = 0.1;
    /** A bar stands out from what is around it by at least this share of the image's grey range. */
    static final double MIN_CONTRAST = 0.3;
    /**
     * The last resort's: a bar that stands out by this share of the grey range, looked at once
     * no bar standing out by {@link #MIN_CONTRAST} has a label.
     */
    static final double FAINT_CONTRAST = 0.15;
    /**
     * The bar's sub-pixel length and its thresholded width differ by at most a pixel (half a
     * pixel at each end), and a little for JPEG; more means something else lies at an end (a cell
     * against it), which would bias the length: flagged, not set.
     */
    static final double END_AGREEMENT = 1.2;
    /** A pixel whose grey leaves the bar's by this share of the bar's contrast is past its end (or at it). */
    static final double OUT_OF_BAR = 0.25;
    /** Its rows' ends may differ by this many pixels (antialiasing, JPEG). */
    static final int END_SLACK = 1;
    /** A strip whose ink goes on at both ends for this many rows is a frame's side ({@link #framing}). */
    static final int FRAME_ROWS = 3;
    /** Something this many pixels past a bar's end, at a dimmer level than the bar, is joined to it, not its end. */
    static final int JOINED = 3;


    private final LineRecognizer recognizer;
    private final LabelJudge judge;
    private final LabelSearch search;

    /** {@code recognizer}: a line reader with the user's threshold; the label pattern is added here. */
    public ScaleBarReader(LineRecognizer recognizer) {
        // The pattern, not a threshold, decides what is read: a small µ is never confident (the
        // bundled model's weakness); the digits' confidence is judged afterwards.
        this.recognizer = recognizer.with(LABEL, 0);
        this.judge = new LabelJudge(this.recognizer, recognizer.threshold());
        this.search = new LabelSearch(this.recognizer);
    }

    /** The scale bar on the image's current slice; {@code area}: where to look (null: everywhere). */
    public ScaleBar read(ImagePlus imp, Rectangle area) {
        ScaleBar fromOverlay = fromOverlay(imp.getOverlay());
        if (fromOverlay != null) {
            return fromOverlay;
        }
        ByteProcessor gray = GrayImages.toGray(imp.getProcessor());
        Rectangle where = area == null ? new Rectangle(gray.getWidth(), gray.getHeight())
            : area.intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        List<Rectangle> bars = bars(gray, where);
        ScaleBar best = bars.isEmpty() ? null : labelled(gray, bars);
        if (best == null) {
            // Bright cells set a fluorescence frame's grey range, and a black bar on its dark
            // ground stands out by a fifth of it (a white bar on a brightfield frame alike): the
            // fainter bars are looked at once the usual ones give no label, so a bar the usual
            // search reads keeps its reading.
            List<Rectangle> faint = bars(gray, where, FAINT_CONTRAST);
            faint.removeAll(bars);
            best = faint.isEmpty() ? null : labelled(gray, faint);
            bars.addAll(faint);
        }
        if (bars.isEmpty()) {
            throw new OcrException("No scale bar found in " + imp.getTitle() + (area == null ? "" : " inside the selection")
                + ": a scale bar is a solid bar at least " + MIN_LENGTH + " pixels long and " + (int) MIN_ASPECT
                + " times longer than high, brighter or darker than all around it. Nothing was changed.");
        }
        if (best == null) {
            throw new OcrException("A bar was found in " + imp.getTitle() + " at " + bars.get(0).x + "," + bars.get(0).y
                + " but no label next to it reads as a number and a unit (such as 50 µm). Nothing was changed;"
                + " set the scale with Analyze > Set Scale.");
        }
        return best;
    }

    /** The best of {@code bars} with its label read (see {@link #read}); null: no bar has a label. */
    ScaleBar labelled(ByteProcessor gray, List<Rectangle> bars) {
        ScaleBar best = null;
        List<ScaleBar> found = new ArrayList<>();
        List<List<Recognizer.ReadLine>> near = new ArrayList<>();
        for (Rectangle bar : bars) {
            List<Recognizer.ReadLine> lines = new ArrayList<>();
            near.add(lines);
            best = better(best, added(found, labelled(gray, bar, search.clearOf(gray, bar, lines))));
        }
        // A label set tight under its bar (an image scaled down) has margins over it: the last
        // resort, once no bar has a label clear of it (a bit of a label's own ink can pass for a bar).
        for (int i = 0; best == null && i < bars.size(); i++) {
            best = better(best, added(found, labelled(gray, bars.get(i), LabelSearch.offItsMiddle(near.get(i), bars.get(i)))));
        }
        if (best == null || !best.sure) {
            best = besideToo(gray, bars, near, found);
        }
        for (int i = 0; best == null && i < bars.size(); i++) {
            // A faint label (thin strokes scaled down) falls under a threshold the bar's own dark
            // or bright pixels draw to them: the last resort looks with the bar painted out.
            ByteProcessor plain = LabelSearch.withoutBar(gray, bars.get(i));
            best = added(found, labelled(gray, plain, bars.get(i), search.clearOf(plain, bars.get(i), new ArrayList<>())));
        }
        return best;
    }

    private static ScaleBar added(List<ScaleBar> found, ScaleBar s) {
        if (s != null) {
            found.add(s);
        }
        return s;
    }

    /**
     * The best of {@code found} and of the labels beside the bars (microscopes' software often
     * sets the label at the bar's rows), looked for only once no label above or below is sure, so
     * those keep what they had: a sure one first, then the most confident. A "bar" inside another
     * one's label, and shorter, is a stroke of it (the foot of a 2, the top of an m), and no bar is looked
     * beside that is a stroke of a line read near it: the rest of the line would pass for its label.
     */
    private ScaleBar besideToo(ByteProcessor gray, List<Rectangle> bars, List<List<Recognizer.ReadLine>> near,
        List<ScaleBar> found) {
        List<ScaleBar> all = new ArrayList<>(found);
        for (int i = 0; i < bars.size(); i++) {
            Rectangle bar = bars.get(i);
            LabelSearch.Beside beside = near.get(i).stream().noneMatch(l -> LabelSearch.partOf(bar, l.bounds))
                ? search.beside(gray, bar) : null;
            if (beside != null) {
                added(all, labelled(gray, beside.plain, bar, beside.line));
            }
        }
        all.removeIf(s -> all.stream().anyMatch(o -> o.bar.width > s.bar.width && o.labelBox.contains(s.bar)));
        ScaleBar best = null;
        for (ScaleBar s : all) {
            if (best == null || s.sure && !best.sure || s.sure == best.sure && s.confidence > best.confidence) {
                best = s;
            }
        }
        return best;
    }

    /** ImageJ's own overlay scale bar: elements named "|SB|", the text and the bar rectangle. */
    static ScaleBar fromOverlay(Overlay overlay) {
        if (overlay == null) {
            return null;
        }
        TextRoi text = null;
        Roi bar = null;
        for (Roi r : overlay.toArray()) {
            if (r instanceof TextRoi && parse(((TextRoi) r).getText().trim()) != null) {
                text = text == null || "|SB|".equals(r.getName()) ? (TextRoi) r : text;
            } else if (r.getType() == Roi.RECTANGLE && r.getFloatWidth() >= MIN_ASPECT * r.getFloatHeight()) {
                bar = bar == null || "|SB|".equals(r.getName()) ? r : bar;
            }
        }
        if (text == null || bar == null) {
            return null;
        }
        // Unnamed elements count only when the text sits by the bar: the user's own annotations
        // elsewhere are not a scale bar.
        boolean named = "|SB|".equals(text.getName()) && "|SB|".equals(bar.getName());
        Rectangle b = bar.getBounds();
        int reach = Math.max(5 * b.height, 2 * text.getBounds().height);
        if (!named && !new Rectangle(b.x - reach, b.y - reach, b.width + 2 * reach, b.height + 2 * reach)
            .intersects(text.getBounds())) {
            return null;
        }
        String label = text.getText().trim();
        Object[] p = parse(label);
        String doubt = doubtOfNumber(label);
        doubt = doubt != null ? doubt : doubtOfUnit((String) p[1]);
        doubt = doubt != null ? doubt : doubtOfComma(label);
        double length = bar.getFloatWidth();
        return new ScaleBar((Double) p[0], (String) p[1], label, length, bar.getBounds(), text.getBounds(), 1,
            ScaleBar.Source.OVERLAY, doubt, doubtOfLength(length, 0, ScaleBar.Source.OVERLAY), 0);
    }

    /** {value, unit as ImageJ writes it}, or null when the text is not a length. */
    static Object[] parse(String label) {
        Matcher m = PARSED.matcher(label);
        if (!m.matches()) {
            return null;
        }
        String u = m.group(2).toLowerCase(Locale.ROOT);
        String unit = u.equals("um") || u.equals("µm") || u.startsWith("micron") ? "µm"
            : u.equals("nm") || u.equals("mm") || u.equals("cm") ? u
            : u.startsWith("pixel") || u.equals("px") ? "pixel" : null;
        return unit == null ? null : new Object[] {Double.parseDouble(m.group(1).replace(',', '.')), unit};
    }

    /**
     * A length no scale bar is labelled with: zero, or a number with a leading zero before another
     * digit (`00 µm`, `05 mm`). Programs write `100 µm` and `0.5 µm`; such a reading has lost a
     * digit (a `1` read as nothing), and the pixel size it gives would be zero or ten times off.
     */
    static String doubtOfNumber(String label) {
        Object[] p = parse(label);
        String number = label.replaceAll("^(\\d+(?:[.,]\\d+)?).*", "$1");
        return p != null && ((Double) p[0] <= 0 || number.matches("0\\d.*"))
            ? "the label reads " + label + ": no scale bar is labelled with zero or a leading zero (a digit lost?)"
            : null;
    }

    static String doubtOfUnit(String unit) {
        return unit.equals("pixel") ? "the bar is labelled in pixels: the image it was drawn on had no scale" : null;
    }

    /** A comma before exactly three digits may group thousands (1,000 nm) rather than mark decimals. */
    static String doubtOfComma(String label) {
        return label.matches("\\d+,\\d{3}\\D.*|\\d+,\\d{3}")
            ? "the comma in " + label + " may group thousands rather than mark decimals" : null;
    }

    /**
     * Solid bars: in each polarity, pixels past halfway from the median to the extreme; runs of
     * those at least {@link #MIN_LENGTH} long, stacked in consecutive rows with the same ends.
     */
    static List<Rectangle> bars(ByteProcessor gray, Rectangle area) {
        return bars(gray, area, MIN_CONTRAST);
    }

    /** As {@link #bars(ByteProcessor, Rectangle)}, each standing out by {@code minContrast} of the grey range. */
    static List<Rectangle> bars(ByteProcessor gray, Rectangle area, double minContrast) {
        int[] hist = new int[256];
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                hist[gray.get(x, y)]++;
            }
        }
        int n = area.width * area.height;
        int median = GrayImages.percentile(hist, n, 0.5);
        int min = GrayImages.percentile(hist, n, 0);
        int max = 255;
        while (max > 0 && hist[max] == 0) {
            max--;
        }
        List<Rectangle> out = new ArrayList<>();
        // Each row's runs at the two cuts, kept from the first pass for the second.
        List<List<int[]>> lightRuns = new ArrayList<>();
        List<List<int[]>> darkRuns = new ArrayList<>();
        for (boolean split : new boolean[] {false, true}) {
            // Then each run cut again at its own level, for a bar drawn over a cell (see splitRuns).
            List<Rectangle> found = new ArrayList<>(bars(gray, area, (median + max) / 2.0, (median + min) / 2.0, true,
                split, lightRuns));
            found.addAll(bars(gray, area, (median + min) / 2.0, (median + max) / 2.0, false, split, darkRuns));
            // A bar found again end to end at its own level is the bar: a shorter piece of it (the
            // partly covered edge row of a thin bar scaled down, broken by noise) replaces nothing.
            List<Rectangle> again = new ArrayList<>();
            for (Rectangle r : found) {
                out.stream().filter(o -> sameEnds(o, r)).forEach(again::add);
            }
            for (Rectangle r : found) {
                Rectangle o = out.stream().filter(b -> b.intersects(r)).findFirst().orElse(null);
                if (o == null) {
                    out.add(r);
                } else if (!again.contains(o) && withCellAtOneEnd(o, r)) {
                    out.set(out.indexOf(o), r);
                }
            }
        }
        double range = max - min;
        out.removeIf(r -> contrast(gray, r) < minContrast * range);
        // A run in the row next to a bar that stands out more, and within its ends, is that bar's
        // partly covered edge row (a thin bar scaled down), broken by noise or run on over a cell
        // of its grey: not a bar of its own (fresh seed 1035's bar 8: a 14-pixel piece of a
        // 120-pixel bar's second row was read as the bar; seed 417's bar 26: the half-covered row
        // of a 2-pixel bar, 3 pixels longer over a dark cell, once put the bar's full row aside).
        out.removeIf(r -> out.stream().anyMatch(o -> o != r && edgeRowOf(r, o)
            && Math.abs(fill(gray, r) - median) < Math.abs(fill(gray, o) - median)));
        return out;
    }

    /** Whether {@code piece} lies in the row just above or below {@code bar}, within its ends (a cell's width more at most). */
    private static boolean edgeRowOf(Rectangle piece, Rectangle bar) {
        boolean touching = piece.y + piece.height == bar.y || bar.y + bar.height == piece.y;
        return touching && piece.x >= bar.x - JOINED && piece.x + piece.width <= bar.x + bar.width + JOINED;
    }

    /** The median grey along a bar's middle row. */
    static double fill(ByteProcessor gray, Rectangle r) {
        return median(gray, r.y + r.height / 2, r.x, r.x + r.width, 0, -1);
    }

    /** Bars past {@code cut} ({@code light}: brighter); {@code opposite}: the other polarity's cut. */
    private static List<Rectangle> bars(ByteProcessor gray, Rectangle area, double cut, double opposite, boolean light,
        boolean split, List<List<int[]>> plainRuns) {
        List<Rectangle> done = new ArrayList<>();
        List<Rectangle> open = new ArrayList<>();
        for (int y = area.y; y <= area.y + area.height; y++) {
            List<int[]> runs = List.of();
            if (y < area.y + area.height && !split) {
                runs = runs(gray, y, area.x, area.x + area.width, cut, light);
                plainRuns.add(new ArrayList<>(runs));
            } else if (y < area.y + area.height) {
                runs = splitRuns(gray, y, plainRuns.get(y - area.y), cut, light);
            }
            List<Rectangle> still = new ArrayList<>();
            for (Rectangle r : open) {
                int[] match = null;
                for (int[] run : runs) {
                    if (Math.abs(run[0] - r.x) <= END_SLACK && Math.abs(run[1] - (r.x + r.width)) <= END_SLACK) {
                        match = run;
                        break;
                    }
                }
                if (match != null) {
                    runs.remove(match);
                    r.height++;
                    still.add(r);
                } else {
                    done.add(r);
                }
            }
            for (int[] run : runs) {
                still.add(new Rectangle(run[0], y, run[1] - run[0], 1));
            }
            open = still;
        }
        List<Rectangle> bars = new ArrayList<>();
        for (Rectangle r : done) {
            boolean inside = r.x > area.x && r.y > area.y && r.x + r.width < area.x + area.width
                && r.y + r.height < area.y + area.height;
            if (!inside || r.width < MIN_ASPECT * r.height || r.width > 0.9 * gray.getWidth()) {
                continue; // before the row's median below, which most runs need not cost
            }
            // Split runs were cut halfway to the bar's own grey: what lies beside it is judged at
            // that level too (a dimmer cell the bar was drawn over is not ink there).
            double level = split ? (cut + median(gray, r.y + r.height / 2, r.x, r.x + r.width, 0, -1)) / 2 : cut;
            if (clearAround(gray, r, level, light) && !framing(gray, r, level, opposite, light)) {
                bars.add(r);
            }
        }
        return bars;
    }

    /**
     * Whether {@code plain} is {@code own} with something dimmer joined at one end: the same rows,
     * one end the same, the other further by {@link #JOINED} pixels or the bar's height if less (a
     * cell it was drawn over; the ramp at a downscaled or JPEG bar's end, which the bar's own level
     * may leave out, is two pixels at most).
     */
    private static boolean withCellAtOneEnd(Rectangle plain, Rectangle own) {
        boolean start = Math.abs(plain.x - own.x) <= END_SLACK;
        boolean end = Math.abs(plain.x + plain.width - own.x - own.width) <= END_SLACK;
        return sameRows(plain, own) && (start != end) && plain.width - own.width >= Math.min(plain.height, JOINED);
    }

    /** Whether {@code a} and {@code b} are one bar: the same rows and the same ends, within {@link #END_SLACK}. */
    private static boolean sameEnds(Rectangle a, Rectangle b) {
        return sameRows(a, b) && Math.abs(a.x - b.x) <= END_SLACK
            && Math.abs(a.x + a.width - b.x - b.width) <= END_SLACK;
    }

    private static boolean sameRows(Rectangle a, Rectangle b) {
        return Math.abs(a.y - b.y) <= END_SLACK && Math.abs(a.height - b.height) <= END_SLACK;
    }

    /** The bar's median against the median of the rows two pixels above and below it. */
    private static double contrast(ByteProcessor gray, Rectangle r) {
        double around = groundAround(gray, r);
        return Double.isNaN(around) ? 0 : Math.abs(fill(gray, r) - around);
    }

    /** The median of the rows two pixels above and below {@code r}; NaN: both past the image. */
    static double groundAround(ByteProcessor gray, Rectangle r) {
        List<Integer> around = new ArrayList<>();
        for (int y : new int[] {r.y - 2, r.y + r.height + 1}) {
            for (int x = r.x; y >= 0 && y < gray.getHeight() && x < r.x + r.width; x++) {
                around.add(gray.get(x, y));
            }
        }
        around.sort(Integer::compare);
        return around.isEmpty() ? Double.NaN : around.get(around.size() / 2);
    }

    /**
     * Whether, above and below, one of the two rows next to the bar holds little ink along it: a
     * bar's long edges are sharp, while a bright cell or a thick line continues past them. One
     * row, not two: in an image scaled down, the row a bar's edge fell in is partly covered, over
     * the cut in broken pieces along the whole bar.
     */
    private static boolean clearAround(ByteProcessor gray, Rectangle r, double cut, boolean light) {
        return (clear(gray, r, r.y - 1, cut, light) || clear(gray, r, r.y - 2, cut, light))
            && (clear(gray, r, r.y + r.height, cut, light) || clear(gray, r, r.y + r.height + 1, cut, light));
    }

    /**
     * Whether {@code r} is a strip of a frame rather than a bar: on one side, its ink goes on at
     * both ends (or within twice its height of them) for {@link #FRAME_ROWS} rows, and the row
     * next to it (or the one after) holds a run of the other polarity (past {@code opposite})
     * between them. ImageJ's Scale Bar... with a background draws
     * the bar and label in a filled box; the box's margins over and under the bar are long solid
     * strips too, longer than the bar, but their ends run on down the box's sides and the bar
     * lies against them. A bar's ends stand clear, or carry ticks with the ground between them.
     */
    private static boolean framing(ByteProcessor gray, Rectangle r, double cut, double opposite, boolean light) {
        for (int step : new int[] {-1, 1}) {
            // The other polarity in the next row, or the one after (a row of the margin that a
            // cell against it left out of the strip).
            boolean sides = false;
            for (int d = 0; d < 2 && !sides; d++) {
                int next = step < 0 ? r.y - 1 - d : r.y + r.height + d;
                sides = next >= 0 && next < gray.getHeight()
                    && !runs(gray, next, r.x + 2, r.x + r.width - 2, opposite, !light).isEmpty();
            }
            // Each side may stand in from the strip's end by twice its height: a cell against the
            // box, as bright as it, runs the strip on past the side (layouts seed 14's box 4: a
            // box's top margin, 147 pixels, set as the 131-pixel bar under it).
            int inset = 2 * r.height;
            if (sides && goesOn(gray, r, step, r.x, Math.min(r.x + inset, r.x + r.width / 2), cut, light)
                && goesOn(gray, r, step, Math.max(r.x + r.width - 2 - inset, r.x + r.width / 2), r.x + r.width - 2,
                    cut, light)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, at some column from {@code x0} to {@code x1} (inclusive), two columns of ink past
     * {@code cut} go on from {@code r} for {@link #FRAME_ROWS} rows on its {@code step} side.
     */
    private static boolean goesOn(ByteProcessor gray, Rectangle r, int step, int x0, int x1, double cut, boolean light) {
        for (int x = x0; x <= x1; x++) {
            boolean on = true;
            for (int d = 1; d <= FRAME_ROWS && on; d++) {
                int y = step < 0 ? r.y - d : r.y + r.height - 1 + d;
                on = y >= 0 && y < gray.getHeight() && inkAt(gray, x, x + 2, y, cut, light);
            }
            if (on) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pixel of row {@code y} from {@code x0} to {@code x1} (exclusive) is past {@code cut}. */
    private static boolean inkAt(ByteProcessor gray, int x0, int x1, int y, double cut, boolean light) {
        for (int x = x0; x < x1; x++) {
            int v = gray.get(x, y);
            if (light ? v > cut : v < cut) {
                return true;
            }
        }
        return false;
    }

    /** Whether row {@code y} holds ink along at most half the bar (a row past the image is clear). */
    private static boolean clear(ByteProcessor gray, Rectangle r, int y, double cut, boolean light) {
        if (y < 0 || y >= gray.getHeight()) {
            return true;
        }
        int ink = 0;
        for (int x = r.x; x < r.x + r.width; x++) {
            int v = gray.get(x, y);
            ink += light ? (v > cut ? 1 : 0) : (v < cut ? 1 : 0);
        }
        return ink <= r.width / 2;
    }

    /**
     * The runs of ink {@code plain} of row {@code y} (as {start, end exclusive}, past {@code cut}),
     * each cut again halfway from {@code cut} to its own brightest (or darkest) pixel, the parts
     * at least {@link #MIN_LENGTH} long: a bar drawn over a cell is one run at {@code cut}, but the bar is brighter
     * than the cell. (Not always: a downscaled or JPEG bar's own pixels can fall under that level,
     * so this is the second look, not the first.)
     */
    private static List<int[]> splitRuns(ByteProcessor gray, int y, List<int[]> plain, double cut, boolean light) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : plain) {
            int extreme = gray.get(run[0], y);
            for (int x = run[0]; x < run[1]; x++) {
                extreme = light ? Math.max(extreme, gray.get(x, y)) : Math.min(extreme, gray.get(x, y));
            }
            out.addAll(runs(gray, y, run[0], run[1], (cut + extreme) / 2.0, light));
        }
        return out;
    }

    /** Runs past {@code cut} in row {@code y} between {@code x0} and {@code x1}, at least {@link #MIN_LENGTH} long. */
    private static List<int[]> runs(ByteProcessor gray, int y, int x0, int x1, double cut, boolean light) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int x = x0; x <= x1; x++) {
            boolean ink = x < x1 && (light ? gray.get(x, y) > cut : gray.get(x, y) < cut);
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                if (x - start >= MIN_LENGTH) {
                    out.add(new int[] {start, x});
                }
                start = -1;
            }
        }
        return out;
    }

    /** The surer of two scale bars, either of which may be null. */
    private static ScaleBar better(ScaleBar best, ScaleBar s) {
        return s != null && (best == null || s.confidence > best.confidence) ? s : best;
    }

    /** The bar with {@code found}, the label read next to it, judged; null when there is no label. */
    private ScaleBar labelled(ByteProcessor gray, Rectangle bar, Recognizer.ReadLine found) {
        return labelled(gray, gray, bar, found);
    }

    /**
     * The same for a label read in {@code text}: the image, or the image with the bar painted
     * out (a label beside it), where the label is judged and not read again without the bar's rows.
     */
    private ScaleBar labelled(ByteProcessor gray, ByteProcessor text, Rectangle bar, Recognizer.ReadLine found) {
        if (found == null || LabelSearch.partOf(bar, found.bounds)) {
            return null;
        }
        Recognizer.ReadLine line = text == gray ? search.offTheBar(gray, found, bar) : found;
        // A light face's digits can fall apart at the scene search's threshold: the line is then
        // its unit alone, with a number the label pattern made up.
        Recognizer.ReadLine best = search.withFaintGlyphs(text, line, bar);
        Object[] p = parse(best.text);
        LabelJudge.Verdict verdict = judge.of(text, best, (String) p[1], bar);
        String doubt = doubtOfNumber(best.text);
        doubt = doubt != null ? doubt : verdict.doubt;
        LabelJudge.Reread apart = doubt == null ? null : judge.readApart(text, best, bar);
        if (apart != null && doubtOfNumber(apart.reading.text) == null) {
            // A digit the reader joined to its twin (200 read 20, three glyphs shown), read with
            // the glyphs set apart and every check passed there: that reading is the label's.
            Measured m = measure(gray, bar);
            return new ScaleBar((Double) parse(apart.reading.text)[0], apart.verdict.unit,
                asTaken(apart.reading.text, apart.verdict.unit), m.length, bar, best.bounds, apart.verdict.confidence,
                ScaleBar.Source.IMAGE, null, m.doubt, m.unsure);
        }
        StrokesReading stroked = text != gray ? null : inStrokes(gray, bar, best);
        Measured m = measure(gray, bar);
        // Nor a whole number there where the line model weighs a point in the image: a faint
        // point, a third of the digits' contrast in a small white 1.5 µm at 0.75, is ground to the
        // strokes, which read a sure 15 µm (fresh fraction seed 1776's bar 23 in Liberation Sans).
        if (doubt != null && stroked != null && stroked.verdict.doubt == null && !stroked.losesPoint(text, best, bar)
            && !stroked.unsureLetterFor(best)
            && (LabelJudge.hasFraction(stroked.line.text) || !judge.pointLikely(text, best))) {
            return new ScaleBar((Double) parse(stroked.line.text)[0], stroked.verdict.unit,
                asTaken(stroked.line.text, stroked.verdict.unit), m.length, bar, stroked.line.bounds,
                stroked.verdict.confidence, ScaleBar.Source.IMAGE, null, m.doubt, m.unsure);
        }
        // A point the reader missed and the pixels show (ShownPoint), or a whole part the line
        // search left out (LabelJudge.readWithGlyphLeft): read with it, and judged doubt-free.
        LabelJudge.Reread again = doubt == null || LabelJudge.hasFraction(best.text) ? null
            : ShownPoint.of(recognizer, judge, text, best, bar);
        again = again != null || doubt == null ? again : judge.readWithGlyphLeft(text, best, bar);
        if (again != null) {
            return new ScaleBar((Double) parse(again.reading.text)[0], again.verdict.unit,
                asTaken(again.reading.text, again.verdict.unit), m.length, bar, again.reading.bounds,
                again.verdict.confidence, ScaleBar.Source.IMAGE, null, m.doubt, m.unsure);
        }
        if (doubt == null && stroked != null && stroked.verdict.doubt == null
            && !stroked.sameLength((Double) p[0], verdict.unit)) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but as %s in its strokes alone, the ground"
                + " under them taken away", best.text, stroked.line.text);
        }
        if (doubt == null && stroked != null && stroked.otherNumberAlike(best.text, verdict.unit)) {
            // Unsure in its strokes, but the same glyphs read as another number all the same: a
            // bright cell joined to half of a white 8 made it a sure 3 in the image (seed 1771's
            // bar 13 in FreeSans), and the strokes alone read 80. A reading in the strokes that
            // lost or gained a glyph says nothing of this kind: taking the ground away can do that.
            doubt = String.format(Locale.ROOT, "the label reads as %s, but as %s in its strokes alone, the ground"
                + " under them taken away (unsure there)", best.text, stroked.line.text);
        }
        if (doubt == null && stroked != null && stroked.pointShown && !LabelJudge.hasFraction(best.text)) {
            // The strokes alone can show a point the image hides: a serif 2.5 µm at 0.75 whose
            // point the threshold joined to the 2's foot, read as a sure 25 µm (fresh fraction
            // seed 1776's bar 19 in FreeSerif), shows it apart once the ground is taken away.
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its strokes alone, the ground under them"
                + " taken away, show a decimal point between its digits", best.text);
        }
        if (doubt == null && stroked != null && stroked.moreDigitsBefore(best)) {
            doubt = String.format(Locale.ROOT, "the label reads as %s, but its strokes alone, the ground under them"
                + " taken away, show more of it before its first digit (%s there)", best.text, stroked.line.text);
        }
        return new ScaleBar((Double) p[0], verdict.unit, asTaken(best.text, verdict.unit), m.length, bar, best.bounds,
            verdict.confidence, ScaleBar.Source.IMAGE, doubt, m.doubt, m.unsure);
    }

    /**
     * The label of {@code bar} read again in its strokes alone, as on clean ground
     * ({@link LabelStrokes}), and judged there as any label is (a doubt of its number counts as
     * the judge's); null where no line reaching into the label {@code read}'s box reads as a length
     * there. A digit or letter over a cell of the text's own colour (a white 4 on a bright nucleus,
     * read 9; a white 8 half over one, read 3) shows there as on clean ground: a label read with
     * a doubt is taken as read there when it has none there, and one read with none is doubted
     * when it reads as another length there.
     */
    private StrokesReading inStrokes(ByteProcessor gray, Rectangle bar, Recognizer.ReadLine read) {
        ByteProcessor strokes = LabelStrokes.of(gray, bar, LabelSearch.near(gray, bar));
        Recognizer.ReadLine found = search.clearOf(strokes, bar, new ArrayList<>());
        if (found == null || LabelSearch.partOf(bar, found.bounds) || !found.bounds.intersects(read.bounds)) {
            return null;
        }
        Recognizer.ReadLine line = search.offTheBar(strokes, found, bar);
        Recognizer.ReadLine whole = overRead(strokes, line, read);
        line = whole != null && parse(whole.text) != null ? whole : line;
        Object[] p = parse(line.text);
        if (p == null) {
            return null;
        }
        LabelJudge.Verdict verdict = judge.of(strokes, line, (String) p[1], bar);
        String doubt = doubtOfNumber(line.text);
        // A point only where ImageJ could have written one (never before a last 0).
        boolean point = !NumberOdds.withPoint(line.text).isEmpty() && LabelJudge.pointAmongDigits(strokes, line, bar);
        return new StrokesReading(line, doubt == null ? verdict
            : new LabelJudge.Verdict(verdict.unit, verdict.confidence, doubt), point);
    }

    /** {@link #overRead}: the least confidence of a glyph the image read before the strokes' first. */
    private static final double GLYPH_BEFORE = 0.5;

    /**
     * The strokes read again over the columns of the label {@code read} in the image too, where
     * the image read a glyph wholly before the first one read in the strokes; null where it did
     * not. (A unit's last letter the strokes lose changes nothing of the length.) The strokes are
     * a second look at the same label, and a line found there can start after a decimal point, or
     * inside the glyph before it: a bold serif {@code 1.5 µm} read with a doubt as {@code 15 µm}
     * in the image was set as a sure {@code 5 µm} from its strokes, found from its 5 on (fresh
     * fraction seed 1777's bar 31 in DejaVu Serif). What the image's box holds besides the label,
     * a cell beside it, the strokes have taken away, or keep where it is as bright as white text:
     * so only glyphs the image read at {@link #GLYPH_BEFORE} or more count (a bright cell before a
     * white {@code 0.02 nm} read as a {@code 6} at 0.002, fresh fraction seed 1779's bar 18 in
     * DejaVu Sans).
     */
    private Recognizer.ReadLine overRead(ByteProcessor strokes, Recognizer.ReadLine line, Recognizer.ReadLine read) {
        if (line.characters.isEmpty() || read.characters.isEmpty()) {
            return null;
        }
        Rectangle mine = line.bounds;
        Rectangle theirs = read.bounds;
        int first = line.characters.get(0).box.x;
        List<CharacterReading> before = new ArrayList<>();
        read.characters.stream().filter(c -> c.box.x + c.box.width <= first).forEach(before::add);
        if (before.isEmpty() || before.stream().anyMatch(c -> c.confidence < GLYPH_BEFORE)) {
            return null;
        }
        // A quarter of the line's height of room on either side, as a line found whole has.
        int room = (int) Math.ceil(mine.height / 4.0);
        Rectangle both = new Rectangle(Math.min(mine.x, theirs.x) - room, mine.y, 0, mine.height);
        both.width = Math.max(mine.x + mine.width, theirs.x + theirs.width) + room - both.x;
        both = both.intersection(new Rectangle(strokes.getWidth(), strokes.getHeight()));
        return both.isEmpty() ? null : recognizer.readRegions(strokes, List.of(both)).get(0);
    }

    /** The label {@code text} as taken in {@code unit}: an mm the letters showed to be nm reads nm. */
    private static String asTaken(String text, String unit) {
        return unit.equals("nm") && text.endsWith("mm") ? text.substring(0, text.length() - 2) + "nm" : text;
    }

    /** A bar's length in pixels, how unsure it is either way, and why it is not to be set (null: it is). */
    static final class Measured {
        final double length;
        final double unsure;
        final String doubt;

        Measured(double length, double unsure, String doubt) {
            this.length = length;
            this.unsure = unsure;
            this.doubt = doubt;
        }
    }

    /**
     * A bar's grey this share of its contrast past its own, away from the ground, has something
     * under it ({@link #endInACell}).
     */
    static final double UNDER_AN_END = 0.15;

    /**
     * The bar's length ({@link #lengths}) and its doubts: ends unclear, an end in a cell, or too
     * unsure for its length.
     */
    static Measured measure(ByteProcessor gray, Rectangle bar) {
        double[] lengths = lengths(gray, bar);
        String doubt = null;
        if (Math.abs(lengths[0] - lengths[1]) > END_AGREEMENT) {
            doubt = String.format(Locale.ROOT, "the bar's ends are unclear: %.1f pixels long by how much of each pixel"
                + " it covers, %.0f by its threshold", lengths[0], lengths[1]);
        }
        if (doubt == null && lengths[3] >= 0.5) {
            doubt = "a cell lies under an end of the bar and runs on past it in the bar's grey: where the bar ends is"
                + " not known";
        }
        doubt = doubt != null ? doubt : doubtOfLength(lengths[0], lengths[2], ScaleBar.Source.IMAGE);
        return new Measured(lengths[0], lengths[2], doubt);
    }

    /**
     * Why a bar measured only to {@code unsure} pixels either way, on top of the error of drawing
     * it to whole pixels, is not to be set; null when it is. Ends that differ (a cell against one)
     * are a doubt when they cost the pixel size its {@link #PRECISION}; a clean bar is set down to
     * {@link #LOOSEST}, its precision reported.
     */
    static String doubtOfLength(double length, double unsure, ScaleBar.Source source) {
        double precision = ScaleBar.precision(length, unsure, source);
        if (unsure >= UNSURE_ENDS && precision > PRECISION) {
            return String.format(Locale.ROOT, "the bar is %.1f +-%.1f pixels long (the ground changes past its ends:"
                + " a cell against one?); with drawing to whole pixels, it gives the pixel size only to +-%.1f%%", length,
                unsure, 100 * precision);
        }
        return precision <= LOOSEST ? null : String.format(Locale.ROOT, "the bar is %.1f pixels long; drawn to whole"
            + " pixels, it gives the pixel size only to +-%.1f%%", length, 100 * precision);
    }

    /**
     * The bar's length to a fraction of a pixel, its length by threshold, how unsure the first
     * is, in pixels, and whether an end lies in a cell ({@link #endInACell}, 1 or 0): medians
     * over the bar's inner rows (a downscaled bar's first and last rows are partly covered, and
     * shorter).
     *
     * <p>Along a row, each end is the steepest step from the bar's grey near the rectangle's end,
     * and the ground at that end is the pixel two past the step (a downscaled or JPEG end is
     * spread over two pixels). Each pixel then covers (value - ground) / (bar - ground) of bar,
     * clipped to [0, 1]; their sum is the length, and the pixels covered at least half the
     * length by threshold. The ground is taken at each end, just past it: a cell against an end
     * (fresh seeds 1085 and 1087's bar 8, a bright cell behind the end of a white bar) is the
     * ground there, not the ground a few pixels on or at the other end, which would count the
     * cell's edge as bar. That ground is only known past the end, so a ground that still changes
     * there (a cell's edge) makes the end unsure by that change, over the bar's contrast.
     */
    static double[] lengths(ByteProcessor gray, Rectangle bar) {
        int y0 = bar.height > 2 ? bar.y + 1 : bar.y;
        int y1 = bar.height > 2 ? bar.y + bar.height - 1 : bar.y + bar.height;
        List<Double> lengths = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        List<Double> unsure = new ArrayList<>();
        List<Double> beneath = new ArrayList<>();
        for (int y = y0; y < y1; y++) {
            double fill = median(gray, y, bar.x + 2, bar.x + bar.width - 2, 0, -1);
            double far = median(gray, y, bar.x - 6, bar.x - 3, bar.x + bar.width + 2, bar.x + bar.width + 5);
            if (Math.abs(fill - far) < 1) {
                continue;
            }
            int reach = Math.max(2, bar.width / 3);
            int left = step(gray, y, bar.x, -1, reach, fill, far); // the bar's side of each end's step
            int right = step(gray, y, bar.x + bar.width - 1, 1, reach, fill, far);
            double before = value(gray, left - 2, y);
            double after = value(gray, right + 2, y);
            // The bar's own grey near each end: a thin bar scaled down covers its rows only in
            // part, so its grey mixes with what lies under it, and a cell under its middle is not
            // under its ends (seed 969's bar 21 lost a pixel to its middle's grey).
            double fillBefore = median(gray, y, left + 1, left + 5, 0, -1);
            double fillAfter = median(gray, y, right - 4, right, 0, -1);
            if (Math.abs(fillBefore - before) < 1 || Math.abs(fillAfter - after) < 1) {
                continue;
            }
            double[] ends = {coverage(value(gray, left - 1, y), before, fillBefore),
                coverage(value(gray, left, y), before, fillBefore), coverage(value(gray, right, y), after, fillAfter),
                coverage(value(gray, right + 1, y), after, fillAfter)};
            double sum = right - left - 1;
            for (double covered : ends) {
                sum += covered;
            }
            // By threshold, every pixel: a gap or a dimmer part along the bar is not bar.
            int count = 0;
            for (int x = left - 1; x <= right + 1; x++) {
                boolean first = x < bar.x + bar.width / 2;
                count += coverage(value(gray, x, y), first ? before : after, first ? fillBefore : fillAfter) >= 0.5 ? 1 : 0;
            }
            lengths.add(sum);
            counts.add((double) count);
            // The ground's change per pixel past each end, over two pixels (one pixel's noise is not a slope).
            unsure.add(Math.abs(before - value(gray, left - 4, y)) / 2 / Math.abs(fillBefore - before)
                + Math.abs(after - value(gray, right + 4, y)) / 2 / Math.abs(fillAfter - after));
            beneath.add(endInACell(gray, bar, y, left, 1, reach, fill, far)
                || endInACell(gray, bar, y, right, -1, reach, fill, far) ? 1.0 : 0.0);
        }
        if (lengths.isEmpty()) {
            return new double[] {bar.width, bar.width, 0, 0};
        }
        return new double[] {median(lengths), median(counts), median(unsure), median(beneath)};
    }

    /**
     * Whether row {@code y}'s end at {@code end} (the bar's last pixel there; {@code in}: 1 into the
     * bar from its left end, -1 from its right) lies past a cell under the bar. A bar covers a
     * row's pixels in part where it was drawn thin and scaled down, and what lies under it shows
     * through: a dark cell under a black bar's end makes the bar darker there than its grey
     * elsewhere (three pixels running {@link #UNDER_AN_END} of its contrast past it), and where the
     * cell runs on past the bar's end with the bar's own grey, that edge passes for the bar's end
     * (fresh seed 1770's bar 18: a 2-pixel bar at 0.75, 53.5 pixels measured for 47). So the end is
     * in a cell where such a run starts two pixels or more inside it and most pixels between them
     * are bar-like in the rows just above and below the bar too: a cell's, not the bar's. A cell
     * under the bar reaching to its end leaves a step there (fresh seed 1773's bar 19, measured
     * right), and a cell under the bar's middle has clean ground above and below the bar's end.
     */
    private static boolean endInACell(ByteProcessor gray, Rectangle bar, int y, int end, int in, int reach,
        double fill, double far) {
        int run = -1;
        for (int k = 1; k + 2 <= reach && run < 0; k++) {
            boolean past = true;
            for (int j = 0; j < 3; j++) {
                past &= towardsBar(value(gray, end + in * (k + j), y), fill, far) >= 1 + UNDER_AN_END;
            }
            run = past ? k : -1;
        }
        if (run < 3 || bar.y < 1 || bar.y + bar.height >= gray.getHeight()) {
            return false;
        }
        int cellLike = 0;
        for (int k = 1; k < run; k++) {
            int x = end + in * k;
            cellLike += towardsBar(value(gray, x, bar.y - 1), fill, far) >= 0.5
                && towardsBar(value(gray, x, bar.y + bar.height), fill, far) >= 0.5 ? 1 : 0;
        }
        return 2 * cellLike > run - 1;
    }

    /** Grey {@code v} on the scale from the ground {@code far} (0) to the bar's {@code fill} (1), and past it. */
    private static double towardsBar(double v, double fill, double far) {
        return (v - far) / (fill - far);
    }

    /**
     * The pixel on the bar's side of its end's step, going {@code out} (-1: left, 1: right) from
     * {@code reach} pixels inside {@code end} (the rectangle's) to two past it: the first of three
     * pixels running whose grey leaves the bar's {@code fill} towards the {@code far} ground by a
     * quarter of their difference, or the pixel before it or the one before that, whichever steps
     * out most steeply (an end spread over two pixels). Three: on a faint bar the noise takes
     * single pixels of the bar that far (a black bar on a dark frame, fresh micrograph 24810: 54
     * pixels by threshold of 201). From inside: a cell of nearly the bar's grey
     * against an end can take the rectangle to the cell's far edge (seed 645's bar 22, 64 pixels
     * for 50), whose step can be the steeper. Towards the ground: a thin bar scaled down is
     * lighter where a light cell lies under it (fresh seed 1093's bar 14), and that is still bar.
     */
    private static int step(ByteProcessor gray, int y, int end, int out, int reach, double fill, double far) {
        int sign = fill > far ? 1 : -1;
        int leaves = end + 2 * out;
        for (int x = end - out * reach; x != end + 2 * out; x += out) {
            if (outOfBar(gray, x, y, fill, far) && outOfBar(gray, x + out, y, fill, far)
                && outOfBar(gray, x + 2 * out, y, fill, far)) {
                leaves = x;
                break;
            }
        }
        int at = leaves;
        double steepest = Double.NEGATIVE_INFINITY;
        for (int x = leaves - 2 * out; x != leaves + out; x += out) {
            double fall = sign * (value(gray, x, y) - value(gray, x + out, y));
            if (fall > steepest) {
                steepest = fall;
                at = x;
            }
        }
        return at;
    }

    /**
     * Whether the grey at (x, y) leaves the bar's {@code fill} towards the {@code far} ground by
     * {@link #OUT_OF_BAR} of the way.
     */
    private static boolean outOfBar(ByteProcessor gray, int x, int y, double fill, double far) {
        return (fill > far ? 1 : -1) * (fill - value(gray, x, y)) > OUT_OF_BAR * Math.abs(fill - far);
    }

    /** The grey at (x, y), the nearest pixel's past the image's edge. */
    private static double value(ByteProcessor gray, int x, int y) {
        return gray.get(Math.max(0, Math.min(gray.getWidth() - 1, x)), y);
    }

    /** How much of a pixel of grey {@code v} the bar covers; a fraction: JPEG's ringing past an end is not negative bar. */
    private static double coverage(double v, double ground, double fill) {
        return Math.max(0, Math.min(1, (v - ground) / (fill - ground)));
    }

    private static double median(List<Double> values) {
        values.sort(Double::compare);
        return values.get(values.size() / 2);
    }

    /** Median of a row's pixels over [a0, a1) and [b0, b1), clipped to the image. */
    private static double median(ByteProcessor gray, int y, int a0, int a1, int b0, int b1) {
        List<Integer> v = new ArrayList<>();
        for (int[] span : new int[][] {{a0, a1}, {b0, b1}}) {
            for (int x = Math.max(0, span[0]); x < Math.min(gray.getWidth(), span[1]); x++) {
                v.add(gray.get(x, y));
            }
        }
        if (v.isEmpty()) {
            return 0;
        }
        v.sort(Integer::compare);
        return v.get(v.size() / 2);
    }
}
