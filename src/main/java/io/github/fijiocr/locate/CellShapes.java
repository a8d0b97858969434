package io.github.fijiocr.locate;

import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a line found in a larger picture is a row of cells rather than print. Nuclei, filled
 * cells and membrane-stained rings are ellipses, filled or hollow, and the reader takes them for
 * {@code O}, {@code o}, {@code 0} or {@code Q}, often surely. Print is not made of ellipses, and
 * where it is ({@code 000}, {@code oOo}) its ellipses are one size on one baseline, while cells
 * vary. So a line is cells when most of its ink lies in ellipse-shaped parts and those parts are
 * not of one size and row.
 */
public final class CellShapes {
    /**
     * A part is ellipse-shaped when it (its holes filled) overlaps the ellipse of its second
     * moments at least this much (intersection over union). Letters and digits other than
     * {@code O}, {@code o}, {@code 0} stay under it in the faces measured (see the test).
     */
    static final double ELLIPSE = 0.9;
    /**
     * Two cells that overlap are one part: it overlaps its ellipse less, but it stays nearly
     * convex. A part overlapping its ellipse this much and filling this share of its convex hull
     * is cell-shaped too ({@code 8}, {@code B}, {@code D} are, in print).
     */
    static final double LOOSE_ELLIPSE = 0.8;
    static final double CONVEX = 0.9;
    /** A part filling more of its box than this is a bar or a block ({@code I}, {@code l}), not an ellipse. */
    static final double BOX_FILL = 0.9;
    /** A line is cells when at least this share of its parts' ink is cell-shaped. */
    static final double CELL_INK = 0.6;
    /** Print's ellipses differ in height, top and bottom by at most this share of their height. */
    static final double EVEN = 0.12;
    /** Parts lower than this share of the line's height are marks, specks or counters' rests. */
    static final double PART = 0.3;
    /**
     * Print lies inside its line's box: a line whose shapes seen whole (not cut by the box grown
     * by a quarter of its height) hold less than this share of the ink in its box is mostly shapes
     * the box cuts, as a search cuts rings it strings into a line ({@link #cutCells}).
     */
    static final double WHOLE = 0.5;
    /** ... and it is cells when ellipse-shaped parts hold at least this share of that ink. */
    static final double CUT_ROUND = 0.3;
    /** Lines are measured at most this many pixels high. */
    static final int HEIGHT = 64;
    /** Too few pixels for a shape: such lines are left to the reader. */
    static final int MIN_HEIGHT = 12;

    private CellShapes() {
    }

    /**
     * Whether the ink of {@code line} (a box in {@code gray}, read as text) is cells: its parts are
     * measured whole, in the box grown by a quarter of its height, and parts cut by that margin
     * are left out. Cells are ellipse-shaped parts that make most of the ink and are not one size
     * on one row, or two ellipse-shaped parts that do not share a row ({@link #rows}), or an
     * ellipse among shapes the box cuts ({@link #cutCells}).
     */
    public static boolean cells(ByteProcessor gray, Rectangle line) {
        List<double[]> parts = parts(gray, line);
        double ink = 0;
        double ellipses = 0;
        List<double[]> round = new ArrayList<>();
        for (double[] p : parts) {
            ink += p[0];
            if (cellShaped(p)) {
                ellipses += p[0];
                round.add(p);
            }
        }
        return round.size() >= 2 && (ellipses >= CELL_INK * ink && !even(round) || rows(round, parts))
            || cutCells(parts);
    }

    /**
     * Whether most of a line's ink lies in shapes that reach out of its box, and an ellipse holds
     * a good share of it: ring-shaped cells that a search strung into a line (`Q0`, `CO4?`,
     * `AY0`), the box cutting the rings around the one it holds whole. Print in a photo may
     * also run out of its box (letters touching a sign's edge), but in the 300 words of the
     * development photos no ellipse then held {@link #CUT_ROUND} of it.
     */
    static boolean cutCells(List<double[]> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        double all = parts.get(0)[7];
        double round = 0;
        for (double[] p : parts) {
            round += cellShaped(p) ? p[6] : 0;
        }
        return all - parts.get(0)[8] < WHOLE * all && round >= CUT_ROUND * all;
    }

