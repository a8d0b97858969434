package io.github.fijiocr.train;

import ij.process.ByteProcessor;
import io.github.fijiocr.dataset.DatasetSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Three easy, made-up characters for fast training tests: "|" (a vertical bar), "-" (a
 * horizontal bar) and "x" (two diagonals), each drawn dark on light with a random offset and
 * noise. A working trainer tells them apart within an epoch or two; a broken one stays at chance.
 */
final class Glyphs {
    static final List<String> CLASSES = List.of("bar", "dash", "cross");
    static final int SIZE = 32;

    final List<float[]> inputs = new ArrayList<>();
    final int[] labels;
    final DatasetSplit split;

    Glyphs(int perClass, long seed) {
        Random random = new Random(seed);
        labels = new int[perClass * CLASSES.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % CLASSES.size();
            inputs.add(draw(labels[i], random));
        }
        split = DatasetSplit.stratified(labels, 0.2, 0.2, seed);
    }

    static float[] draw(int cls, Random random) {
        float[] px = new float[SIZE * SIZE];
        int dx = random.nextInt(7) - 3;
        int dy = random.nextInt(7) - 3;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int u = x - 16 - dx;
                int v = y - 16 - dy;
                boolean ink = cls == 0 ? Math.abs(u) <= 2 && Math.abs(v) <= 11
                    : cls == 1 ? Math.abs(v) <= 2 && Math.abs(u) <= 11
                    : Math.abs(u) <= 10 && (Math.abs(u - v) <= 2 || Math.abs(u + v) <= 2);
                float value = ink ? 0.1f : 0.9f;
                px[y * SIZE + x] = Math.max(0, Math.min(1, value + (float) random.nextGaussian() * 0.08f));
            }
        }
        return px;
    }

    /** The same characters as a folder per class of 8-bit PNGs. */
    static Path writeFolders(Path dir, int perClass, long seed) throws IOException {
        Random random = new Random(seed);
        for (int c = 0; c < CLASSES.size(); c++) {
            Path classDir = Files.createDirectories(dir.resolve(CLASSES.get(c)));
            for (int i = 0; i < perClass; i++) {
                float[] px = draw(c, random);
                ByteProcessor bp = new ByteProcessor(SIZE, SIZE);
                for (int k = 0; k < px.length; k++) {
                    bp.set(k, Math.round(px[k] * 255));
                }
                ImageIO.write(bp.getBufferedImage(), "png", classDir.resolve(i + ".png").toFile());
            }
        }
        return dir;
    }
}
