package io.github.fijiocr.recognize.line;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.SceneReader;
import io.github.fijiocr.recognize.ctc.BeamDecoder;
import io.github.fijiocr.recognize.ctc.Decoded;
import io.github.fijiocr.recognize.ctc.Lattice;
import io.github.fijiocr.recognize.ctc.Lexicon;
import io.github.fijiocr.recognize.ctc.LexiconDecoder;
import io.github.fijiocr.recognize.ctc.PatternDecoder;
import io.github.fijiocr.recognize.ctc.Span;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads located lines whole with a line (CTC) model: no cutting into characters. Each line's
 * region, with a margin, becomes a {@link LineImage}; lines of similar width are batched; each
 * lattice is decoded by beam search, or, with a pattern, as the most probable text the pattern
 * accepts. A character's box comes from the columns its alignment spans.
 */
public final class LineRecognizer implements Recognizer {
    /** Lines per network call; they are sorted by width first, so a batch pads little. */
    static final int BATCH = 64;
    /**
     * Input columns per network call, all lines together: a batch of 64 lines 1,024 pixels wide
     * holds about 270 MB of activations, and wider lines go in fewer at a time to stay under that.
     */
    static final int BATCH_COLUMNS = BATCH * 1024;
    /** Margins around a line's ink, in line heights: the model learned lines with about this much. */
    static final double MARGIN_Y = 0.25;
    static final double MARGIN_X = 0.5;
    /** Tilts under this many degrees are read as they are; steeper lines are turned level first. */
    static final double MIN_ANGLE = 1.5;
    /**
     * A reading with two characters (or all, when it has fewer) less sure than this gets a second
     * look: the line read again {@link #SQUEEZE}d and again in the other polarity, the surest of the
     * readings kept ({@link SceneReader#textScore}). The network sees about one character of a
     * 32-pixel line at each column; glyphs much wider than they are high (a display photo
     * stretched to fit, an extended face) fall outside what it learned and read unsurely all along
     * the line, where one doubtful letter (O or 0) is no sign of that and costs no second reading.
     * The polarity comes from the crop's border, which a tight word crop can share with its letters
     * or with a dark edge of the sign. The rule and both constants were chosen on rendered lines
     * only, stretched 0.5 to 2.5 times and not at all (BENCHMARKS.md, "A second look at unsure
     * lines"); the polarity was added to it unchanged.
     */
    static final double SURE = 0.8;
    static final double SQUEEZE = 0.6;
    /** A space after a digit's colon before a digit, or after a digit before a colon and a digit ({@link #clockColonsJoined}). */
    private static final java.util.regex.Pattern CLOCK_SPACE =
        java.util.regex.Pattern.compile("(?<=\\d:) (?=\\d)|(?<=\\d) (?=:\\d)");

    private final Predictor predictor;
    private final List<String> alphabet;
    private final String allowed;
    private final double threshold;
    private final BeamDecoder beam;
    /** Null without a lexicon; with one, what reads a line when there is no pattern. */
    private final LexiconDecoder words;
    private final Lexicon lexicon;
    private final double prior;
    private final PatternDecoder pattern;
    /** Whether a space may be read (the alphabet has one and {@code allowed} does not exclude it). */
    private final boolean allowsSpace;
    private final String patternText;
    /** Whether unsure readings get a second, squeezed look (not for the scene search's many candidates). */
    private final boolean secondLook;

    /** {@code allowed}: characters that may be read (null: all); {@code pattern}: regex or preset (null: none). */
    public LineRecognizer(Predictor predictor, String allowed, double threshold, String pattern) {
        this(predictor, allowed, threshold, pattern, null);
    }

    /** As above, each word of a reading weighed against {@code lexicon} (null: none) when there is no pattern. */
    public LineRecognizer(Predictor predictor, String allowed, double threshold, String pattern, Lexicon lexicon) {
        this(predictor, allowed, threshold, pattern, lexicon, LexiconDecoder.DEFAULT_PRIOR, true);
    }

