package io.github.fijiocr.recognize;

import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.locate.TextLocator;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessor;
import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.List;

/** Reads the text lines of one 8-bit image: locate, classify all cells in one batch, assemble. */
public final class TextReader {
    private final OcrModel model;
    private final TextLocator locator;
    private final double threshold;
    private final String allowed;

    /** {@code allowed}: the characters that may be read (null or empty: the whole alphabet). */
    public TextReader(OcrModel model, LocateOptions locate, double threshold, String allowed) {
        this.model = model;
        this.locator = new TextLocator(locate);
        this.threshold = threshold;
        this.allowed = allowed;
    }

    public List<LineReading> read(ByteProcessor gray, String image, int slice) {
        List<TextLine> lines = locator.locate(gray);
        Preprocessor pre = model.preprocessor();
        List<float[]> inputs = new ArrayList<>();
        for (TextLine line : lines) {
            for (Glyph g : line.glyphs()) {
                inputs.add(pre.cell(gray, g.cell(), line.lightText()));
            }
        }
        float[][] probs = model.predict(inputs);
        Probabilities.restrict(probs, model.alphabet(), allowed);
        TextAssembler assembler = new TextAssembler(model.alphabet(), threshold);
        List<LineReading> out = new ArrayList<>();
        int offset = 0;
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            int n = line.glyphs().size();
            float[][] lineProbs = new float[n][];
            System.arraycopy(probs, offset, lineProbs, 0, n);
            offset += n;
            List<CharacterReading> readings = assembler.readings(line, lineProbs);
            out.add(new LineReading(image, slice, l + 1, assembler.text(line, readings), readings, line.bounds()));
        }
        return out;
    }
}
