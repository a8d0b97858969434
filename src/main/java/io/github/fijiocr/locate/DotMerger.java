package io.github.fijiocr.locate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Dot-matrix and inkjet characters fall apart into dots (HALCON closes them with a dilation). When
 * most particles are dots of one size, dots closer than 1.5 times their usual gap are joined: dots
 * within a character are one gap apart, characters at least a gap and a dot.
 */
final class DotMerger {
    /** At least this many dots, and this share of all particles, make an image dot-matrix print. */
    private static final int MIN_DOTS = 12;
    private static final double MIN_SHARE = 0.6;
    private static final double MIN_FILL = 0.65;
    private static final double MIN_SOLIDITY = 0.85;

    private DotMerger() {
    }

    static List<Part> merge(List<Part> parts) {
        if (parts.size() < MIN_DOTS) {
            return parts;
        }
        int[] sizes = parts.stream().mapToInt(p -> Math.max(p.box.width, p.box.height)).sorted().toArray();
        double d = sizes[sizes.length / 2];
        List<Integer> dots = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            int big = Math.max(p.box.width, p.box.height);
            int small = Math.min(p.box.width, p.box.height);
            // A dot fills its box (a disc 79%) and is convex; letters and digits are neither.
            // A disc of 3 or 4 pixels digitises to a plus or a ring of 5 to 12 pixels.
            boolean tiny = big <= 4;
            boolean filled = tiny ? p.area() >= 0.5 * p.box.width * p.box.height
                : p.area() >= MIN_FILL * p.box.width * p.box.height && p.solidity() >= MIN_SOLIDITY;
            if (big >= 0.6 * d && big <= 1.6 * d && small >= 0.5 * big && filled) {
                dots.add(i);
            }
        }
        if (dots.size() < MIN_DOTS || dots.size() < MIN_SHARE * parts.size()) {
            return parts;
        }
        double gap = usualGap(parts, dots);
        if (gap > 1.5 * d) {
            return parts; // scattered specks, not a dot matrix
        }
        // Dots that touch already form strokes: every part short of a line of text takes part.
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (Math.max(p.box.width, p.box.height) <= 10 * d) {
                members.add(i);
            }
        }
        members.sort(Comparator.comparingInt(i -> parts.get(i).box.x));
        double join = 1.5 * gap + 1;
        UnionFind groups = new UnionFind(parts.size());
        for (int a = 0; a < members.size(); a++) {
            Part pa = parts.get(members.get(a));
            int reach = pa.box.x + pa.box.width;
            for (int b = a + 1; b < members.size(); b++) {
                Part pb = parts.get(members.get(b));
                if (pb.box.x - reach > join) {
                    break;
                }
                if (Math.max(Part.gapX(pa.box, pb.box), Part.gapY(pa.box, pb.box)) <= join) {
                    groups.join(members.get(a), members.get(b));
                }
            }
        }
        return groups.merge(parts);
    }

    /** Median over dots of the gap to the nearest other dot (Chebyshev distance between boxes). */
    private static double usualGap(List<Part> parts, List<Integer> dots) {
        double[] nearest = new double[dots.size()];
        for (int a = 0; a < dots.size(); a++) {
            double best = Double.MAX_VALUE;
            for (int b = 0; b < dots.size(); b++) {
                if (a != b) {
                    Part pa = parts.get(dots.get(a));
                    Part pb = parts.get(dots.get(b));
                    best = Math.min(best, Math.max(Math.max(Part.gapX(pa.box, pb.box), Part.gapY(pa.box, pb.box)), 0));
                }
            }
            nearest[a] = best;
        }
        Arrays.sort(nearest);
        return nearest[nearest.length / 2];
    }
}
