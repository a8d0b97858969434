package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.dataset.SampleStack;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.preprocess.Preprocessor;
import java.util.List;

/**
 * What the network sees, as images: each input drawn as an 8-bit square whose pixel v is the
 * network's input v / 255 exactly.
 */
public final class NetworkView {
    private final Preprocessor preprocessor;

    public NetworkView(Preprocessor preprocessor) {
        this.preprocessor = preprocessor;
    }

    /** One whole image that is one character. */
    public ByteProcessor of(ByteProcessor gray) {
        return draw(preprocessor.wholeImage(gray), preprocessor.settings().size());
    }

    /** Every slice of an image, with its slice labels. */
    public ImagePlus of(ImagePlus image) {
        int n = preprocessor.settings().size();
        ImageStack stack = new ImageStack(n, n);
        for (int s = 1; s <= image.getStackSize(); s++) {
            stack.addSlice(image.getStack().getSliceLabel(s), of(GrayImages.slice(image, s)));
        }
        return new ImagePlus(image.getTitle() + " as the network sees it", stack);
    }

    /** A whole dataset, drawn slice by slice as it is browsed. */
    public SampleStack of(List<Sample> samples) {
        int n = preprocessor.settings().size();
        return new SampleStack(n, n, samples, s -> of(s.image()));
    }

    private static ByteProcessor draw(float[] input, int size) {
        byte[] px = new byte[input.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.round(input[i] * 255);
        }
        return new ByteProcessor(size, size, px);
    }
}
