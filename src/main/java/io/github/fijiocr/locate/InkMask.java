package io.github.fijiocr.locate;

import java.awt.Rectangle;

/** The thresholded ink of one image: 1 for ink, 0 for ground, over the whole image. */
final class InkMask {
    final int width;
    final int height;
    final byte[] ink;
    /** The searched part of the image (the ROI's bounds, or the whole image). */
    final Rectangle area;
    final boolean lightText;

    InkMask(int width, int height, byte[] ink, Rectangle area, boolean lightText) {
        this.width = width;
        this.height = height;
        this.ink = ink;
        this.area = area;
        this.lightText = lightText;
    }

    /** The same image and area with other ink. */
    InkMask with(byte[] otherInk) {
        return new InkMask(width, height, otherInk, area, lightText);
    }

    /** Whether a box reaches the edge of the searched area. */
    boolean touchesBorder(Rectangle box) {
        return box.x <= area.x || box.y <= area.y || box.x + box.width >= area.x + area.width
            || box.y + box.height >= area.y + area.height;
    }
}
