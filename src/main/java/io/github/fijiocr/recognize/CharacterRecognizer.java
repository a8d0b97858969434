package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.preprocess.Preprocessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads located lines by their characters: every glyph's cell classified in one batch, then
 * words assembled. Each cell is cleaned first: pixels that are not the glyph's own ink (specks,
 * glare, a touching neighbour) take the ground's grey. Punctuation-sized glyphs are read only as
 * punctuation, and dropped when no punctuation may be read (a decimal point on a display read
 * with digits only).
 */
public final class CharacterRecognizer implements Recognizer {
    private final Predictor predictor;
    private final TextAssembler assembler;
    private final double threshold;
    private final PatternReader pattern;
    /** The punctuation classes that may be read; empty when none. */
    private final String marks;

    public CharacterRecognizer(Predictor predictor, double threshold) {
        this(predictor, threshold, null);
    }

    /** {@code pattern}: a regular expression or preset each line must match (null or empty: none). */
    public CharacterRecognizer(Predictor predictor, double threshold, String pattern) {
        this.predictor = predictor;
        this.threshold = threshold;
        this.pattern = pattern == null || pattern.isEmpty() ? null : new PatternReader(pattern, predictor.alphabet());
        this.assembler = new TextAssembler(predictor.alphabet(), threshold);
        StringBuilder m = new StringBuilder();
        for (String label : predictor.alphabet()) {
            if (label.codePoints().noneMatch(Character::isLetterOrDigit) && predictor.allows(label)) {
                m.append(label);
            }
        }
        this.marks = m.toString();
    }

    @Override
    public List<ReadLine> read(ByteProcessor gray, List<TextLine> located) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : located) {
            List<Glyph> kept = new ArrayList<>(line.glyphs());
            kept.removeIf(g -> g.mark() && marks.isEmpty());
            lines.add(kept.isEmpty() ? null : new TextLine(kept, line.lightText(), line.angle()));
        }
        Preprocessor pre = predictor.model().preprocessor();
        List<float[]> inputs = new ArrayList<>();
        List<Boolean> isMark = new ArrayList<>();
        for (TextLine line : lines) {
            for (Glyph g : line == null ? List.<Glyph>of() : line.glyphs()) {
                ByteProcessor cell = cleanCell(gray, g);
                inputs.add(pre.cell(cell, new Rectangle(cell.getWidth(), cell.getHeight()), line.lightText()));
                isMark.add(g.mark());
            }
        }
        float[][] probs = predictor.probabilities(inputs);
        for (int i = 0; i < probs.length; i++) {
            if (isMark.get(i)) {
                Predictor.restrict(new float[][] {probs[i]}, predictor.alphabet(), marks);
            }
        }
        List<ReadLine> out = new ArrayList<>();
        int offset = 0;
        for (TextLine line : lines) {
            if (line == null) {
                out.add(null);
                continue;
            }
            int n = line.glyphs().size();
            float[][] lineProbs = Arrays.copyOfRange(probs, offset, offset + n);
            offset += n;
            if (pattern != null) {
                out.add(matching(line, lineProbs));
                continue;
            }
            List<CharacterReading> readings = assembler.readings(line, lineProbs);
            out.add(new ReadLine(assembler.text(line, readings), readings, line.bounds()));
        }
        return out;
    }

    /**
     * The line as the most probable text the pattern accepts. The line is accepted or rejected as
     * a whole, by the geometric mean of its characters' probabilities: a rejected line reads "?"
     * for every glyph, an accepted one has no "?" (it would break the pattern it matched).
     */
    private ReadLine matching(TextLine line, float[][] probs) {
        List<Glyph> glyphs = line.glyphs();
        boolean[] wordStart = new boolean[glyphs.size()];
        for (int i = 0; i < wordStart.length; i++) {
            wordStart[i] = glyphs.get(i).wordStart();
        }
        PatternReader.Choice choice = pattern.read(probs, wordStart);
        boolean accepted = choice != null && choice.score >= threshold;
        List<CharacterReading> readings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            float[] p = probs[i];
            CharacterReading best = Readings.reading(p, predictor.alphabet(), glyphs.get(i).ink(), 0);
            int c = choice == null ? predictor.alphabet().indexOf(best.label) : choice.classes[i];
            CharacterReading r = new CharacterReading(predictor.alphabet().get(c), p[c],
                best.label.equals(predictor.alphabet().get(c)) ? best.secondLabel : best.label,
                best.label.equals(predictor.alphabet().get(c)) ? best.secondConfidence : best.confidence,
                glyphs.get(i).ink(), accepted ? 0 : Double.POSITIVE_INFINITY);
            if (choice != null && choice.spaceBefore[i]) {
                text.append(' ');
            }
            text.append(r.text());
            readings.add(r);
        }
        return new ReadLine(text.toString(), readings, line.bounds());
    }

    /** The glyph's cell with every pixel that is not its own ink set to the ground's median grey. */
    static ByteProcessor cleanCell(ByteProcessor gray, Glyph g) {
        Rectangle cell = g.cell();
        gray.setRoi(cell);
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        int w = crop.getWidth();
        int h = crop.getHeight();
        byte[] px = (byte[]) crop.getPixels();
        int[] hist = new int[256];
        int others = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!g.owns(x, y)) {
                    hist[px[y * w + x] & 0xff]++;
                    others++;
                }
            }
        }
        if (others == 0) {
            return crop;
        }
        int ground = 0;
        for (int seen = 0; ground < 256; ground++) {
            seen += hist[ground];
            if (2 * seen >= others) {
                break;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!g.owns(x, y)) {
                    px[y * w + x] = (byte) ground;
                }
            }
        }
        return crop;
    }
}
