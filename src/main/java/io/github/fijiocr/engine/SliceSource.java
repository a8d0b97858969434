package io.github.fijiocr.engine;

import ij.ImagePlus;
import ij.gui.Roi;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.preprocess.GrayImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a job works through: items (files, an open image, dataset samples), each opened only when
 * reached and holding one or more slices. Opening may fail; the pipeline decides what that means.
 */
public interface SliceSource {
    int size();

    /** The item's name, for progress and messages. */
    String name(int item);

    /** The item's slices, read now. */
    List<Slice> open(int item) throws IOException;

    /** Every image file named by an input (one file, or a folder searched recursively). */
    static SliceSource files(ImageSource files) {
        return new SliceSource() {
            @Override
            public int size() {
                return files.files().size();
            }

            @Override
            public String name(int item) {
                return files.name(files.files().get(item));
            }

            @Override
            public List<Slice> open(int item) throws IOException {
                Path file = files.files().get(item);
                return slices(files.open(file), name(item));
            }
        };
    }

    /** An open image or stack; its area selection, if any, limits the search. */
    static SliceSource image(ImagePlus image, String name) {
        return of(1, i -> name, i -> slices(image, name));
    }

    /** Samples of a dataset, each one slice labelled with its class or text. */
    static SliceSource samples(CharacterDataset data, int[] indices) {
        return new SliceSource() {
            @Override
            public int size() {
                return indices.length;
            }

            @Override
            public String name(int item) {
                return data.samples().get(indices[item]).key();
            }

            @Override
            public List<Slice> open(int item) throws IOException {
                Sample s = data.samples().get(indices[item]);
                return List.of(new Slice(s.key(), 1, s.read(), null, s.label(), indices[item]));
            }
        };
    }

    /** Every sample of a dataset. */
    static SliceSource samples(CharacterDataset data) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return samples(data, all);
    }

    /** Items whose slices are already known (ImgLib2 images, tests). */
    static SliceSource of(int size, IntFunction<String> names, IntFunction<List<Slice>> slices) {
        return new SliceSource() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public String name(int item) {
                return names.apply(item);
            }

            @Override
            public List<Slice> open(int item) {
                return slices.apply(item);
            }
        };
    }

    /**
     * Slices of an image as 8-bit gray, each converted when it is reached and not kept, so a
     * virtual stack streams.
     */
    static List<Slice> slices(ImagePlus image, String name) {
        Roi roi = image.getRoi() != null && image.getRoi().isArea() ? image.getRoi() : null;
        int n = image.getStackSize();
        return new AbstractList<Slice>() {
            @Override
            public Slice get(int i) {
                return new Slice(name, i + 1, GrayImages.slice(image, i + 1), roi);
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
