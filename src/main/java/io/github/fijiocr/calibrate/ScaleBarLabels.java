package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.List;

/**
 * Read Text's search for a scale bar's label that the scene search left out, found from its bar
 * as Read Scale Bar finds it ({@link ScaleBarReader}). A one-digit label in a monospaced face
 * stands a whole cell from its unit ({@code 5 um}), and neither half is a line of three
 * characters; a small label over a busy ground is no chain at any of the search's thresholds.
 * Only bars with no line read near them are looked at, and a label is kept only when Read Scale
 * Bar reads it without a doubt (every check of its number and unit passed) and it reads the same
 * again with the label pattern in its own box, which gives its characters. A doubt of the bar's
 * length alone does not count: a short bar gives the pixel size only to a few percent, and says
 * nothing of its label's text ({@link ScaleBar#labelSure}). On photos no label is sure (57
 * development photos: six "labels" found, none sure; with the bar's doubts set apart, the 110
 * photos' readings were unchanged).
 */
public final class ScaleBarLabels implements TextReader.Missed {
    private final ScaleBarReader reader;
    private final LineRecognizer label;

    /** {@code recognizer}: Read Text's line reader (the label pattern is added here). */
    private ScaleBarLabels(LineRecognizer recognizer) {
        this.reader = new ScaleBarReader(recognizer);
        this.label = recognizer.with(ScaleBarReader.LABEL, 0);
    }

    /**
     * The search for {@code recognizer}, Read Text's line reader; null where its model reads no
     * label (a model fine-tuned on digits alone: the label pattern matches none of its texts).
     */
    public static ScaleBarLabels of(LineRecognizer recognizer) {
        try {
            return new ScaleBarLabels(recognizer);
        } catch (OcrException e) {
            return null;
        }
    }

    @Override
    public List<Recognizer.ReadLine> find(ByteProcessor gray, Rectangle area, List<Recognizer.ReadLine> read) {
        if (read.isEmpty()) {
            // Only beside text read elsewhere (a micrograph's timestamp): where nothing reads as
            // text, a display's segments are bars, and searching beside each cost fuel-pump frames
            // a third more time for no label.
            return List.of();
        }
        // Faint bars too, at once (a black bar on a dark fluorescence frame): only a sure label is kept.
        List<Rectangle> bars = ScaleBarReader.bars(gray, area, ScaleBarReader.FAINT_CONTRAST);
        bars.removeIf(b -> {
            Rectangle near = LabelSearch.near(gray, b);
            return read.stream().anyMatch(l -> l.bounds.intersects(near));
        });
        if (bars.isEmpty()) {
            return List.of();
        }
        ScaleBar s = reader.labelled(gray, bars);
        // The label may be looked for past the area's edge (beside a bar at it); it must lie inside.
        if (s == null || !s.labelSure || !area.contains(s.labelBox.getCenterX(), s.labelBox.getCenterY())
            || read.stream().anyMatch(l -> l.bounds.intersects(s.labelBox))) {
            return List.of();
        }
        Recognizer.ReadLine line = label.readRegions(gray, List.of(s.labelBox)).get(0);
        return line.text.replace(" ", "").equals(s.label.replace(" ", "")) ? List.of(line) : List.of();
    }
}
