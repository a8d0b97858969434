package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Particles taken as one piece of a character, or as a whole one, while the locator works. */
final class Part {
    Rectangle box;
    final List<Particle> particles = new ArrayList<>();
    /** The labels of {@link #particles}, so "is this pixel mine" costs one lookup. */
    private final BitSet labels = new BitSet();
    /** Columns [from, to) of the particles that belong to this part (narrower after a split). */
    int from;
    int to;

    Part(Particle p) {
        box = new Rectangle(p.box);
        particles.add(p);
        labels.set(p.label);
        from = box.x;
        to = box.x + box.width;
    }

    private Part(Rectangle box, List<Particle> particles, int from, int to) {
        this.box = box;
        this.particles.addAll(particles);
        particles.forEach(p -> labels.set(p.label));
        this.from = from;
        this.to = to;
    }

    void absorb(Part other) {
        box = box.union(other.box);
        particles.addAll(other.particles);
        labels.or(other.labels);
        from = box.x;
        to = box.x + box.width;
    }

    /** The columns [x0, x1) of this part, its box shrunk to the ink left there. */
    Part columns(int x0, int x1, Particles all, int imageWidth) {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = x0; x < x1; x++) {
                if (owns(all.labels[y * imageWidth + x])) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        Rectangle r = bottom < 0 ? new Rectangle(x0, box.y, x1 - x0, box.height)
            : new Rectangle(x0, top, x1 - x0, bottom - top + 1);
        return new Part(r, particles, x0, x1);
    }

    boolean owns(int label) {
        return label > 0 && labels.get(label);
    }

    int area() {
        int a = 0;
        for (Particle p : particles) {
            a += p.area;
        }
        return a;
    }

    /** Solidity of the largest particle: a broken glyph's parts are each solid, a smear is not. */
    double solidity() {
        Particle largest = particles.get(0);
        for (Particle p : particles) {
            largest = p.area > largest.area ? p : largest;
        }
        return largest.solidity;
    }

    double cx() {
        return box.x + box.width / 2.0;
    }

    double cy() {
        return box.y + box.height / 2.0;
    }

    static List<Part> of(List<Particle> particles) {
        List<Part> out = new ArrayList<>();
        for (Particle p : particles) {
            out.add(new Part(p));
        }
        return out;
    }

    /** Horizontal gap between boxes (negative when they overlap in x). */
    static int gapX(Rectangle a, Rectangle b) {
        return Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
    }

    static int gapY(Rectangle a, Rectangle b) {
        return Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
    }
}
