package io.github.fijiocr.bench;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import io.github.fijiocr.command.LiveReadTextCommand;
import io.github.fijiocr.io.ImageFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * Runs "Live Read Text" with its window, playing a generated recording as the camera at 5
 * frames/s, so that a screenshot of the live window can be taken (scripts/screenshot-live runs
 * it under Xvfb). Usage: {@code LiveWindowShot TEST_IMAGES_DIR SECONDS}.
 */
public final class LiveWindowShot {
    private LiveWindowShot() {
    }

    public static void main(String[] args) throws Exception {
        Path frames = Files.createTempDirectory("live-frames");
        ByteProcessor line = ImageFiles.readGray(Path.of(args[0]).resolve("timestamp.png"));
        Random noise = new Random(1);
        ImageStack stack = new ImageStack(640, 480);
        for (int i = 0; i < 60; i++) {
            ByteProcessor frame = new ByteProcessor(640, 480);
            frame.setValue(230);
            frame.fill();
            frame.insert(line, 40 + i % 7, 200 + (i * 3) % 11);
            frame.noise(6 + noise.nextInt(4));
            stack.addSlice(new ColorProcessor(frame.createImage()));
        }
        ij.IJ.saveAsTiff(new ImagePlus("recording", stack), frames.resolve("recording.tif").toString());
        try (Context context = new Context()) {
            context.service(CommandService.class).run(LiveReadTextCommand.class, true, Map.of("camera",
                frames.resolve("recording.tif").toString(), "seconds", Double.parseDouble(args[1]), "replay_fps", 5.0,
                "vote", 5)).get();
        }
        System.exit(0);
    }
}
