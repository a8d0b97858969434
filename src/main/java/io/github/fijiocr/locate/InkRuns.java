package io.github.fijiocr.locate;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mask's runs of ink, row by row, joined into 8-connected components by a union-find over runs
 * ({@link SceneLines} labels fourteen masks an image: runs visit a mask's huge background far
 * faster than a pixel flood fill), and each component's box if it is shaped like a character.
 */
final class InkRuns {
    int size;
    int[] y = new int[1024];
    int[] x0 = new int[1024];
    int[] x1 = new int[1024];
    long[] stroke = new long[1024];
    int[] parent = new int[1024];

    int add(int row, int from, int to, long strokes) {
        if (size == y.length) {
            int n = size * 2;
            y = Arrays.copyOf(y, n);
            x0 = Arrays.copyOf(x0, n);
            x1 = Arrays.copyOf(x1, n);
            stroke = Arrays.copyOf(stroke, n);
            parent = Arrays.copyOf(parent, n);
        }
        y[size] = row;
        x0[size] = from;
        x1[size] = to;
        stroke[size] = strokes;
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

    /** Each component's box, if it is shaped like a character (see {@link SceneLines#characterLike}). */
    List<Rectangle> components(int w, int h) {
        int[] minX = new int[size];
        int[] maxX = new int[size];
        int[] minY = new int[size];
        int[] maxY = new int[size];
        long[] n = new long[size];
        long[] strokes = new long[size];
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(minY, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        Arrays.fill(maxY, -1);
        for (int i = 0; i < size; i++) {
            int r = find(i);
            minX[r] = Math.min(minX[r], x0[i]);
            maxX[r] = Math.max(maxX[r], x1[i] - 1);
            minY[r] = Math.min(minY[r], y[i]);
            maxY[r] = Math.max(maxY[r], y[i]);
            n[r] += x1[i] - x0[i];
            strokes[r] += stroke[i];
        }
        List<Rectangle> out = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            if (n[r] == 0) {
                continue;
            }
            int bw = maxX[r] - minX[r] + 1;
            int bh = maxY[r] - minY[r] + 1;
            double fill = (double) n[r] / ((long) bw * bh);
            boolean border = minX[r] == 0 || minY[r] == 0 || maxX[r] == w - 1 || maxY[r] == h - 1;
            if (!border && n[r] >= SceneLines.MIN_PIXELS && bh >= SceneLines.MIN_HEIGHT && bh <= 0.8 * h && bw <= 2.0 * bh
                && bw * 12 >= bh && fill >= 0.12 && fill <= 0.95 && strokes[r] <= SceneLines.MAX_STROKE * bh * n[r]) {
                out.add(new Rectangle(minX[r], minY[r], bw, bh));
            }
        }
        return out;
    }
}
