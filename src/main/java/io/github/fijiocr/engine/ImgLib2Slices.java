package io.github.fijiocr.engine;

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.preprocess.GrayImages;
import java.util.AbstractList;
import java.util.List;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/**
 * ImgLib2 images (an ImageJ2 Dataset, any {@code RandomAccessibleInterval} of a real type) as
 * slices: 2D is one slice, 3D one slice per plane of the last dimension. Pixels become 8-bit
 * exactly as an ImagePlus of the same type does: 8-bit as is, 16- and 32-bit scaled min..max.
 */
public final class ImgLib2Slices {
    private ImgLib2Slices() {
    }

    public static <T extends RealType<T>> SliceSource of(RandomAccessibleInterval<T> image, String name) {
        int dims = image.numDimensions();
        if (dims < 2 || dims > 3) {
            throw new OcrException(name + " has " + dims + " dimensions: give a 2D image or a 3D stack (x, y, slice).");
        }
        int slices = dims == 2 ? 1 : (int) image.dimension(2);
        List<Slice> list = new AbstractList<Slice>() {
            @Override
            public Slice get(int i) {
                RandomAccessibleInterval<T> plane = dims == 2 ? image : Views.hyperSlice(image, 2, image.min(2) + i);
                return new Slice(name, i + 1, gray(plane), null);
            }

            @Override
            public int size() {
                return slices;
            }
        };
        return SliceSource.of(1, i -> name, i -> list);
    }

    static <T extends RealType<T>> ByteProcessor gray(RandomAccessibleInterval<T> plane) {
        int w = (int) plane.dimension(0);
        int h = (int) plane.dimension(1);
        T type = Views.iterable(plane).firstElement();
        ImageProcessor ip = type instanceof UnsignedByteType ? new ByteProcessor(w, h)
            : type instanceof UnsignedShortType ? new ShortProcessor(w, h) : new FloatProcessor(w, h);
        Cursor<T> c = Views.flatIterable(plane).cursor();
        for (int i = 0; c.hasNext(); i++) {
            ip.setf(i, c.next().getRealFloat());
        }
        return GrayImages.toGray(ip);
    }
}