    private LineRecognizer(Predictor predictor, String allowed, double threshold, String pattern, Lexicon lexicon,
        double prior, boolean secondLook) {
        if (!predictor.model().isLine()) {
            throw new IllegalArgumentException("not a line model");
        }
        this.predictor = predictor;
        this.alphabet = predictor.alphabet();
        this.allowed = allowed;
        this.threshold = threshold;
        this.beam = new BeamDecoder(alphabet, BeamDecoder.DEFAULT_WIDTH, allowed);
        this.lexicon = lexicon;
        this.words = lexicon == null ? null
            : new LexiconDecoder(beam, lexicon, prior, alphabet, allowed);
        this.prior = prior;
        this.allowsSpace = alphabet.contains(" ") && (allowed == null || allowed.isEmpty() || allowed.contains(" "));
        this.pattern = pattern == null || pattern.isEmpty() ? null
            : new PatternDecoder(pattern, alphabet, allowed, threshold);
        this.patternText = pattern;
        this.secondLook = secondLook;
    }

    /** The same reader over a predictor of its own, for another worker thread (a predictor serves one thread). */
    public LineRecognizer forAnotherThread() {
        return new LineRecognizer(predictor.model().predictor(allowed), allowed, threshold, patternText, lexicon,
            prior, secondLook);
    }

    /** The pattern every line must match (null: none). */
    public String pattern() {
        return patternText;
    }

    /** The characters it may read (null or empty: all the model reads). */
    public String allowed() {
        return allowed;
    }

    /** Characters (or, with a pattern, lines) under this probability are rejected. */
    public double threshold() {
        return threshold;
    }

    /**
     * Whether spaces may be added to this reader's lines where the characters stand apart
     * ({@code recognize.WordSpaces}): a space may be read, and no pattern decides the line's text
     * as a whole.
     */
    public boolean addsWordSpaces() {
        return allowsSpace && pattern == null;
    }

    /** A reader of the same model and allowed characters, with its own pattern (null: none) and threshold. */
    public LineRecognizer with(String pattern, double threshold) {
        return new LineRecognizer(predictor, allowed, threshold, pattern, lexicon, prior, secondLook);
    }

    /** The same reader with another lexicon (null: none) and prior ({@link LexiconDecoder}). */
    public LineRecognizer withLexicon(Lexicon lexicon, double prior) {
        return new LineRecognizer(predictor, allowed, threshold, patternText, lexicon, prior, secondLook);
    }

    /**
     * The same reader without the second look at unsure lines: the scene search reads hundreds of
     * candidates, most of them not text and so unsure, and must stay under a second.
     */
    public LineRecognizer firstLookOnly() {
        return new LineRecognizer(predictor, allowed, threshold, patternText, lexicon, prior, false);
    }

    /**
     * How well a crop reads as each of {@code texts}: the text's probability under the crop's
     * lattice (all alignments), as a per-character geometric mean ({@link Decoded#score}); 0 for a
     * text with a character outside the alphabet. Comparing a reading with an alternative goes here.
     */
    public double[] scores(ByteProcessor crop, List<String> texts) {
        LineImage image = LineImage.of(crop);
        Lattice lattice = new Lattice(logProbs(List.of(image))[0], alphabet.size(), alphabet);
        double[] out = new double[texts.size()];
        for (int i = 0; i < out.length; i++) {
            int[] symbols = texts.get(i).codePoints().mapToObj(Character::toString).mapToInt(alphabet::indexOf)
                .toArray();
            boolean known = java.util.Arrays.stream(symbols).allMatch(k -> k >= 0);
            out[i] = known ? Math.exp(io.github.fijiocr.recognize.ctc.CtcForward.logProb(lattice, symbols)
                / Math.max(1, symbols.length)) : 0;
        }
        return out;
    }

    @Override
    public List<ReadLine> read(ByteProcessor gray, List<TextLine> lines) {
        List<Rectangle> regions = new ArrayList<>();
        List<ByteProcessor> crops = new ArrayList<>();
        List<double[]> gaps = new ArrayList<>();
        Rectangle all = new Rectangle(gray.getWidth(), gray.getHeight());
        for (TextLine line : lines) {
            int height = textHeight(line);
            Rectangle region = withMargin(line.bounds(), height, all);
            boolean level = Math.abs(line.angle()) < MIN_ANGLE;
            if (level) {
                region = apart(region, line.bounds(), lines);
                crops.add(crop(gray, region));
            } else {
                crops.add(levelled(crop(gray, region), line.angle(), height));
            }
            gaps.add(wordGaps(line, region, level ? 0 : line.angle()));
            regions.add(region);
        }
        return readCrops(crops, regions, gaps);
    }

    /** The median height of the line's glyphs: a tilted line's box is taller than its text. */
    static int textHeight(TextLine line) {
        int[] h = line.glyphs().stream().filter(g -> !g.mark()).mapToInt(g -> g.ink().height).sorted().toArray();
        return h.length == 0 ? line.bounds().height : h[h.length / 2];
    }

