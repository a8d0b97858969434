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
 * with one 10-character line per frame, and the seed's mode (the frame is one character); and
 * issue 17's comparison of the line reader with the character path, round by round.
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
        OcrModel line = ModelFile.bundledLine();
        // Text mode with the line model (Live Read Text's default reader), then each mode with the
        // character model, each with Live Read Text's default layout (lines); last, the line model
        // with layout=auto (Read Text's default, which also looks for scene text).
        String[] names = {"text mode, one 10-character line, reader=line", "character mode (seed)",
            "text mode, one 10-character line, reader=characters",
            "text mode, one 10-character line, reader=line, layout=auto"};
        LiveReader[] readers = new LiveReader[names.length];
        for (int pass = 0; pass < names.length; pass++) {
            FrameReader.Mode mode = pass == 0 || pass == 3 ? FrameReader.Mode.TEXT
                : FrameReader.Mode.values()[pass - 1];
            OcrModel used = pass == 0 || pass == 3 ? line : model;
            ReadOptions options = ReadOptions.of(new LocateOptions(), 0.7, null).with(
                pass == 0 || pass == 3 ? ReadOptions.Reader.LINE : ReadOptions.Reader.CHARACTERS,
                pass == 3 ? ReadOptions.Layout.AUTO : ReadOptions.Layout.LINES);
            readers[pass] = new LiveReader(new FrameReader(mode, used, options));
        }
        // Every mode warmed up before any is timed, and the timed runs interleaved mode by mode:
        // the code they share (finding lines, the camera loop) is compiled by the first, and the
        // machine's slow spells fall on all of them alike.
        for (LiveReader reader : readers) {
            reader.run(VirtualCamera.of(stack, 0), limits(Math.max(30, frames / 2)), (f, r, fps) -> { }, Progress.NONE);
        }
        double[][] fps = new double[names.length][runs];
        int[] read = new int[names.length];
        for (int i = 0; i < runs; i++) {
            for (int pass = 0; pass < names.length; pass++) {
                LiveReader.Outcome out = readers[pass].run(VirtualCamera.of(stack, 0), limits(frames),
                    (f, r, x) -> { }, Progress.NONE);
                fps[pass][i] = out.fps;
                read[pass] = (int) out.readings.stream().filter(r -> r.text.replace(" ", "").length() == 10).count();
            }
        }
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        for (int pass = 0; pass < names.length; pass++) {
            System.out.printf("| live loop, 640x480 RGB, %s, frames/s (median of %d interleaved runs of %d frames)"
                + " | %.1f (runs: %s) |%n", names[pass], runs, frames, median(fps[pass]),
                Arrays.toString(round(fps[pass])));
            if (pass != 1) {
                System.out.printf("| %s: frames whose reading has 10 characters (last run) | %d of %d |%n",
                    names[pass].replace("text mode, one 10-character line, ", ""), read[pass], frames);
            }
        }
        double[] ratio = new double[runs];
        for (int i = 0; i < runs; i++) {
            ratio[i] = fps[0][i] / fps[2][i];
        }
        System.out.printf("| text mode, reader=line against reader=characters, the same round (median of %d) | %.2f"
            + " (rounds: %s) |%n", runs, median(ratio), Arrays.toString(Arrays.stream(ratio)
            .map(x -> Math.round(x * 100) / 100.0).toArray()));
        System.exit(0);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
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