    /**
     * Whether two of the {@code round} parts, each at least half as high as the highest of all
     * {@code parts}, overlap in rows by less than half the lower one's height. A line's round
     * letters and digits share its x-height at least ({@code o} within {@code O}), and the small
     * rings of a {@code %} or a {@code °} stay under half of a digit's height; cells that a search
     * strung into a line lie above and below each other (`9o°`, `8og`), too few among other shapes
     * for {@link #CELL_INK}.
     */
    static boolean rows(List<double[]> round, List<double[]> parts) {
        double highest = 0;
        for (double[] p : parts) {
            highest = Math.max(highest, p[3]);
        }
        for (double[] a : round) {
            for (double[] b : round) {
                double low = Math.min(a[3], b[3]);
                double overlap = Math.min(a[2] + a[3], b[2] + b[3]) - Math.max(a[2], b[2]);
                if (low >= 0.5 * highest && overlap < 0.5 * low) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a cell may be among a line's parts (measured as {@link #cells(ByteProcessor,
     * Rectangle)} measures them): one of them is cell-shaped, and they are not one size on one
     * row, as a face's {@code 0}s and {@code 8}s are.
     */
    public static boolean cellAmong(ByteProcessor gray, Rectangle line) {
        List<double[]> round = parts(gray, line).stream().filter(CellShapes::cellShaped)
            .collect(Collectors.toList());
        return !round.isEmpty() && (round.size() == 1 || !even(round));
    }

    /** Whether a part ({@link #parts}) is an ellipse, or two overlapping, filled or hollow. */
    static boolean cellShaped(double[] p) {
        return (p[1] >= ELLIPSE || p[1] >= LOOSE_ELLIPSE && p[4] >= CONVEX) && p[5] <= BOX_FILL;
    }

