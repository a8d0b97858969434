package io.github.fijiocr.recognize;

import ij.gui.Roi;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * {@code orientation=auto}: the image (or the selection's box) is also read turned 180 degrees and
 * a quarter turn each way; lines read that way are mapped back to the image and kept where they
 * hold more confident text than what the upright reading found there ({@link SceneReader#merge},
 * with no margin: upside-down print can read as other letters, almost as surely, with a sharper
 * line model, and the upright reading has no claim to win such a tie by a character's worth).
 * Upside-down labels and text running up or down a slide are read; it costs four readings.
 */
final class Turns {
    private Turns() {
    }

    static List<Recognizer.ReadLine> readTurned(ByteProcessor gray, Roi roi,
        Function<ByteProcessor, List<Recognizer.ReadLine>> reader, List<Recognizer.ReadLine> upright) {
        Rectangle area = roi == null ? new Rectangle(gray.getWidth(), gray.getHeight())
            : roi.getBounds().intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        if (area.isEmpty()) {
            return upright;
        }
        gray.setRoi(area);
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        int w = crop.getWidth();
        int h = crop.getHeight();
        List<Recognizer.ReadLine> turned = new ArrayList<>();
        for (int quarter = 1; quarter <= 3; quarter++) {
            ByteProcessor t = turn(crop, quarter);
            for (Recognizer.ReadLine l : reader.apply(t)) {
                if (l != null && SceneReader.textScore(l) > 0) {
                    turned.add(back(l, quarter, w, h, area.x, area.y));
                }
            }
        }
        // Every turn is read the same way, so no turn is favoured: the surest reading of a place
        // goes first (not the first turn tried) and needs only to beat what is there.
        turned.sort(Comparator.comparingDouble(l -> -SceneReader.textScore(l)));
        return SceneReader.merge(upright, turned, 0, false);
    }

    /** {@code quarter} quarter turns clockwise. */
    static ByteProcessor turn(ByteProcessor ip, int quarter) {
        switch (quarter) {
            case 1:
                return (ByteProcessor) ip.rotateRight();
            case 2:
                ByteProcessor half = (ByteProcessor) ip.duplicate();
                half.flipHorizontal();
                half.flipVertical();
                return half;
            default:
                return (ByteProcessor) ip.rotateLeft();
        }
    }

    /** A line read in the turned image, its boxes in the original image's coordinates. */
    private static Recognizer.ReadLine back(Recognizer.ReadLine l, int quarter, int w, int h, int dx, int dy) {
        List<CharacterReading> chars = new ArrayList<>();
        for (CharacterReading c : l.characters) {
            chars.add(c.movedTo(box(c.box, quarter, w, h, dx, dy)));
        }
        return new Recognizer.ReadLine(l.text, chars, box(l.bounds, quarter, w, h, dx, dy));
    }

    /** A box of the image turned {@code quarter} times clockwise, in the w x h original, moved by dx, dy. */
    static Rectangle box(Rectangle r, int quarter, int w, int h, int dx, int dy) {
        Rectangle out;
        switch (quarter) {
            case 1: // turned clockwise: turned (x, y) is original (y, h - 1 - x)
                out = new Rectangle(r.y, h - r.x - r.width, r.height, r.width);
                break;
            case 2:
                out = new Rectangle(w - r.x - r.width, h - r.y - r.height, r.width, r.height);
                break;
            default: // turned anticlockwise: turned (x, y) is original (w - 1 - y, x)
                out = new Rectangle(w - r.y - r.height, r.x, r.height, r.width);
                break;
        }
        out.translate(dx, dy);
        return out;
    }
}
