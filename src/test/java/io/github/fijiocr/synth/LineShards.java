package io.github.fijiocr.synth;

import io.github.fijiocr.recognize.line.LineImage;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders training lines into shard files for a trainer in another process: the GPU build of the
 * bundled line model (scripts/make-line-model-gpu), whose trainer is PyTorch. The lines are what
 * {@link LineModelBuilder} trains on (the same renderer, fonts split and {@link LineImage}), so
 * the network sees nothing prepared differently from what it reads in Fiji.
 * <p>
 * Arguments: out_dir threads seed fonts_dir word_list [most_waiting]. Each thread writes shards
 * of {@value #LINES} lines, first to a {@code .tmp} name and then renamed to {@code .bin}, so a
 * reader never sees half a shard; it waits while {@code most_waiting} shards are unread (the
 * reader deletes what it has read) and stops when a file named {@code STOP} appears.
 * <p>
 * A shard, little-endian: int count; per line: short width (a multiple of 4), byte n, n class
 * indices into {@link LineTexts#ALPHABET}, then 32 x width grey bytes row by row (the network
 * input times 255, rounded).
 */
public final class LineShards {
    static final int LINES = 512;

    private LineShards() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        FontCatalog catalog = FontCatalog.scan(Paths.get(args[3]));
        LineTexts texts = LineTexts.load(Paths.get(args[4]));
        int mostWaiting = args.length > 5 ? Integer.parseInt(args[5]) : 64;
        LineFonts fonts = LineFonts.split(catalog);
        System.out.println("fonts: " + fonts.train().size() + " to train on, " + catalog.segment().size()
            + " segment fonts, held out: " + fonts.heldOutNames());
        Files.createDirectories(out);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            LineBatches lines = new LineBatches(texts, new LineRenderer(fonts.train(), catalog.segment()),
                LineTexts.ALPHABET, 1, seed);
            Thread worker = new Thread(() -> run(lines, out, new Random(seed * 1_000_003L + thread), thread,
                mostWaiting), "shard-writer-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        // AWT's font threads are not daemons: without this a stopped writer's JVM stays up.
        System.exit(0);
    }

    private static void run(LineBatches lines, Path out, Random r, int thread, int mostWaiting) {
        try {
            for (int shard = 0; !Files.exists(out.resolve("STOP")); shard++) {
                while (waiting(out) >= mostWaiting && !Files.exists(out.resolve("STOP"))) {
                    Thread.sleep(50);
                }
                Path tmp = out.resolve("shard-" + thread + "-" + shard + ".tmp");
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    write(lines, r, o);
                }
                Files.move(tmp, out.resolve("shard-" + thread + "-" + shard + ".bin"),
                    StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            System.err.println("shard writer " + thread + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void write(LineBatches lines, Random r, OutputStream o) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(o, 1 << 20));
        d.writeInt(Integer.reverseBytes(LINES));
        for (int i = 0; i < LINES; ) {
            LineBatches.Sample s = lines.sample(r, false);
            if (s == null) {
                continue;
            }
            int[] target = LineBatches.classes(s.text, LineTexts.ALPHABET);
            d.writeShort(Short.reverseBytes((short) s.image.width));
            d.writeByte(target.length);
            for (int c : target) {
                d.writeByte(c);
            }
            float[] px = s.image.pixels;
            byte[] grey = new byte[px.length];
            for (int j = 0; j < px.length; j++) {
                grey[j] = (byte) Math.round(px[j] * 255);
            }
            d.write(grey);
            i++;
        }
        d.flush();
    }

    private static int waiting(Path out) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(out, "*.bin")) {
            for (Path ignored : s) {
                n++;
            }
        }
        return n;
    }
}
