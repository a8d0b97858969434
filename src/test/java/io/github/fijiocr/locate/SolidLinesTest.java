package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.util.List;
import org.junit.Test;

/** Lines of solid blobs (cells) are told from lines of characters drawn with strokes. */
public class SolidLinesTest {
    @Test
    public void aRowOfCellsIsSolid() {
        ByteProcessor ip = ground(640, 120);
        ip.setValue(200);
        for (int i = 0; i < 6; i++) {
            ip.fillOval(40 + 95 * i, 30 + (i % 2) * 6, 60 + (i % 3) * 8, 55 + (i % 2) * 10);
        }
        List<TextLine> lines = new TextLocator(new LocateOptions()).locate(ip, null);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).solid());
    }

    @Test
    public void boldPrintIsNotSolid() {
        ByteProcessor ip = ground(640, 120);
        ip.setAntialiasedText(true);
        ip.setColor(java.awt.Color.WHITE);
        ip.setFont(new Font("DejaVu Sans", Font.BOLD, 40));
        ip.drawString("Lot 12:45 B8", 40, 80);
        List<TextLine> lines = new TextLocator(new LocateOptions()).locate(ip, null);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).solid());
    }

    private static ByteProcessor ground(int w, int h) {
        ByteProcessor ip = new ByteProcessor(w, h);
        ip.setValue(30);
        ip.fill();
        return ip;
    }

    @Test
    public void dotMatrixPrintIsNotSolid() {
        ByteProcessor ip = new ByteProcessor(400, 100);
        ip.setValue(255);
        ip.fill();
        ip.setValue(0);
        // "11 11" in 5x7 dots: a column of seven dots with a foot, each dot a solid disc.
        int x = 30;
        for (int c = 0; c < 5; c++) {
            if (c == 2) {
                x += 40;
                continue;
            }
            for (int row = 0; row < 7; row++) {
                ip.fillOval(x + 16, 20 + 8 * row, 6, 6);
            }
            ip.fillOval(x + 8, 28, 6, 6);
            ip.fillOval(x + 8, 68, 6, 6);
            ip.fillOval(x + 24, 68, 6, 6);
            x += 48;
        }
        List<TextLine> lines = new TextLocator(new LocateOptions()).locate(ip, null);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).solid());
    }
}
