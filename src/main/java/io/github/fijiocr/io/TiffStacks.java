package io.github.fijiocr.io;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.TiffEncoder;
import java.io.IOException;
import java.nio.file.Path;

/** Writes an image or stack (virtual ones too) as one TIFF, slice labels kept, atomically. */
public final class TiffStacks {
    private TiffStacks() {
    }

    public static void write(ImagePlus image, Path file) throws IOException {
        ImageStack source = image.getStack();
        ImageStack solid = new ImageStack(image.getWidth(), image.getHeight());
        for (int s = 1; s <= source.getSize(); s++) {
            solid.addSlice(source.getSliceLabel(s), source.getProcessor(s));
        }
        ImagePlus whole = new ImagePlus(image.getTitle(), solid);
        ij.io.FileInfo info = whole.getFileInfo();
        info.sliceLabels = solid.getSliceLabels(); // as FileSaver does; getFileInfo leaves them out
        TiffEncoder encoder = new TiffEncoder(info);
        AtomicFiles.write(file, encoder::write);
    }
}
