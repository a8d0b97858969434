package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mask's runs of ink, row by row, joined into 8-connected components by a union-find over runs
 * ({@link SceneLines} labels fourteen masks an image: runs visit a mask's huge background far
 * faster than a pixel flood fill), and each component's box if it is shaped like a character.
 * One instance serves every mask of an image ({@link #clear}), so its arrays grow once.
 */
final class InkRuns {
    int size;
    int[] y = new int[1024];
    int[] x0 = new int[1024];
    int[] x1 = new int[1024];
    /** Per run, the sum of its pixels' shorter runs (set only for runs of shaped components). */
    long[] stroke = new long[1024];
    int[] parent = new int[1024];
    /** After {@link #label}: each run's component (its root run). */
    int[] root = new int[1024];
    private int[] minX = new int[0];
    private int[] maxX = new int[0];
    private int[] minY = new int[0];
    private int[] maxY = new int[0];
    private long[] n = new long[0];
    private boolean[] shaped = new boolean[0];

    /** Empty again, keeping the arrays for the next mask. */
    void clear() {
        size = 0;
    }

    /** A run of row {@code row}, columns {@code from} to {@code to} (exclusive); its stroke comes later. */
    int add(int row, int from, int to) {
        if (size == y.length) {
            int grown = size * 2;
            y = Arrays.copyOf(y, grown);
            x0 = Arrays.copyOf(x0, grown);
            x1 = Arrays.copyOf(x1, grown);
            stroke = Arrays.copyOf(stroke, grown);
            parent = Arrays.copyOf(parent, grown);
            root = Arrays.copyOf(root, grown);
        }
        y[size] = row;
        x0[size] = from;
        x1[size] = to;
        stroke[size] = 0;
        parent[size] = size;
        return size++;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * Each run's component ({@link #root}), each component's box and pixel count, and whether it
     * passes every shape rule but the stroke's (indexed by root; the stroke is judged in
     * {@link #components}): not cut by the image's border, and a character's size and fill (or,
     * up to {@code widest} heights wide, a few characters': letters that touch, {@link SceneLines#touching}).
     * With {@code smallLetters}, parts down to {@link SceneLines#SMALL_HEIGHT} high pass too, up
     * to {@link SceneLines#MAX_TOUCHING} heights wide (a serif face's small letters join at their
     * feet), with fewer pixels; and so wide, parts under {@code touchingHeight}
     * ({@link SceneLines#TOUCHING_HEIGHT} at the scale searched).
     */
    boolean[] label(int w, int h, double widest, boolean smallLetters, int touchingHeight) {
        if (minX.length < size) {
            int grown = Math.max(size, 2 * minX.length);
            minX = new int[grown];
            maxX = new int[grown];
            minY = new int[grown];
            maxY = new int[grown];
            n = new long[grown];
            shaped = new boolean[grown];
        }
        Arrays.fill(minX, 0, size, Integer.MAX_VALUE);
        Arrays.fill(minY, 0, size, Integer.MAX_VALUE);
        Arrays.fill(maxX, 0, size, -1);
        Arrays.fill(maxY, 0, size, -1);
        Arrays.fill(n, 0, size, 0);
        for (int i = 0; i < size; i++) {
            int r = find(i);
            root[i] = r;
            minX[r] = Math.min(minX[r], x0[i]);
            maxX[r] = Math.max(maxX[r], x1[i] - 1);
            minY[r] = Math.min(minY[r], y[i]);
            maxY[r] = Math.max(maxY[r], y[i]);
            n[r] += x1[i] - x0[i];
        }
        for (int r = 0; r < size; r++) {
            shaped[r] = false;
            if (n[r] == 0) {
                continue;
            }
            int bw = maxX[r] - minX[r] + 1;
            int bh = maxY[r] - minY[r] + 1;
            double fill = (double) n[r] / ((long) bw * bh);
            boolean border = minX[r] == 0 || minY[r] == 0 || maxX[r] == w - 1 || maxY[r] == h - 1;
            boolean small = bh < SceneLines.MIN_HEIGHT;
            if (small && !(smallLetters && bh >= SceneLines.SMALL_HEIGHT)) {
                continue;
            }
            // Small letters, and in a whole image's search low parts, may be letters that touch.
            boolean touching = small || smallLetters && bh < touchingHeight;
            shaped[r] = !border && n[r] >= (small ? SceneLines.SMALL_PIXELS : SceneLines.MIN_PIXELS) && bh <= 0.8 * h
                && bw <= (touching ? Math.max(widest, SceneLines.MAX_TOUCHING) : widest) * bh && bw * 12 >= bh
                && fill >= 0.12 && fill <= 0.95;
        }
        return shaped;
    }

    /**
     * After {@link #label} and the strokes of the shaped components' runs: the boxes of those whose
     * mean stroke is at most {@link SceneLines#MAX_STROKE} of their height (see
     * {@link SceneLines#characterLike}).
     */
    List<Rectangle> components() {
        long[] strokes = new long[size];
        for (int i = 0; i < size; i++) {
            if (shaped[root[i]]) {
                strokes[root[i]] += stroke[i];
            }
        }
        List<Rectangle> out = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            if (shaped[r]) {
                int bh = maxY[r] - minY[r] + 1;
                if (strokes[r] <= SceneLines.MAX_STROKE * bh * n[r]) {
                    out.add(new Rectangle(minX[r], minY[r], maxX[r] - minX[r] + 1, bh));
                }
            }
        }
        return out;
    }
}
