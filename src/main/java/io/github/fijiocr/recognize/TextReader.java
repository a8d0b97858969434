package io.github.fijiocr.recognize;

import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessor;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the text lines of one 8-bit image: locate, classify all cells in one batch, assemble.
 * Each cell is cleaned first: pixels that are not the glyph's own ink (specks, glare, a touching
 * neighbour) take the ground's grey. Punctuation-sized glyphs are read only as punctuation, and
 * dropped when no punctuation may be read (a decimal point on a display read with digits only).
 */
public final class TextReader {
    private final OcrModel model;
    private final TextLocator locator;
    private final double threshold;
    private final String allowed;
    /** The punctuation classes that may be read; empty when none. */
    private final String marks;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public TextReader(OcrModel model, LocateOptions locate, double threshold, String allowed) {
        this.model = model;
        this.locator = new TextLocator(locate);
        this.threshold = threshold;
        this.allowed = allowed;
        StringBuilder m = new StringBuilder();
        for (String label : model.alphabet()) {
            boolean punctuation = label.codePoints().noneMatch(Character::isLetterOrDigit);
            if (punctuation && (allowed == null || allowed.isEmpty() || allowed.contains(label))) {
                m.append(label);
            }
        }
        this.marks = m.toString();
    }

    public List<LineReading> read(ByteProcessor gray, String image, int slice) {
        return read(gray, null, image, slice);
    }

    /** Lines inside {@code roi} (null: the whole image). */
    public List<LineReading> read(ByteProcessor gray, Roi roi, String image, int slice) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : locator.locate(gray, roi)) {
            List<Glyph> kept = new ArrayList<>(line.glyphs());
            kept.removeIf(g -> g.mark() && marks.isEmpty());
            if (!kept.isEmpty()) {
                lines.add(new TextLine(kept, line.lightText(), line.angle()));
            }
        }
        Preprocessor pre = model.preprocessor();
        List<float[]> inputs = new ArrayList<>();
        List<Boolean> isMark = new ArrayList<>();
        for (TextLine line : lines) {
            for (Glyph g : line.glyphs()) {
                ByteProcessor cell = cleanCell(gray, g);
                inputs.add(pre.cell(cell, new Rectangle(cell.getWidth(), cell.getHeight()), line.lightText()));
                isMark.add(g.mark());
            }
        }
        float[][] probs = model.predict(inputs);
        Probabilities.restrict(probs, model.alphabet(), allowed);
        for (int i = 0; i < probs.length; i++) {
            if (isMark.get(i)) {
                Probabilities.restrict(new float[][] {probs[i]}, model.alphabet(), marks);
            }
        }
        TextAssembler assembler = new TextAssembler(model.alphabet(), threshold);
        List<LineReading> out = new ArrayList<>();
        int offset = 0;
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            int n = line.glyphs().size();
            float[][] lineProbs = Arrays.copyOfRange(probs, offset, offset + n);
            offset += n;
            List<CharacterReading> readings = assembler.readings(line, lineProbs);
            out.add(new LineReading(image, slice, l + 1, assembler.text(line, readings), readings, line.bounds()));
        }
        return out;
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
