package io.github.fijiocr.locate;

/**
 * The stroke cue of scene-text detectors, measured cheaply along rows and columns: at a typical
 * pixel of a character the ink runs short across the stroke however long it runs along it, while a
 * cell, a speck or a blob is solid and its pixels run long both ways ({@link SceneLines} judges its
 * components the same way).
 */
final class Strokes {
    private Strokes() {
    }

    /** The mean over {@code mask}'s ink pixels (non-zero) of the shorter of their row's and column's run; 0 without ink. */
    static double meanShortRun(byte[] mask, int w, int h) {
        int[] across = new int[w * h]; // each ink pixel's run along its row
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (mask[y * w + x] == 0) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < w && mask[y * w + end] != 0) {
                    end++;
                }
                for (int i = x; i < end; i++) {
                    across[y * w + i] = end - x;
                }
                x = end;
            }
        }
        long sum = 0;
        long ink = 0;
        for (int x = 0; x < w; x++) {
            int y = 0;
            while (y < h) {
                if (mask[y * w + x] == 0) {
                    y++;
                    continue;
                }
                int end = y;
                while (end < h && mask[end * w + x] != 0) {
                    end++;
                }
                for (int i = y; i < end; i++) {
                    sum += Math.min(end - y, across[i * w + x]);
                }
                ink += end - y;
                y = end;
            }
        }
        return ink == 0 ? 0 : (double) sum / ink;
    }
}
