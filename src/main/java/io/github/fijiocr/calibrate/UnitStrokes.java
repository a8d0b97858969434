package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strokes a unit's letters show across the middle of their x-height, counted row by row
 * ({@link UnitLetters#stems}): µm, um and nm five, mm six, cm four. A stroke is a peak of grey
 * towards the ink that stands {@link UnitLetters#PROMINENCE} of the unit's contrast above the grey
 * on either side. Two stems crowded into one peak (a bold monospaced m at 12 to 14 points: an mm
 * counted five, the n's count, on 9 of the 11 right mm labels of the dev seeds flagged so) show
 * as one stroke, inside the letters, twice as wide as the widest other; it is counted as two.
 */
final class UnitStrokes {
    /** A stroke this many times as wide as the letters' widest other stroke is two stems run together. */
    static final double DOUBLE = 2;
    /** ...and at least this many pixels wide: one pixel against two is antialiasing, not a stem. */
    static final int DOUBLE_MIN = 3;

    private UnitStrokes() {
    }

    /**
     * The strokes in columns {@code span[0]} to {@code span[1]} (end excluded), rows
     * {@code span[2]} to {@code span[3]}, of contrast {@code span[4]}, as most rows count them,
     * with an inner stroke of two stems' width counted twice; -1 when the rows disagree (two
     * counts as common). {@code side}: {@link LabelShape#groundAndSide}.
     */
    static int count(ByteProcessor gray, int[] span, int[] side) {
        int contrast = span[4];
        Map<Integer, List<int[]>> rows = new HashMap<>();
        for (int y = span[2]; y <= span[3]; y++) {
            int[] widths = row(gray, y, span[0], span[1], side, contrast);
            rows.computeIfAbsent(widths.length, k -> new ArrayList<>()).add(widths);
        }
        int most = rows.values().stream().mapToInt(List::size).max().orElse(0);
        List<Integer> modes = new ArrayList<>();
        rows.forEach((n, list) -> {
            if (list.size() == most) {
                modes.add(n);
            }
        });
        if (modes.size() != 1) {
            return -1;
        }
        int mode = modes.get(0);
        return mode + (doubled(rows.get(mode)) ? 1 : 0);
    }

    /**
     * The widths of the strokes in row {@code y}, left to right: each the run of columns around
     * its peak whose grey is above the middle between the peak and the higher of the valleys on
     * either side (over a cell behind the letters the valleys stay high: half the peak would run
     * from stroke to stroke).
     */
    private static int[] row(ByteProcessor gray, int y, int x0, int x1, int[] side, int contrast) {
        int[] v = new int[x1 - x0 + 1];
        for (int x = x0; x < x1; x++) {
            v[x - x0] = LabelShape.strength(gray.get(x, y), side);
        }
        // One step past the end as ground, so that a last stroke ends.
        v[v.length - 1] = 0;
        List<int[]> peaks = new ArrayList<>();
        boolean inStroke = false;
        int low = Integer.MAX_VALUE;
        int high = 0;
        int peak = 0;
        for (int i = 0; i < v.length; i++) {
            if (!inStroke) {
                low = Math.min(low, v[i]);
                inStroke = v[i] - low >= UnitLetters.PROMINENCE * contrast && v[i] >= 0.5 * contrast;
                high = v[i];
                peak = i;
            } else {
                if (v[i] > high) {
                    high = v[i];
                    peak = i;
                }
                if (high - v[i] >= UnitLetters.PROMINENCE * contrast) {
                    peaks.add(new int[] {peak, high});
                    inStroke = false;
                    low = v[i];
                }
            }
        }
        int[] widths = new int[peaks.size()];
        for (int k = 0; k < widths.length; k++) {
            int at = peaks.get(k)[0];
            int top = peaks.get(k)[1];
            int from = k == 0 ? 0 : peaks.get(k - 1)[0];
            int to = k == widths.length - 1 ? v.length - 1 : peaks.get(k + 1)[0];
            int level = (top + Math.max(min(v, from, at), min(v, at, to))) / 2;
            int left = at;
            while (left > 0 && v[left - 1] > level) {
                left--;
            }
            int right = at;
            while (right + 1 < v.length && v[right + 1] > level) {
                right++;
            }
            widths[k] = right - left + 1;
        }
        return widths;
    }

    /** The least of {@code v} from {@code from} to {@code to}, both included. */
    private static int min(int[] v, int from, int to) {
        int least = Integer.MAX_VALUE;
        for (int i = from; i <= to; i++) {
            least = Math.min(least, v[i]);
        }
        return least;
    }

    /**
     * Whether, over {@code rows} of one count, a stroke other than the first and last is
     * {@link #DOUBLE} times as wide as the widest other (their median widths over the rows): two
     * stems in one peak. Not against the usual stroke: a bold monospaced n's stems are half as
     * wide again as its crowded m's (dev seed 1605's bar 29, a {@code 100 nm} that counted six).
     * Not the first or last: a cell beside the letters widens those.
     */
    static boolean doubled(List<int[]> rows) {
        int n = rows.get(0).length;
        if (n < 3) {
            return false;
        }
        int[] median = new int[n];
        for (int k = 0; k < n; k++) {
            int[] ws = new int[rows.size()];
            for (int j = 0; j < ws.length; j++) {
                ws[j] = rows.get(j)[k];
            }
            Arrays.sort(ws);
            median[k] = ws[ws.length / 2];
        }
        for (int k = 1; k < n - 1; k++) {
            int widest = 0;
            for (int j = 0; j < n; j++) {
                widest = j == k ? widest : Math.max(widest, median[j]);
            }
            if (median[k] >= DOUBLE_MIN && median[k] >= DOUBLE * widest) {
                return true;
            }
        }
        return false;
    }
}
