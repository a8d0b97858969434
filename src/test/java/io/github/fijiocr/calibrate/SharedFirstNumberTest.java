package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.recognize.CharacterReading;
import io.github.fijiocr.recognize.Recognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SharedFirstNumberTest {
    /** A clock's region: light text on a dark ground, and a cell (a light blob) over the hours when asked. */
    private static ByteProcessor crop(String text, boolean cell) {
        ByteProcessor ip = new ByteProcessor(90, 20);
        ip.setColor(30);
        ip.fill();
        ip.setColor(250);
        ip.setAntialiasedText(true);
        ip.setFont(new java.awt.Font(io.github.fijiocr.synth.Micrographs.FACE, java.awt.Font.PLAIN, 14));
        ip.drawString(text, 2, 17);
        if (cell) {
            ip.setColor(140);
            ip.fillOval(0, 2, 12, 16);
        }
        return ip;
    }

    private static int[] columns(ByteProcessor ip, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int y = 0; y < ip.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                out.add(ip.get(x, y));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    public void aCellOverTheFirstNumberOnSomeSlicesIsLeftOutOfTheSharedImage() {
        int n = 10;
        String[] predicted = new String[n];
        List<ByteProcessor> crops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            predicted[i] = String.format("01:00:%02d", 7 * i);
            // The cell is over the hours on the first four slices, gone on the rest.
            crops.add(crop(predicted[i], i < 4));
        }
        int cut = 18;
        SharedFirstNumber shared = SharedFirstNumber.of(predicted, cut, crops::get, true);
        ByteProcessor clean = crop(predicted[1], false);
        ByteProcessor pasted = shared.pasted(1, crops.get(1));
        org.junit.Assert.assertArrayEquals("the hours as a slice without the cell shows them",
            columns(clean, 0, cut), columns(pasted, 0, cut));
        org.junit.Assert.assertArrayEquals("the rest of the slice as it is",
            columns(crops.get(1), cut, 90), columns(pasted, cut, 90));
        assertFalse("the cell was there",
            java.util.Arrays.equals(columns(clean, 0, cut), columns(crops.get(1), 0, cut)));
    }

    @Test
    public void onlySlicesOfAFirstNumberShownOnEnoughSlicesAreReplaced() {
        String[] predicted = {"00:59:53", "01:00:00", "01:00:07", "01:00:14", null};
        List<ByteProcessor> crops = new ArrayList<>();
        for (String p : predicted) {
            crops.add(crop(p == null ? "01:00:21" : p, false));
        }
        SharedFirstNumber shared = SharedFirstNumber.of(predicted, 18, crops::get, true);
        // 00 on one slice is under MIN_SLICES; a slice without a prediction is read as it is.
        assertFalse(shared.covers(0));
        assertTrue(shared.covers(1) && shared.covers(2) && shared.covers(3));
        assertFalse(shared.covers(4));
        assertTrue(crops.get(0) == shared.pasted(0, crops.get(0)));
        assertNull("no first number shown on enough slices", SharedFirstNumber.of(
            new String[] {"00:59:53", "01:00:00", null}, 18, crops::get, true));
    }

    @Test
    public void theFirstNumberEndsWhereTheSlicesReadAsTheyArePutTheColon() {
        List<Recognizer.ReadLine> lines = new ArrayList<>();
        int[] colons = {17, 18, 40, 18};
        for (int x : colons) {
            List<CharacterReading> chars = List.of(
                new CharacterReading("0", 0.9, "8", 0.05, new Rectangle(2, 3, 7, 12), 0.7),
                new CharacterReading("1", 0.9, "7", 0.05, new Rectangle(10, 3, 5, 12), 0.7),
                new CharacterReading(":", 0.9, ".", 0.05, new Rectangle(x, 6, 2, 8), 0.7));
            lines.add(new Recognizer.ReadLine("01:", chars, new Rectangle(0, 0, 90, 20)));
        }
        // The third slice was flagged: its colon is not counted.
        assertEquals(18, SharedFirstNumber.cut(lines, new boolean[] {true, true, false, true}));
        assertEquals(-1, SharedFirstNumber.cut(lines, new boolean[4]));
    }
}
