package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.io.TiffStacks;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The grid of Preview Augmentation: network inputs drawn as 8-bit tiles (pixel v is input v/255,
 * as Preprocess draws them) separated by gray lines, so that a cropped white border shows.
 */
public final class AugmentationMontage {
    public static final int GAP = 2;
    public static final int GAP_GRAY = 128;

    private final int size;
    private final ByteProcessor ip;

    public AugmentationMontage(int size, int rows, int columns) {
        this.size = size;
        ip = new ByteProcessor(origin(columns, size) - GAP, origin(rows, size) - GAP);
        ip.setValue(GAP_GRAY);
        ip.fill();
    }

    /** Left (or top) edge of tile {@code index}. */
    public static int origin(int index, int size) {
        return index * (size + GAP);
    }

    public void put(int row, int column, float[] input) {
        int x0 = origin(column, size);
        int y0 = origin(row, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                ip.set(x0 + x, y0 + y, Math.round(input[y * size + x] * 255));
            }
        }
    }

    public ImagePlus image(String title) {
        return new ImagePlus(title, ip);
    }

    /**
     * Up to {@code images} dataset indices spread over the classes: classes visited round-robin in
     * a seeded random order, a seeded random image of each; shown in class order.
     */
    public static List<Integer> pick(CharacterDataset data, int images, long seed) {
        Random random = new Random(seed);
        int[] labels = data.labelIndices();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.classes().size(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            Collections.shuffle(byClass.get(c), random);
            order.add(c);
        }
        Collections.shuffle(order, random);
        List<Integer> picked = new ArrayList<>();
        for (int round = 0; picked.size() < Math.min(images, labels.length); round++) {
            for (int c : order) {
                if (round < byClass.get(c).size() && picked.size() < images) {
                    picked.add(byClass.get(c).get(round));
                }
            }
        }
        picked.sort(Comparator.comparingInt((Integer i) -> labels[i]));
        return picked;
    }

    public static void checkFormat(File output) {
        String name = output.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".tif") && !name.endsWith(".tiff") && !name.endsWith(".png")) {
            throw new OcrException("output=" + output + ": the montage is saved as .tif or .png; end the file "
                + "name with one of them.");
        }
    }

    /** As a TIFF (ImageJ's encoder; IJ.save hangs headless) or a PNG, written atomically. */
    public static void save(ImagePlus montage, File output) {
        checkFormat(output);
        try {
            if (output.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
                AtomicFiles.write(output.toPath(), out -> ImageIO.write(montage.getProcessor().getBufferedImage(),
                    "png", out));
            } else {
                TiffStacks.write(montage, output.toPath());
            }
        } catch (IOException e) {
            throw new OcrException("Cannot write " + output + ": " + e.getMessage() + ". Choose a folder you can "
                + "write to.", e);
        }
    }
}