    /**
     * A tilted line's crop turned level (the locator measured the tilt) and cut to a band of the
     * text's height with its margins around the middle, where the line now runs.
     */
    static ByteProcessor levelled(ByteProcessor crop, double angle, int textHeight) {
        int[] hist = crop.getHistogram();
        int ground = median(hist, crop.getWidth() * crop.getHeight());
        crop.setInterpolationMethod(ByteProcessor.BILINEAR);
        crop.setBackgroundValue(ground);
        crop.rotate(-angle);
        int band = Math.min(crop.getHeight(), (int) Math.ceil(textHeight * (1 + 2 * MARGIN_Y)));
        crop.setRoi(0, (crop.getHeight() - band) / 2, crop.getWidth(), band);
        return (ByteProcessor) crop.crop();
    }

    private static int median(int[] hist, int n) {
        int seen = 0;
        for (int v = 0; v < hist.length; v++) {
            seen += hist[v];
            if (2 * seen >= n) {
                return v;
            }
        }
        return hist.length - 1;
    }

    private static ByteProcessor crop(ByteProcessor gray, Rectangle region) {
        gray.setRoi(region);
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        return crop;
    }

    /**
     * A line's region kept off the ink of the lines above and below it: a margin that takes in
     * the neighbour's ascenders or dots would show the network a piece of another line.
     */
    static Rectangle apart(Rectangle region, Rectangle ink, List<TextLine> lines) {
        int top = region.y;
        int bottom = region.y + region.height;
        for (TextLine other : lines) {
            Rectangle o = other.bounds();
            if (o.equals(ink) || !o.intersects(region)) {
                continue;
            }
            if (o.y >= ink.y + ink.height) {
                bottom = Math.min(bottom, Math.max(ink.y + ink.height, o.y));
            } else if (o.y + o.height <= ink.y) {
                top = Math.max(top, Math.min(ink.y, o.y + o.height));
            }
        }
        return new Rectangle(region.x, top, region.width, bottom - top);
    }

    /** Each region of {@code gray} read as one line of text. */
    public List<ReadLine> readRegions(ByteProcessor gray, List<Rectangle> regions) {
        List<ByteProcessor> crops = new ArrayList<>();
        for (Rectangle r : regions) {
            crops.add(crop(gray, r));
        }
        List<double[]> noGaps = new ArrayList<>();
        regions.forEach(r -> noGaps.add(new double[0]));
        return readCrops(crops, regions, noGaps);
    }

    /**
     * Where the locator saw word gaps (wider than {@code word_gap} line heights, the character
     * path's rule), as x in the crop of {@code region}: midway between the words, measured along
     * the line, which {@link #levelled} turns by {@code angle} degrees about the crop's centre.
     */
    static double[] wordGaps(TextLine line, Rectangle region, double angle) {
        List<Glyph> glyphs = line.glyphs();
        double cos = Math.cos(Math.toRadians(angle));
        double sin = Math.sin(Math.toRadians(angle));
        double cx = region.x + region.width / 2.0;
        double cy = region.y + region.height / 2.0;
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            if (glyphs.get(i).wordStart()) {
                Rectangle a = glyphs.get(i - 1).ink();
                Rectangle b = glyphs.get(i).ink();
                double x = (a.x + a.width + b.x) / 2.0;
                double y = (a.getCenterY() + b.getCenterY()) / 2;
                gaps.add(region.width / 2.0 + (x - cx) * cos + (y - cy) * sin);
            }
        }
        return gaps.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Each crop read as one line; {@code regions} say where in the image each came from. */
    private List<ReadLine> readCrops(List<ByteProcessor> crops, List<Rectangle> regions, List<double[]> gaps) {
        return readCrops(crops, regions, gaps, pattern);
    }

