package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
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
        assertFalse(read(drawn("4711 2027"), "0123456789").contains(" "));
        assertFalse(read(drawn("LOT 4711"), null).isEmpty());
    }

    /** The scene search's lines keep to `allowed` too: no space between digits when only digits may be read. */
    @Test
    public void theSceneSearchAddsNoSpaceWhereNoneMayBeRead() {
        ByteProcessor frame = new ByteProcessor(400, 120);
        frame.setColor(200);
        frame.fill();
        frame.setColor(20);
        frame.setAntialiasedText(true);
        frame.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 28));
        frame.drawString("4711   2027", 40, 70);
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
        ByteProcessor bp = new ByteProcessor(20 + text.length() * 26 * 2 / 3, 39);
        bp.setColor(255);
        bp.fill();
        bp.setColor(0);
        bp.setAntialiasedText(true);
        bp.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 26));
        bp.drawString(text, 10, 28);
        return bp;
    }
}
