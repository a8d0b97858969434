package io.github.fijiocr.dataset;

import ij.VirtualStack;
import ij.process.ByteProcessor;
import java.util.List;
import java.util.function.Function;

/**
 * A dataset as an ImageJ stack to browse, one sample per slice, the slice label its class. Slices
 * are drawn when shown, so a stack of 100,000 samples costs no more memory than one of ten.
 */
public final class SampleStack extends VirtualStack {
    private final List<Sample> samples;
    private final Function<Sample, ByteProcessor> draw;

    /** {@code draw} makes a width x height 8-bit slice of a sample. */
    public SampleStack(int width, int height, List<Sample> samples, Function<Sample, ByteProcessor> draw) {
        super(width, height);
        this.samples = samples;
        this.draw = draw;
    }

    /** Each sample fitted into a box as large as the largest sample (at most {@code max} a side), aspect kept. */
    public static SampleStack fitted(List<Sample> samples, int max) {
        int w = 8;
        int h = 8;
        for (Sample s : samples) {
            w = Math.max(w, Math.min(max, s.facts().width()));
            h = Math.max(h, Math.min(max, s.facts().height()));
        }
        int width = w;
        int height = h;
        return new SampleStack(width, height, samples, s -> fit(s.image(), width, height));
    }

    @Override
    public ByteProcessor getProcessor(int n) {
        return draw.apply(samples.get(n - 1));
    }

    @Override
    public Object getPixels(int n) {
        return getProcessor(n).getPixels();
    }

    @Override
    public void setPixels(Object pixels, int n) {
        // Drawn from the dataset each time; edits are not kept.
    }

    @Override
    public int getSize() {
        return samples.size();
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public String getSliceLabel(int n) {
        return samples.get(n - 1).label();
    }

    @Override
    public int getBitDepth() {
        return 8;
    }

    /** Scaled down to fit if larger, centred, on the image's own border gray. */
    static ByteProcessor fit(ByteProcessor img, int width, int height) {
        double scale = Math.min(1, Math.min((double) width / img.getWidth(), (double) height / img.getHeight()));
        int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
        ByteProcessor small = scale < 1 ? (ByteProcessor) img.resize(w, h, true) : img;
        ByteProcessor out = new ByteProcessor(width, height);
        out.setValue(borderMean(img));
        out.fill();
        out.insert(small, (width - w) / 2, (height - h) / 2);
        return out;
    }

    private static int borderMean(ByteProcessor img) {
        long sum = 0;
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            sum += img.get(x, 0) + img.get(x, img.getHeight() - 1);
            n += 2;
        }
        for (int y = 0; y < img.getHeight(); y++) {
            sum += img.get(0, y) + img.get(img.getWidth() - 1, y);
            n += 2;
        }
        return (int) (sum / n);
    }
}
