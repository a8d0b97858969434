package io.github.fijiocr.bench;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import io.github.fijiocr.capture.FrameReader;
import io.github.fijiocr.capture.LiveReader;
import io.github.fijiocr.capture.VirtualCamera;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.synth.TextScenes;
import java.util.Arrays;
import java.util.Random;

/**
 * Issue 7's figure: sustained frames per second of the live loop at 640x480 (RGB frames, as a
 * camera delivers them), recognition included, one ND4J thread as the command uses: text mode
 * with one 10-character line per frame, and the seed's mode (the frame is one character).
 * Usage: {@code LiveBenchmark [frames_per_run] [runs]}.
 */
public final class LiveBenchmark {
    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OcrModel model = ModelFile.bundled();
        Nd4jRuntime.useThreads(1);
        ImagePlus stack = frames(frames);
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        OcrModel line = ModelFile.bundledLine();
        for (int pass = 0; pass < 4; pass++) {
            // Text mode with the line model (Read Text's default reader), then each mode with the
            // character model, each with Live Read Text's default layout (lines); last, the line
            // model with layout=auto (Read Text's default, which also looks for scene text).
            FrameReader.Mode mode = pass == 0 || pass == 3 ? FrameReader.Mode.TEXT : FrameReader.Mode.values()[pass - 1];
            OcrModel used = pass == 0 || pass == 3 ? line : model;
            ReadOptions options = ReadOptions.of(new LocateOptions(), 0.7, null).with(
                pass == 0 || pass == 3 ? ReadOptions.Reader.LINE : ReadOptions.Reader.CHARACTERS,
                pass == 3 ? ReadOptions.Layout.AUTO : ReadOptions.Layout.LINES);
            LiveReader reader = new LiveReader(new FrameReader(mode, used, options));
            reader.run(VirtualCamera.of(stack, 0), limits(30), (f, r, fps) -> { }, Progress.NONE); // warm-up
            double[] fps = new double[runs];
            int read = 0;
            for (int i = 0; i < runs; i++) {
                LiveReader.Outcome out = reader.run(VirtualCamera.of(stack, 0), limits(frames), (f, r, x) -> { },
                    Progress.NONE);
                fps[i] = out.fps;
                read = (int) out.readings.stream().filter(r -> r.text.replace(" ", "").length() == 10).count();
            }
            double[] sorted = fps.clone();
            Arrays.sort(sorted);
            String what = mode == FrameReader.Mode.TEXT ? "text mode, one 10-character line, reader="
                + (pass == 0 || pass == 3 ? "line" : "characters") + (pass == 3 ? ", layout=auto" : "")
                : "character mode (seed)";
            System.out.printf("| live loop, 640x480 RGB, %s, frames/s (median of %d runs of %d frames) | %.1f (runs: %s) |%n",
                what, runs, frames, sorted[runs / 2], Arrays.toString(round(fps)));
            if (mode == FrameReader.Mode.TEXT) {
                System.out.printf("| text mode, reader=%s: frames whose reading has 10 characters (last run) | %d of %d |%n",
                    pass == 0 || pass == 3 ? "line" : "characters", read,
                    frames);
            }
        }
        System.exit(0);
    }

    private static LiveReader.Limits limits(int frames) {
        LiveReader.Limits l = new LiveReader.Limits();
        l.frames = frames;
        return l;
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 10) / 10.0).toArray();
    }

    /** Frames of one generated 10-character printed line at a moving position, in colour. */
    private static ImagePlus frames(int n) {
        ImageStack stack = new ImageStack(640, 480);
        Random r = new Random(10);
        TextScenes.Scene line = null;
        while (line == null || line.boxes.size() != 10 || line.image.getWidth() > 600) {
            line = TextScenes.scene("printed", r);
        }
        ByteProcessor text = new ByteProcessor(line.image);
        for (int i = 0; i < n; i++) {
            ByteProcessor gray = new ByteProcessor(640, 480);
            gray.setValue(text.get(0, 0));
            gray.fill();
            gray.insert(text, (i * 3) % (640 - text.getWidth()), 100 + (i * 7) % 250);
            stack.addSlice(new ColorProcessor(gray.createImage()));
        }
        return new ImagePlus("frames", stack);
    }
}
