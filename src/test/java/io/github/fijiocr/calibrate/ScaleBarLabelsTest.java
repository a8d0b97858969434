package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.TextReader;
import io.github.fijiocr.synth.TextMicrographs;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** Read Text finds a scale bar's label from its bar where the scene search left it out. */
public class ScaleBarLabelsTest {
    private static final OcrModel LINE = ModelFile.bundledLine();

    private static ReadOptions auto() {
        return ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD, null)
            .with(ReadOptions.Reader.LINE, ReadOptions.Layout.AUTO);
    }

    /**
     * Labels in DejaVu Sans Mono, whose one-digit number stands a whole cell from its unit: the
     * scene search makes no line of `2 mm` (a 2048x1536 frame, seed 22423) or `25 um` (1024x768,
     * seed 22570), and Read Text read only the timestamp. From the bar, each is read exactly, once,
     * and nothing off the texts is read. A label the scene search reads (seed 22424, FreeSans) is
     * not read a second time.
     */
    @Test
    public void aLabelTheSceneSearchLeftOutIsReadFromItsBar() {
        assumeTrue(TextMicrographs.installed("DejaVu Sans Mono"));
        assertTheTextsReadOnce(22423, 22570, 22424);
    }

    /**
     * A black bar and label on a dark fluorescence frame (seed 22621, 640x480, DejaVu Sans 16
     * pixels): bright cells set the frame's grey range, and the bar stands out by under the 30%
     * of it Read Scale Bar asks. Read Text looks for bars at half that, keeping only a sure label.
     */
    @Test
    public void aLabelIsFoundBesideABarFaintAgainstTheFramesRange() {
        assertTheTextsReadOnce(22621);
    }

    /**
     * A {@code 1 um} in 14-pixel Nimbus Sans over a 1024x768 fluorescence frame (seed 32032 at
     * ImageJ's sizes), which the scene search makes no line of: its bar, 24 pixels long, gives
     * the pixel size only to 3%, so Read Scale Bar leaves the calibration unset, but the label
     * reads without a doubt, and Read Text keeps it.
     */
    @Test
    public void aLabelReadWithoutADoubtIsKeptBesideABarTooShortToCalibrate() {
        assumeTrue(TextMicrographs.installed("Nimbus Sans"));
        assertTheTextsReadOnce(true, 32032);
    }

    /**
     * A {@code 5 µm} 35 pixels high in DejaVu Sans Mono under a bar 72 pixels long and 7 thick, in
     * a 4000x3000 frame (seed 32361): the area looked at for its label reached 40 pixels past the
     * bar and cut the µ's tail, and no line was found there. Below a bar it reaches eight times
     * the bar's thickness now.
     */
    @Test
    public void aLargeLabelUnderAShortThickBarIsFound() {
        assumeTrue(TextMicrographs.installed("DejaVu Sans Mono"));
        assertTheTextsReadOnce(32361);
    }

    private static void assertTheTextsReadOnce(long... seeds) {
        assertTheTextsReadOnce(false, seeds);
    }

    /**
     * Asserts that Read Text reads each seed's timestamp and label, the label once, and nothing off
     * them; {@code unscaledText}: the text at ImageJ's sizes ({@link TextMicrographs#make(long, boolean)}).
     */
    private static void assertTheTextsReadOnce(boolean unscaledText, long... seeds) {
        TextReader reader = Ocr.textReader(LINE, auto());
        for (long seed : seeds) {
            TextMicrographs.Scene scene = TextMicrographs.make(seed, unscaledText);
            List<LineReading> read = reader.read(scene.image, "micrograph", 1);
            List<String> got = read.stream().map(l -> l.text + " at " + l.bounds).collect(Collectors.toList());
            for (LineReading l : read) {
                assertTrue(scene.kind + ": a line off the text: " + got,
                    scene.boxes.stream().anyMatch(l.bounds::intersects) || l.bounds.intersects(scene.bar));
            }
            Rectangle label = scene.boxes.get(1);
            List<LineReading> onLabel = new ArrayList<>();
            read.stream().filter(l -> l.bounds.intersects(label)).forEach(onLabel::add);
            assertEquals(scene.kind + ": one line on the label: " + got, 1, onLabel.size());
            assertEquals(scene.kind, scene.texts.get(1).replace(" ", ""), onLabel.get(0).text.replace(" ", ""));
            assertTrue(scene.kind + ": the timestamp: " + got, read.stream()
                .anyMatch(l -> l.text.replace(" ", "").equals(scene.texts.get(0).replace(" ", ""))));
        }
    }

    /**
     * With a pattern or allowed characters the user asked for other text: no label is looked for
     * (and none could be read with digits alone allowed).
     */
    @Test
    public void noLabelIsLookedForWithAPatternOrAllowedCharacters() {
        TextReader dates = TextReader.of(LINE, ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD,
            null, "date").with(ReadOptions.Reader.LINE, ReadOptions.Layout.AUTO));
        assertSame(dates, dates.with(ScaleBarLabels::of));
        TextReader digits = TextReader.of(LINE, ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD,
            "0123456789").with(ReadOptions.Reader.LINE, ReadOptions.Layout.AUTO));
        assertSame(digits, digits.with(ScaleBarLabels::of));
    }
}
