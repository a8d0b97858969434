package io.github.fijiocr.capture;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;
import io.github.fijiocr.io.ImageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Plays an image stack, an image file or a folder of images (natural order, every slice of every
 * file) as a live camera: for replaying a recording, and for testing the live loop without a
 * camera. With {@code fps} above 0 it delivers no faster than that, as a camera would.
 */
public final class VirtualCamera implements FrameSource {
    private final String name;
    private final Deque<Path> files = new ArrayDeque<>();
    private final ImageSource source;
    private final long frameNanos;
    private ImageStack stack;
    private int slice;
    private long last;

    private VirtualCamera(String name, ImageStack stack, ImageSource source, double fps) {
        this.name = name;
        this.stack = stack;
        this.source = source;
        if (source != null) {
            files.addAll(source.files());
        }
        this.frameNanos = fps > 0 ? (long) (1e9 / fps) : 0;
    }

    /** Plays the slices of an open image. */
    public static VirtualCamera of(ImagePlus image, double fps) {
        return new VirtualCamera(image.getTitle(), image.getStack(), null, fps);
    }

    /** Plays an image file or every image of a folder. */
    public static VirtualCamera of(Path path, double fps) {
        return new VirtualCamera(path.toString(), null, ImageSource.of(path), fps);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ImageProcessor next() {
        while (stack == null || slice >= stack.getSize()) {
            if (files.isEmpty()) {
                return null;
            }
            Path file = files.removeFirst();
            try {
                stack = source.open(file).getStack();
                slice = 0;
            } catch (IOException e) {
                throw new CaptureException("Cannot play " + file + ": " + e.getMessage()
                    + " Remove or replace the file, or play another folder.", e);
            }
        }
        pace();
        slice++;
        return stack.getProcessor(slice);
    }

    private void pace() {
        if (frameNanos == 0) {
            return;
        }
        long wait = last + frameNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        last = System.nanoTime();
    }

    @Override
    public void close() {
        stack = null;
        files.clear();
    }
}
