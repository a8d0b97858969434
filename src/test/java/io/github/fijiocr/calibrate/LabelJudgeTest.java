package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.Recognizer;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** A scale-bar label read right is sure; the same label with a digit dropped is never calibrated. */
public class LabelJudgeTest {
    @Test
    public void aDroppedDigitIsDoubtedWhereTheRightReadingIsSure() {
        BufferedImage image = new BufferedImage(160, 50, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.drawString("40 mm", 20, 35);
        g.dispose();
        ByteProcessor gray = new ByteProcessor(image);
        LineRecognizer recognizer = new LineRecognizer(ModelFile.bundledLine().predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null).with(ScaleBarReader.LABEL, 0);
        Recognizer.ReadLine read = recognizer.readRegions(gray, List.of(new Rectangle(10, 8, 130, 36))).get(0);
        assertEquals("40 mm", read.text);
        LabelJudge judge = new LabelJudge(recognizer, ReadOptions.DEFAULT_THRESHOLD);
        LabelJudge.Verdict right = judge.of(gray, read, "mm");
        assertNull(right.doubt, right.doubt);
        assertEquals("mm", right.unit);

        // The same pixels read as "4 mm": the 0's box joined to the 4's, as CTC leaves a dropped mark.
        List<CharacterReading> dropped = new ArrayList<>(read.characters);
        CharacterReading four = dropped.remove(0);
        CharacterReading zero = dropped.remove(0);
        dropped.add(0, four.movedTo(four.box.union(zero.box)));
        LabelJudge.Verdict wrong = judge.of(gray, new Recognizer.ReadLine("4 mm", dropped, read.bounds), "mm");
        assertNotNull("4 mm was taken for the label 40 mm shows", wrong.doubt);
    }
}
