package io.github.fijiocr.locate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Parts into lines, top to bottom. The skew is measured first from neighbouring parts of like
 * height (the fitted baseline of each pair), and undone by a shear, so a line rotated a few
 * degrees stays one band of rows; bands closer than {@code lineJoin} of their height are one line
 * (the upper and lower segments of seven-segment digits).
 */
final class LineGrouper {
    private final double lineJoin;
    private final double maxAngle;

    LineGrouper(double lineJoin, double maxAngleDegrees) {
        this.lineJoin = lineJoin;
        this.maxAngle = Math.toRadians(maxAngleDegrees);
    }

    /** The text's rotation in radians (positive: the line falls to the right), 0 when unclear. */
    double skew(List<Part> parts) {
        List<Double> angles = new ArrayList<>();
        // Parts by left edge: a part's neighbour starts within the widest part's width before it,
        // and a neighbour alike in height (at most a / 0.75 high) starts within 1.6 of its height
        // after it (a gap under 1.2 heights), so each part looks at a window, not at every part.
        List<Part> byX = new ArrayList<>(parts);
        byX.sort(Comparator.comparingInt(p -> p.box.x));
        int[] xs = byX.stream().mapToInt(p -> p.box.x).toArray();
        int widest = byX.stream().mapToInt(p -> p.box.width).max().orElse(0);
        for (Part a : parts) {
            Part next = null;
            int from = firstAtOrAfter(xs, a.box.x - widest);
            for (int k = from; k < byX.size() && xs[k] - (a.box.x + a.box.width) < 1.6 * a.box.height; k++) {
                Part b = byX.get(k);
                if (b == a || b.cx() <= a.cx()) {
                    continue;
                }
                int h = Math.max(a.box.height, b.box.height);
                boolean alike = Math.min(a.box.height, b.box.height) >= 0.75 * h && h >= 6;
                int gap = Part.gapX(a.box, b.box);
                boolean near = gap > -0.3 * h && gap < 1.2 * h && Math.abs(b.cy() - a.cy()) < 0.5 * h;
                if (alike && near && (next == null || b.cx() < next.cx())) {
                    next = b;
                }
            }
            if (next != null) {
                // Bottoms are the baseline; tops differ more between letters and digits.
                double dy = (next.box.y + next.box.height) - (a.box.y + a.box.height);
                angles.add(Math.atan2(dy, next.cx() - a.cx()));
            }
        }
        if (angles.size() < 2) {
            return 0;
        }
        double[] sorted = angles.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        return Math.abs(median) <= maxAngle ? median : 0;
    }

    /** The first index whose value is at least {@code x} in ascending {@code xs}. */
    private static int firstAtOrAfter(int[] xs, int x) {
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The parts of each line, lines top to bottom, parts in no particular order. */
    List<List<Part>> lines(List<Part> parts, double angle) {
        double tan = Math.tan(angle);
        double[][] spans = new double[parts.size()][];
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            double y = p.box.y - p.cx() * tan;
            spans[i] = new double[] {y, y + p.box.height, i};
        }
        double[][] byTop = spans.clone();
        Arrays.sort(byTop, Comparator.comparingDouble(s -> s[0]));
        List<double[]> bands = new ArrayList<>();
        for (double[] s : byTop) {
            double[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                bands.add(new double[] {s[0], s[1]});
            }
        }
        List<double[]> joined = new ArrayList<>();
        for (double[] b : bands) {
            double[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && b[0] - last[1] < lineJoin * Math.min(b[1] - b[0], last[1] - last[0])) {
                last[1] = b[1];
            } else {
                joined.add(b);
            }
        }
        List<List<Part>> lines = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            lines.add(new ArrayList<>());
        }
        for (double[] s : spans) {
            double mid = (s[0] + s[1]) / 2;
            for (int b = 0; b < joined.size(); b++) {
                if (mid >= joined.get(b)[0] && mid <= joined.get(b)[1]) {
                    lines.get(b).add(parts.get((int) s[2]));
                    break;
                }
            }
        }
        lines.removeIf(List::isEmpty);
        return lines;
    }
}
