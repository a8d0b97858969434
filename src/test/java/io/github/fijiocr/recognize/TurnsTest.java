package io.github.fijiocr.recognize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.junit.Test;

/** orientation=auto: text turned 90, 180 or 270 degrees is read, its boxes where it is. */
public class TurnsTest {
    /** A box in a turned image maps back onto the same pixels of the original. */
    @Test
    public void boxesMapBackOntoTheSamePixels() {
        ByteProcessor ip = new ByteProcessor(50, 30);
        Rectangle mark = new Rectangle(7, 4, 5, 3);
        ip.setColor(255);
        ip.fill(new ij.gui.Roi(mark));
        for (int quarter = 1; quarter <= 3; quarter++) {
            ByteProcessor t = Turns.turn(ip, quarter);
            Rectangle found = null;
            for (int y = 0; y < t.getHeight(); y++) {
                for (int x = 0; x < t.getWidth(); x++) {
                    if (t.get(x, y) == 255) {
                        Rectangle px = new Rectangle(x, y, 1, 1);
                        found = found == null ? px : found.union(px);
                    }
                }
            }
            assertEquals("quarter " + quarter, mark, Turns.box(found, quarter, 50, 30, 0, 0));
        }
    }

    /** Turned any way, the page reads as it does upright; read upright only, it does not. */
    @Test
    public void upsideDownAndSidewaysTextIsReadWithOrientationAuto() {
        ByteProcessor page = new ByteProcessor(360, 120);
        page.setColor(255);
        page.fill();
        page.setColor(0);
        page.setAntialiasedText(true);
        page.setFont(new Font("DejaVu Sans", Font.PLAIN, 28));
        page.drawString("LOT 4711", 40, 70);
        ReadOptions o = ReadOptions.of(new LocateOptions(), ReadOptions.DEFAULT_THRESHOLD, null);
        List<LineReading> asIs = TextReader.of(ModelFile.bundledLine(), o).read(page, "page", 1);
        assertEquals(texts(asIs), 1, asIs.size());
        String expected = asIs.get(0).text;
        assertTrue(expected, expected.startsWith("LOT 471"));
        for (int quarter = 1; quarter <= 3; quarter++) {
            ByteProcessor turned = Turns.turn(page, quarter);
            List<LineReading> upright = TextReader.of(ModelFile.bundledLine(), o).read(turned, "t", 1);
            List<LineReading> auto = TextReader.of(ModelFile.bundledLine(), o.with(ReadOptions.Orientation.AUTO))
                .read(turned, "t", 1);
            assertTrue("quarter " + quarter + ": upright read " + texts(upright),
                upright.stream().noneMatch(l -> l.text.equals(expected)));
            LineReading lot = auto.stream().filter(l -> l.text.equals(expected)).findFirst().orElse(null);
            assertTrue("quarter " + quarter + ": auto read " + texts(auto), lot != null);
            assertTrue("quarter " + quarter + ": the line's box " + lot.bounds + " is not on the text",
                lot.bounds.intersects(turnedBox(asIs.get(0).bounds, quarter, 360, 120)));
        }
    }

    /** Where a box of the upright w x h page lies once the page is turned {@code quarter} times clockwise. */
    private static Rectangle turnedBox(Rectangle r, int quarter, int w, int h) {
        // The inverse of Turns.box: turning the other way round.
        int back = 4 - quarter;
        int tw = quarter == 2 ? w : h;
        int th = quarter == 2 ? h : w;
        return Turns.box(r, back, tw, th, 0, 0);
    }

    private static String texts(List<LineReading> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append('[').append(l.text).append("] "));
        return sb.toString();
    }
}
