package io.github.fijiocr.recognize;

import ij.process.ByteProcessor;
import io.github.fijiocr.locate.CellShapes;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * What a line found in a whole image left out beside it: a word or mark too far from the chain
 * of characters ({@code locate.SceneLines}), read with the line. A monospaced face sets each
 * space and mark in a whole cell, so the {@code t} of {@code t = 31.38 s} stands three cells,
 * about 2.8 of its heights, from the first digit, and the {@code =} between is no character part
 * (two flat bars): the chain began at the digits, and 15 of 16 such timestamps in DejaVu Sans
 * Mono on generated micrographs lost their {@code t =}. Each line is read again with
 * {@link #REACH} heights either side, up to the next line; what the new reading adds is taken
 * only where it is sure text of the line's own size, and the line's own characters read the same.
 * Only lines read cleanly (every character accepted, no row of rings: {@link RoundRows}) are widened.
 */
final class LineEnds {
    private LineEnds() {
    }

    /**
     * How far beside a line is looked, in its text's heights: three monospaced cells and the
     * {@code t}'s own (0.6 of a height each at about 0.72 em a digit) are under 3.5.
     */
    static final double REACH = 3.5;
    /** The room left beside a widened line's outer characters, in its text's heights (the search's 0.6). */
    static final double MARGIN = 0.6;
    /** An added character stands at most this share of the line's text height above its top. */
    static final double ABOVE = 0.25;
    /** And at most this share below its bottom (a descender: {@code g}, {@code y}, {@code µ}). */
    static final double BELOW = 0.35;

    /**
     * For each of {@code lines} (a whole image's, or a selection's: {@code area}), the line read
     * with what lies beside it, or null where nothing sure was added.
     */
    static List<Recognizer.ReadLine> widened(LineRecognizer recognizer, ByteProcessor gray, Rectangle area,
        List<Recognizer.ReadLine> lines) {
        List<Rectangle> regions = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // Only a line read cleanly: a row of cells read in part (`6?C`, a ring unsure) gains
            // the next ring, read surely, and the rules that drop such rows no longer see one.
            List<CharacterReading> own = lines.get(i).characters;
            if (own.stream().anyMatch(c -> c.rejected) || RoundRows.ringRow(own)) {
                continue;
            }
            Rectangle wide = reach(lines, i, area);
            if (wide != null) {
                regions.add(wide);
                which.add(i);
            }
        }
        List<Recognizer.ReadLine> out = new ArrayList<>();
        lines.forEach(l -> out.add(null));
        if (regions.isEmpty()) {
            return out;
        }
        List<Recognizer.ReadLine> read = recognizer.readRegions(gray, regions);
        for (int k = 0; k < regions.size(); k++) {
            Recognizer.ReadLine line = lines.get(which.get(k));
            Recognizer.ReadLine wide = read.get(k);
            int[] taken = added(line, wide);
            // Each character one code point of the text, as WordSpaces needs; else left as it was.
            boolean oneEach = wide.text.codePoints().filter(c -> c != ' ').count() == wide.characters.size();
            if (taken != null && oneEach && !CellShapes.cells(gray, regions.get(k))) {
                List<CharacterReading> kept = wide.characters.subList(taken[0], taken[1]);
                out.set(which.get(k), cut(wide, taken[0], taken[1], trimmed(line, kept, regions.get(k))));
            }
        }
        return out;
    }

    /**
     * Line {@code i}'s box widened {@link #REACH} text heights either side, within {@code area}
     * and short of every other line in its rows; null where it cannot widen.
     */
    static Rectangle reach(List<Recognizer.ReadLine> lines, int i, Rectangle area) {
        Recognizer.ReadLine line = lines.get(i);
        int[] band = band(line);
        if (band == null) {
            return null;
        }
        Rectangle b = line.bounds;
        int room = (int) Math.round(REACH * (band[1] - band[0]));
        int x0 = Math.max(area.x, b.x - room);
        int x1 = Math.min(area.x + area.width, b.x + b.width + room);
        for (int j = 0; j < lines.size(); j++) {
            Rectangle o = lines.get(j).bounds;
            int rows = Math.min(o.y + o.height, b.y + b.height) - Math.max(o.y, b.y);
            if (j == i || rows <= 0) {
                continue;
            }
            if (o.x + o.width <= b.x) {
                x0 = Math.max(x0, o.x + o.width);
            } else if (o.x >= b.x + b.width) {
                x1 = Math.min(x1, o.x);
            } else {
                return null; // lines that overlap: which one an added word belongs to is not known
            }
        }
        if (x0 >= b.x && x1 <= b.x + b.width) {
            return null;
        }
        return new Rectangle(x0, b.y, x1 - x0, b.height);
    }

    /**
     * The box of a widened line: the line's own, grown to the added characters with the margin
     * the scene search leaves at a chain's ends ({@link #MARGIN}), not the whole room looked in.
     */
    private static Rectangle trimmed(Recognizer.ReadLine line, List<CharacterReading> kept, Rectangle region) {
        int[] band = band(line);
        int margin = (int) Math.round(MARGIN * (band[1] - band[0]));
        int x0 = line.bounds.x;
        int x1 = line.bounds.x + line.bounds.width;
        for (CharacterReading c : kept) {
            x0 = Math.min(x0, c.box.x - margin);
            x1 = Math.max(x1, c.box.x + c.box.width + margin);
        }
        x0 = Math.max(x0, region.x);
        x1 = Math.min(x1, region.x + region.width);
        return new Rectangle(x0, line.bounds.y, x1 - x0, line.bounds.height);
    }

    /** The rows of a line's characters' boxes, top and bottom (exclusive); null when it has none. */
    private static int[] band(Recognizer.ReadLine line) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (CharacterReading c : line.characters) {
            top = Math.min(top, c.box.y);
            bottom = Math.max(bottom, c.box.y + c.box.height);
        }
        return bottom > top ? new int[] {top, bottom} : null;
    }

    /**
     * The characters of {@code wide} that make the widened line, first and last (exclusive), or
     * null where it adds nothing: {@code wide} must read {@code line}'s characters in a run, once;
     * each side it adds to is taken only where its characters are all sure
     * ({@link SceneReader#SURE}), within the line's rows ({@link #ABOVE}, {@link #BELOW}), and
     * hold a letter or digit (a mark alone beside a line is as likely a speck or a cell's edge).
     */
    static int[] added(Recognizer.ReadLine line, Recognizer.ReadLine wide) {
        List<CharacterReading> own = line.characters;
        List<CharacterReading> all = wide.characters;
        int at = -1;
        for (int s = 0; s + own.size() <= all.size(); s++) {
            if (sameRun(own, all, s)) {
                if (at >= 0) {
                    return null; // read twice: which is the line is not known
                }
                at = s;
            }
        }
        if (at < 0 || own.isEmpty()) {
            return null;
        }
        int[] band = band(line);
        double height = band[1] - band[0];
        int from = sureBeside(all.subList(0, at), band, height) ? 0 : at;
        int to = sureBeside(all.subList(at + own.size(), all.size()), band, height) ? all.size() : at + own.size();
        return to - from > own.size() ? new int[] {from, to} : null;
    }

    /** {@code wide}'s characters {@code from} to {@code to} (exclusive), with the spaces read between them. */
    static Recognizer.ReadLine cut(Recognizer.ReadLine wide, int from, int to, Rectangle bounds) {
        StringBuilder text = new StringBuilder();
        int k = 0;
        for (int cp : wide.text.codePoints().toArray()) {
            if (cp == ' ') {
                if (k > from && k < to && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            if (k >= from && k < to) {
                text.appendCodePoint(cp);
            }
            k++;
        }
        return new Recognizer.ReadLine(text.toString().trim(), wide.characters.subList(from, to), bounds);
    }

    private static boolean sameRun(List<CharacterReading> own, List<CharacterReading> all, int from) {
        for (int k = 0; k < own.size(); k++) {
            if (!own.get(k).label.equals(all.get(from + k).label)) {
                return false;
            }
        }
        return true;
    }

    /** Whether characters added on one side are none, or sure, in the line's rows, with a letter or digit. */
    private static boolean sureBeside(List<CharacterReading> added, int[] band, double height) {
        if (added.isEmpty()) {
            return true;
        }
        boolean letter = false;
        for (CharacterReading c : added) {
            if (c.rejected || c.confidence < SceneReader.SURE || c.box.y < band[0] - ABOVE * height
                || c.box.y + c.box.height > band[1] + BELOW * height) {
                return false;
            }
            letter |= c.label.codePoints().allMatch(Character::isLetterOrDigit);
        }
        return letter;
    }
}
