package io.github.fijiocr.locate;

import java.awt.Rectangle;
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
        // Dot-matrix gaps are about a dot or less (0.6 in the generated print); specks scattered
        // over a page lie farther apart than that.
        if (gap > 1.5 * d) {
            return parts; // scattered specks, not a dot matrix
        }
        // Dots that touch already form strokes: every part short of a line of text takes part
        // (a 5x7 character made of touching dots is at most 7 dots high; 10 leaves room for bold).
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (Math.max(p.box.width, p.box.height) <= 10 * d) {
                members.add(i);
            }
        }
        members.sort(Comparator.comparingInt(i -> parts.get(i).box.x));
        // One pixel of slack: gaps are whole pixels, and digitising moves a dot's edge by one.
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

    /**
     * Median over dots of the gap to the nearest other dot (Chebyshev distance between boxes). Dots
     * are sorted by x, and the search for a dot's nearest stops where x alone is already farther.
     */
    private static double usualGap(List<Part> parts, List<Integer> dots) {
        Rectangle[] boxes = dots.stream().map(i -> parts.get(i).box).sorted(Comparator.comparingInt(b -> b.x))
            .toArray(Rectangle[]::new);
        int widest = Arrays.stream(boxes).mapToInt(b -> b.width).max().orElse(0);
        double[] nearest = new double[boxes.length];
        for (int a = 0; a < boxes.length; a++) {
            double best = Double.MAX_VALUE;
            for (int b = a + 1; b < boxes.length && boxes[b].x - (boxes[a].x + boxes[a].width) < best; b++) {
                best = Math.min(best, chebyshev(boxes[a], boxes[b]));
            }
            for (int b = a - 1; b >= 0 && boxes[a].x - (boxes[b].x + widest) < best; b--) {
                best = Math.min(best, chebyshev(boxes[a], boxes[b]));
            }
            nearest[a] = best;
        }
        Arrays.sort(nearest);
        return nearest[nearest.length / 2];
    }

    private static double chebyshev(Rectangle a, Rectangle b) {
        return Math.max(Math.max(Part.gapX(a, b), Part.gapY(a, b)), 0);
    }
}
