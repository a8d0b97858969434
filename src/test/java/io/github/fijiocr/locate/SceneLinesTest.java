package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.List;
import org.junit.Test;

/** What counts as a character-shaped component, and how they chain into candidate lines. */
public class SceneLinesTest {
    private static byte[] mask(ByteProcessor ip) {
        byte[] px = (byte[]) ip.getPixels();
        byte[] m = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            m[i] = (byte) (px[i] != 0 ? 1 : 0);
        }
        return m;
    }

    @Test
    public void ringsAndDiagonalStrokesAreCharactersSolidBlobsAndBarsAreNot() {
        ByteProcessor ip = new ByteProcessor(200, 60);
        ip.setColor(255);
        ip.setLineWidth(3);
        ip.drawOval(10, 10, 20, 30); // an O: a ring, strokes 3 px across
        ip.fillOval(50, 10, 24, 30); // a cell: solid, its runs long both ways
        ip.fillRect(90, 28, 60, 4); // a bar: too flat to be a character
        for (int i = 0; i < 8; i++) { // a steep backslash one pixel wide: its steps touch only at corners
            for (int k = 0; k < 3; k++) {
                ip.set(160 + i, 10 + 3 * i + k, 255);
            }
        }
        ip.fillRect(190, 10, 10, 30); // touches the border: cut, not judged
        List<Rectangle> found = SceneLines.characterLike(mask(ip), 200, 60, new SceneLines.Scratch(200 * 60));
        assertEquals(found.toString(), 2, found.size());
        assertTrue(found.toString(), found.stream().anyMatch(r -> r.x >= 8 && r.x <= 11 && r.width >= 20));
        assertTrue(found.toString(), found.stream().anyMatch(r -> r.x == 160 && r.height == 24));
    }

    @Test
    public void aRowOfCharactersIsOneCandidateAndALoneOneIsNone() {
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        for (int k = 0; k < 5; k++) {
            ip.drawRect(20 + 22 * k, 20, 16, 24); // five boxes a character apart
        }
        ip.drawRect(240, 20, 16, 24); // alone, far to the right
        List<Rectangle> lines = SceneLines.lines(mask(ip), 300, 80);
        assertEquals(lines.toString(), 1, lines.size());
        Rectangle row = lines.get(0); // the five boxes, give or take their 2-pixel outline
        assertTrue(row.toString(), Math.abs(row.x - 20) <= 1 && Math.abs(row.width - (22 * 4 + 16)) <= 2
            && Math.abs(row.height - 24) <= 2);
    }
}
