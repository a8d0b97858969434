package io.github.fijiocr.locate;

import java.awt.Rectangle;

/** One connected piece of ink as Analyze Particles measured it. */
final class Particle {
    /** Its value in the label image (1-based). */
    final int label;
    final Rectangle box;
    final int area;
    final double solidity;

    Particle(int label, Rectangle box, int area, double solidity) {
        this.label = label;
        this.box = box;
        this.area = area;
        this.solidity = solidity;
    }
}