    private List<ReadLine> readCrops(List<ByteProcessor> crops, List<Rectangle> regions, List<double[]> gaps,
        PatternDecoder decoder) {
        List<LineImage> images = new ArrayList<>();
        for (ByteProcessor crop : crops) {
            images.add(LineImage.of(crop));
        }
        float[][][] logProbs = logProbs(images);
        List<ReadLine> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            out.add(decode(logProbs[i], images.get(i), regions.get(i), gaps.get(i), decoder));
        }
        if (secondLook && decoder == null) {
            lookAgain(images, regions, gaps, out);
        }
        return out;
    }

    /**
     * Unsure readings ({@link #SURE}) read again squeezed and flipped, the surest kept. Only without
     * a pattern: a pattern's reading is judged as a whole, and the calibration readers that use
     * one have their own checks.
     */
    private void lookAgain(List<LineImage> images, List<Rectangle> regions, List<double[]> gaps,
        List<ReadLine> out) {
        List<Integer> unsure = new ArrayList<>();
        List<LineImage> again = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            List<CharacterReading> read = out.get(i).characters;
            if (read.stream().filter(c -> c.confidence < SURE).count() >= Math.min(2, read.size())) {
                unsure.add(i);
                again.add(images.get(i).squeezed(SQUEEZE));
                again.add(images.get(i).flipped());
            }
        }
        if (unsure.isEmpty()) {
            return;
        }
        float[][][] logProbs = logProbs(again);
        for (int k = 0; k < again.size(); k++) {
            int i = unsure.get(k / 2);
            ReadLine other = decode(logProbs[k], again.get(k), regions.get(i), gaps.get(i), null);
            if (SceneReader.textScore(other.characters) > SceneReader.textScore(out.get(i).characters)) {
                out.set(i, other);
            }
        }
    }

    /**
     * Whole images (crops already cut around one line each) read as one line each, with
     * {@code pattern} (a regular expression or preset) instead of this reader's own; null: this
     * reader's. Boxes are in each crop's coordinates. Reading a stack's timestamp region on every
     * slice, and re-reading one slice under what its neighbours predict, go through here.
     */
    public List<ReadLine> readCrops(List<ByteProcessor> crops, String pattern) {
        PatternDecoder decoder = pattern == null ? this.pattern
            : new PatternDecoder(pattern, alphabet, allowed, threshold);
        List<Rectangle> regions = new ArrayList<>();
        List<double[]> noGaps = new ArrayList<>();
        for (ByteProcessor c : crops) {
            regions.add(new Rectangle(c.getWidth(), c.getHeight()));
            noGaps.add(new double[0]);
        }
        return readCrops(crops, regions, noGaps, decoder);
    }

    /**
     * A line's ink box grown by margins in proportion to its text's height {@code h}; a margin that
     * reaches the border takes all up to it.
     */
    static Rectangle withMargin(Rectangle ink, int h, Rectangle within) {
        int my = (int) Math.ceil(MARGIN_Y * h);
        int mx = (int) Math.ceil(MARGIN_X * h);
        int x0 = ink.x - mx;
        int x1 = ink.x + ink.width + mx;
        // Glyphs cut by the border are left out of a located line; the line still reaches it.
        if (x0 - h <= within.x) {
            x0 = within.x;
        }
        if (x1 + h >= within.x + within.width) {
            x1 = within.x + within.width;
        }
        Rectangle r = new Rectangle(x0, ink.y - my, x1 - x0, ink.height + 2 * my);
        return r.intersection(within);
    }

    private float[][][] logProbs(List<LineImage> images) {
        Integer[] order = new Integer[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> images.get(i).width));
        float[][][] out = new float[images.size()][][];
        for (int from = 0, to; from < order.length; from = to) {
            to = from + 1;
            while (to < order.length && to - from < BATCH
                && (long) (to - from + 1) * images.get(order[to]).width <= BATCH_COLUMNS) {
                to++;
            }
            int width = images.get(order[to - 1]).width;
            List<float[]> rows = new ArrayList<>();
            int[] columns = new int[to - from];
            for (int k = from; k < to; k++) {
                LineImage image = images.get(order[k]);
                rows.add(image.padded(width));
                columns[k - from] = image.width / LineArchitectures.COLUMN_WIDTH;
            }
            float[][][] part = predictor.lineLogProbs(rows, width, columns);
            for (int k = from; k < to; k++) {
                out[order[k]] = part[k - from];
            }
        }
        return out;
    }

    private ReadLine decode(float[][] logProbs, LineImage image, Rectangle region, double[] gaps,
        PatternDecoder pattern) {
        Lattice lattice = new Lattice(logProbs, alphabet.size(), alphabet);
        Decoded decoded = pattern != null ? pattern.decode(lattice)
            : words != null ? words.decode(lattice) : beam.decode(lattice);
        // A pattern decides its own spaces; otherwise a word gap the locator measured is a space.
        boolean spaceAllowed = allowsSpace && pattern == null;
        if (decoded.text == null) {
            // Nothing the pattern accepts: one rejected mark for the line, its whole region.
            CharacterReading none = new CharacterReading("?", 0, "", 0, region, Double.POSITIVE_INFINITY);
            return new ReadLine(CharacterReading.REJECTED, List.of(none), region);
        }
        // A pattern accepts or rejects the line as a whole; otherwise each character stands alone.
        double charThreshold = pattern == null ? threshold : decoded.rejected ? Double.POSITIVE_INFINITY : 0;
        StringBuilder text = new StringBuilder();
        List<CharacterReading> characters = new ArrayList<>();
        List<Span> spans = decoded.characters;
        double[] edges = edges(spans);
        int gap = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.character.equals(" ")) {
                text.append(' ');
                continue;
            }
            double centre = (edges[i] + edges[i + 1]) / 2 * LineArchitectures.COLUMN_WIDTH / image.scale;
            boolean crossed = false;
            while (gap < gaps.length && gaps[gap] < centre) {
                crossed = true;
                gap++;
            }
            if (crossed && spaceAllowed && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            CharacterReading r = reading(span, edges[i], edges[i + 1], lattice, image, region, charThreshold);
            text.append(r.text());
            characters.add(r);
        }
        String read = text.toString().trim();
        return new ReadLine(pattern == null ? clockColonsJoined(read) : read, characters, region);
    }

    /**
     * {@code text} without a space between a colon and the digits either side of it: a clock's
     * colon stands with its digits, while a monospaced face sets it in a whole cell, and the
     * reader takes the room for a word space ({@code 02: 00:19}, {@code 07 :42}). A colon with a
     * space on both sides ({@code 1 : 2}) or after a word ({@code Time: 12:30}) keeps it.
     */
    public static String clockColonsJoined(String text) {
        return text.indexOf(':') < 0 ? text : CLOCK_SPACE.matcher(text).replaceAll("");
    }

    /**
     * Where each character's box starts and ends, in columns. CTC marks a character in one or two
     * columns, narrower than its glyph: a box reaches halfway to its neighbours' marks, and the
     * first and last half a character's pitch beyond their own.
     */
    static double[] edges(List<Span> spans) {
        int n = spans.size();
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) {
            centre[i] = (spans.get(i).firstColumn + spans.get(i).lastColumn + 1) / 2.0;
        }
        double pitch = n > 1 ? (centre[n - 1] - centre[0]) / (n - 1) : 2;
        double[] edges = new double[n + 1];
        for (int i = 1; i < n; i++) {
            edges[i] = (centre[i - 1] + centre[i]) / 2;
        }
        if (n > 0) {
            edges[0] = Math.max(0, centre[0] - pitch / 2);
            edges[n] = centre[n - 1] + pitch / 2;
        }
        return edges;
    }

    /** The span's character, the runner-up at its most confident column, and its box in the image. */
    private CharacterReading reading(Span span, double from, double to, Lattice lattice, LineImage image,
        Rectangle region, double thr) {
        int symbol = alphabet.indexOf(span.character);
        int peak = span.firstColumn;
        for (int t = span.firstColumn; t <= span.lastColumn; t++) {
            if (lattice.logProb(t, symbol) > lattice.logProb(peak, symbol)) {
                peak = t;
            }
        }
        int second = -1;
        for (int s = 0; s < alphabet.size(); s++) {
            if (s != symbol && (second < 0 || lattice.logProb(peak, s) > lattice.logProb(peak, second))) {
                second = s;
            }
        }
        double x0 = from * LineArchitectures.COLUMN_WIDTH / image.scale;
        double x1 = to * LineArchitectures.COLUMN_WIDTH / image.scale;
        Rectangle box = new Rectangle(region.x + (int) Math.floor(x0), region.y,
            Math.max(1, (int) Math.ceil(x1 - x0)), region.height);
        // The ink within those columns, so that a box (and a word's, their union) fits the glyph
        // and not the margins the line was read with; the columns alone where they hold no ink.
        int[] ink = image.inkBox(from * LineArchitectures.COLUMN_WIDTH, to * LineArchitectures.COLUMN_WIDTH);
        if (ink != null) {
            Rectangle fit = new Rectangle(region.x + ink[0], region.y + ink[1], ink[2], ink[3]).intersection(box);
            box = fit.isEmpty() ? box : fit;
        }
        return new CharacterReading(span.character, span.confidence, second < 0 ? "" : alphabet.get(second),
            second < 0 ? 0 : Math.exp(lattice.logProb(peak, second)), box.intersection(region), thr);
    }
}