    /** Whether ellipses are one size on one row, as a face's {@code 0}s are. */
    static boolean even(List<double[]> round) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        double top0 = Double.MAX_VALUE;
        double top1 = -Double.MAX_VALUE;
        double bottom0 = Double.MAX_VALUE;
        double bottom1 = -Double.MAX_VALUE;
        for (double[] p : round) {
            lo = Math.min(lo, p[3]);
            hi = Math.max(hi, p[3]);
            top0 = Math.min(top0, p[2]);
            top1 = Math.max(top1, p[2]);
            bottom0 = Math.min(bottom0, p[2] + p[3]);
            bottom1 = Math.max(bottom1, p[2] + p[3]);
        }
        double slack = EVEN * hi + 1;
        return hi - lo <= slack && top1 - top0 <= slack && bottom1 - bottom0 <= slack;
    }

    /**
     * The parts of a line's ink, each {area, overlap with its ellipse, top, height, share of its
     * convex hull, share of its box, its ink inside the line's box} in the measured (scaled) crop,
     * and, the same in every part, {all ink inside the line's box, the part of it in shapes cut
     * by the crop's edge}; empty when the line is too small to tell shapes.
     */
    static List<double[]> parts(ByteProcessor gray, Rectangle line) {
        int margin = (int) Math.round(0.25 * line.height);
        Rectangle area = new Rectangle(line.x - margin, line.y - margin, line.width + 2 * margin,
            line.height + 2 * margin).intersection(new Rectangle(gray.getWidth(), gray.getHeight()));
        double scale = Math.min(1, (double) HEIGHT / line.height);
        if (area.isEmpty() || line.height * scale < MIN_HEIGHT) {
            return List.of();
        }
        gray.setRoi(area);
        ByteProcessor crop = (ByteProcessor) gray.crop();
        gray.resetRoi();
        if (scale < 1) {
            crop.setInterpolationMethod(ByteProcessor.BILINEAR);
            crop = (ByteProcessor) crop.resize(Math.max(1, (int) Math.round(area.width * scale)),
                Math.max(1, (int) Math.round(area.height * scale)), true);
        }
        Rectangle inner = new Rectangle((int) Math.round((line.x - area.x) * scale),
            (int) Math.round((line.y - area.y) * scale), (int) Math.round(line.width * scale),
            (int) Math.round(line.height * scale));
        return parts(ink(crop), crop.getWidth(), crop.getHeight(), line.height * scale, inner);
    }

    /** Otsu's ink, on the side away from the crop's border (the ground). */
    static boolean[] ink(ByteProcessor crop) {
        int w = crop.getWidth();
        int h = crop.getHeight();
        int threshold = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, crop.getHistogram());
        int[] border = new int[2 * (w + h)];
        int n = 0;
        for (int x = 0; x < w; x++) {
            border[n++] = crop.get(x, 0);
            border[n++] = crop.get(x, h - 1);
        }
        for (int y = 0; y < h; y++) {
            border[n++] = crop.get(0, y);
            border[n++] = crop.get(w - 1, y);
        }
        Arrays.sort(border, 0, n);
        boolean dark = border[n / 2] > threshold;
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < ink.length; i++) {
            int v = crop.get(i);
            ink[i] = dark ? v <= threshold : v > threshold;
        }
        return ink;
    }

    /**
     * The parts (8-connected ink, holes filled) not cut by the crop's edge, at least {@link #PART}
     * of {@code height} high, measured as {@link #parts(ByteProcessor, Rectangle)} says, with
     * {@code inner} (the line's box in the crop) the whole crop.
     */
    static List<double[]> parts(boolean[] ink, int w, int h, double height) {
        return parts(ink, w, h, height, new Rectangle(w, h));
    }

    private static List<double[]> parts(boolean[] ink, int w, int h, double height, Rectangle inner) {
        int[] label = new int[w * h];
        int count = flood(ink, true, w, h, label, true);
        // Ground not reaching the edge is a hole: it belongs to the part left of it.
        int[] holes = new int[w * h];
        int holeCount = flood(ink, false, w, h, holes, false);
        boolean[] open = new boolean[holeCount + 1];
        int[] owner = new int[holeCount + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = holes[y * w + x];
                if (g == 0) {
                    continue;
                }
                open[g] |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
                if (owner[g] == 0 && x > 0 && label[y * w + x - 1] > 0) {
                    owner[g] = label[y * w + x - 1];
                }
            }
        }
        for (int i = 0; i < label.length; i++) {
            int g = holes[i];
            if (g > 0 && !open[g] && owner[g] > 0) {
                label[i] = owner[g];
            }
        }
        // Per part: pixels, sums for its moments, its box, whether it meets the edge.
        double[][] m = new double[count + 1][6];
        int innerInk = 0;
        int[] innerOf = new int[count + 1];
        int[][] rowLo = new int[count + 1][];
        int[][] rowHi = new int[count + 1][];
        int[][] box = new int[count + 1][];
        boolean[] cut = new boolean[count + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int l = label[y * w + x];
                if (l == 0) {
                    continue;
                }
                double[] s = m[l];
                s[0]++;
                s[1] += x;
                s[2] += y;
                s[3] += (double) x * x;
                s[4] += (double) y * y;
                s[5] += (double) x * y;
                if (ink[y * w + x] && inner.contains(x, y)) {
                    innerOf[l]++;
                    innerInk++;
                }
                if (box[l] == null) {
                    box[l] = new int[] {x, y, x, y};
                    rowLo[l] = new int[h];
                    rowHi[l] = new int[h];
                    Arrays.fill(rowLo[l], -1);
                } else {
                    box[l][0] = Math.min(box[l][0], x);
                    box[l][2] = Math.max(box[l][2], x);
                    box[l][3] = y;
                }
                cut[l] |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
                if (rowLo[l][y] < 0) {
                    rowLo[l][y] = x;
                }
                rowHi[l][y] = x;
            }
        }
        double[][] inverse = new double[count + 1][];
        double[][] centre = new double[count + 1][];
        List<double[]> parts = new ArrayList<>();
        int[] index = new int[count + 1];
        for (int l = 1; l <= count; l++) {
            double[] s = m[l];
            int partHeight = box[l][3] - box[l][1] + 1;
            if (cut[l] || partHeight < PART * height || s[0] < 4) {
                continue;
            }
            double cx = s[1] / s[0];
            double cy = s[2] / s[0];
            double xx = s[3] / s[0] - cx * cx + 1 / 12.0; // a pixel's own spread
            double yy = s[4] / s[0] - cy * cy + 1 / 12.0;
            double xy = s[5] / s[0] - cx * cy;
            double det = xx * yy - xy * xy;
            if (det <= 0) {
                continue;
            }
            // The ellipse of equal second moments: (p - c)' C^-1 (p - c) <= 4, area 4 pi sqrt(det C).
            inverse[l] = new double[] {yy / det, -xy / det, xx / det, 4 * Math.PI * Math.sqrt(det)};
            centre[l] = new double[] {cx, cy};
            index[l] = parts.size() + 1;
            parts.add(new double[] {s[0], 0, box[l][1], partHeight, s[0] / hullArea(rowLo[l], rowHi[l]),
                s[0] / ((box[l][2] - box[l][0] + 1.0) * partHeight), innerOf[l], 0, 0});
        }
        int cutInk = 0;
        for (int l = 1; l <= count; l++) {
            cutInk += cut[l] ? innerOf[l] : 0;
        }
        int[] inside = new int[count + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int l = label[y * w + x];
                if (l == 0 || index[l] == 0) {
                    continue;
                }
                double dx = x - centre[l][0];
                double dy = y - centre[l][1];
                double[] q = inverse[l];
                inside[l] += q[0] * dx * dx + 2 * q[1] * dx * dy + q[2] * dy * dy <= 4 ? 1 : 0;
            }
        }
        for (int l = 1; l <= count; l++) {
            if (index[l] > 0) {
                double[] p = parts.get(index[l] - 1);
                p[1] = inside[l] / (p[0] + inverse[l][3] - inside[l]);
                p[7] = innerInk;
                p[8] = cutInk;
            }
        }
        return parts;
    }

    /** The area of the convex hull of a part's pixels (as squares), given each row's first and last ink. */
    static double hullArea(int[] lo, int[] hi) {
        List<double[]> points = new ArrayList<>();
        for (int y = 0; y < lo.length; y++) {
            if (lo[y] >= 0) {
                points.add(new double[] {lo[y], y});
                points.add(new double[] {lo[y], y + 1});
                points.add(new double[] {hi[y] + 1, y});
                points.add(new double[] {hi[y] + 1, y + 1});
            }
        }
        points.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int n = points.size();
        double[][] hull = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) { // Andrew's monotone chain: lower hull, then upper
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], points.get(i)) <= 0) {
                k--;
            }
            hull[k++] = points.get(i);
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(hull[k - 2], hull[k - 1], points.get(i)) <= 0) {
                k--;
            }
            hull[k++] = points.get(i);
        }
        double area = 0;
        for (int i = 0; i + 1 < k; i++) {
            area += hull[i][0] * hull[i + 1][1] - hull[i + 1][0] * hull[i][1];
        }
        return Math.abs(area) / 2;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * Labels the connected pixels whose {@code on} is {@code value}, 8- or 4-connected, numbered
     * in the order of each one's first pixel row by row; returns how many. Runs of a row are
     * joined to the runs they touch in the row above ({@link InkRuns}' union-find): a flood
     * visiting every pixel's neighbours one by one took most of a clean frame's check for cells.
     */
    static int flood(boolean[] on, boolean value, int w, int h, int[] label, boolean eight) {
        InkRuns runs = new InkRuns();
        int[] rowStart = new int[h + 1];
        for (int y = 0; y < h; y++) {
            rowStart[y] = runs.size;
            for (int x = 0, i = y * w; x < w; ) {
                if (on[i] != value) {
                    x++;
                    i++;
                    continue;
                }
                int from = x;
                while (x < w && on[i] == value) {
                    x++;
                    i++;
                }
                runs.add(y, from, x);
            }
        }
        rowStart[h] = runs.size;
        int reach = eight ? 1 : 0; // diagonal neighbours join runs one pixel apart
        for (int y = 1; y < h; y++) {
            int a = rowStart[y - 1];
            int b = rowStart[y];
            while (a < rowStart[y] && b < rowStart[y + 1]) {
                if (runs.x0[a] < runs.x1[b] + reach && runs.x0[b] < runs.x1[a] + reach) {
                    runs.join(a, b);
                }
                if (runs.x1[a] < runs.x1[b]) {
                    a++;
                } else {
                    b++;
                }
            }
        }
        int count = 0;
        int[] number = new int[runs.size];
        for (int r = 0; r < runs.size; r++) { // runs lie row by row: each set numbered at its first
            int root = runs.find(r);
            if (number[root] == 0) {
                number[root] = ++count;
            }
            Arrays.fill(label, runs.y[r] * w + runs.x0[r], runs.y[r] * w + runs.x1[r], number[root]);
        }
        return count;
    }
}
