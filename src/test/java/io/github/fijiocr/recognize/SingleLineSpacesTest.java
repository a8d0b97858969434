package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.synth.DrawnText;
import java.util.List;
import org.junit.Test;

/**
 * A line read whole (`layout=single_line`) has no locator to measure its word gaps: the same
 * rule is applied to its characters' boxes, where a space may be read, as on the scene search's lines.
 */
public class SingleLineSpacesTest {
    @Test
    public void aLineReadWholeGetsASpaceWhereItsWordsStandApart() {
        // The model runs these words together ("LOT4711", "(Hz)1188.42.42"); their gaps are word gaps.
        for (String text : new String[] {"LOT 4711 EXP 2027", "#43724 (Hz) 1188.42.42"}) {
            assertEquals(text, read(drawn(text), null));
        }
    }

    @Test
    public void noSpaceIsAddedWhereNoneMayBeRead() {
        // The same gap gets its space when a space may be read.
        assertEquals("4711 2027", read(drawn("4711   2027"), null));
        assertEquals("47112027", read(drawn("4711   2027"), "0123456789"));
    }

    /** The scene search's lines keep to `allowed` too: no space between digits when only digits may be read. */
    @Test
    public void theSceneSearchAddsNoSpaceWhereNoneMayBeRead() {
        ByteProcessor frame = DrawnText.sans("4711   2027", 28, 400, 120, 200, 20, 40, 70);
        ReadOptions options = ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD, "0123456789")
            .with(ReadOptions.Reader.LINE, ReadOptions.Layout.SCENE);
        List<LineReading> lines = TextReader.of(ModelFile.bundledLine(), options).read(frame, "frame", 1);
        assertEquals(1, lines.size());
        assertEquals("47112027", lines.get(0).text);
    }

    private static String read(ByteProcessor line, String allowed) {
        ReadOptions options = ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD, allowed)
            .with(ReadOptions.Reader.LINE, ReadOptions.Layout.SINGLE_LINE);
        return TextReader.of(ModelFile.bundledLine(), options).read(line, "line", 1).get(0).text;
    }

    /** {@code text} in 26-point DejaVu Sans, cropped a little above and below. */
    private static ByteProcessor drawn(String text) {
        return DrawnText.sans(text, 26, 20 + text.length() * 26 * 2 / 3, 39, 255, 0, 10, 28);
    }
}
