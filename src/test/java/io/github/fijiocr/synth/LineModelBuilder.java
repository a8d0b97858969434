package io.github.fijiocr.synth;

import io.github.fijiocr.io.AtomicFiles;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.ModelMetadata;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.model.Predictor;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ctc.GreedyDecoder;
import io.github.fijiocr.recognize.ctc.Lattice;
import io.github.fijiocr.train.ctc.CtcTrainer;
import io.github.fijiocr.train.ctc.LineBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Builds the bundled line model from rendered lines (scripts/make-line-model runs it). Resumable:
 * every {@value #CHECKPOINT_EVERY} steps the network, its optimiser state and the step reached go
 * to the checkpoint file, and a later run with the same arguments goes on from there. One thread
 * renders the next batches while the other trains.
 * <p>
 * Arguments: out.zip checkpoint.zip steps batch channels context fonts_dir word_list seed
 * [learning_rate]. With {@code -Dinit=model.zip} and no checkpoint yet, training starts from that
 * model's weights at the step it stored, with a fresh optimiser: a warm restart that lengthens
 * the run of a finished model (its cosine schedule re-evaluated at that step of the new length).
 * Adam at 3e-3: at 1e-3 the CTC loss still sat at its "all blank" level (48
 * nats a line) after 400 steps; at 3e-3 it was at 39 then and 15 by step 750.
 */
public final class LineModelBuilder {
    static final int CHECKPOINT_EVERY = 200;
    static final String ARCHITECTURE = "line-cnn";

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        Path checkpoint = Paths.get(args[1]);
        int steps = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        int channels = Integer.parseInt(args[4]);
        int context = Integer.parseInt(args[5]);
        FontCatalog catalog = FontCatalog.scan(Paths.get(args[6]));
        LineTexts texts = LineTexts.load(Paths.get(args[7]));
        long seed = Long.parseLong(args[8]);
        double rate = args.length > 9 ? Double.parseDouble(args[9]) : 3e-3;
        LineFonts fonts = LineFonts.split(catalog);
        System.out.println("fonts: " + fonts.train().size() + " to train on, held out: " + fonts.heldOutNames());
        String alphabet = LineTexts.ALPHABET;
        List<String> labels = new ArrayList<>();
        alphabet.codePoints().forEach(c -> labels.add(new String(Character.toChars(c))));
        int classes = labels.size() + 1;

        int first = 0;
        MultiLayerNetwork net;
        if (Files.isRegularFile(checkpoint)) {
            OcrModel saved;
            try (InputStream in = Files.newInputStream(checkpoint)) {
                saved = ModelFile.read(in, checkpoint.toString(), true);
            }
            net = saved.network();
            first = ((Number) saved.metadata().training().get("step")).intValue();
            System.out.println("resuming at step " + first + " of " + steps);
        } else if (System.getProperty("init") != null) {
            Path init = Paths.get(System.getProperty("init"));
            OcrModel saved;
            try (InputStream in = Files.newInputStream(init)) {
                saved = ModelFile.read(in, init.toString(), false);
            }
            net = saved.network();
            first = ((Number) saved.metadata().training().get("step")).intValue();
            System.out.println("warm restart from " + init + " at step " + first + " of " + steps);
        } else {
            net = LineArchitectures.build(128, classes, channels, context, seed, rate);
            System.out.println("new network, " + net.numParams() + " parameters");
        }
        LineBatches source = new LineBatches(texts, new LineRenderer(fonts.train(), catalog.segment()), alphabet,
            batch, seed);
        LineBatches validation = new LineBatches(texts, new LineRenderer(fonts.heldOut(), catalog.segment()),
            alphabet, 1, seed + 1);
        List<LineBatches.Sample> check = samples(validation, 300, seed + 2);
        BlockingQueue<LineBatch> queue = new ArrayBlockingQueue<>(6);
        int start = first;
        Thread renderer = new Thread(() -> {
            try {
                for (int s = start; s < steps; s++) {
                    queue.put(source.batch(s));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "line-renderer");
        renderer.setDaemon(true);
        renderer.start();

        long t0 = System.nanoTime();
        double[] running = {Double.NaN};
        int[] done = {first};
        int threads = Integer.parseInt(System.getProperty("threads", "1"));
        CtcTrainer trainer = new CtcTrainer(classes - 1, rate, threads);
        trainer.train(net, s -> take(queue), first, steps, (s, loss) -> {
            running[0] = Double.isNaN(running[0]) ? loss : 0.95 * running[0] + 0.05 * loss;
            done[0] = s + 1;
            if ((s + 1) % 25 == 0) {
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("step %d/%d loss %.3f  %.1f lines/s%n", s + 1, steps, running[0],
                    (s + 1 - start) * batch / secs);
            }
            if ((s + 1) % CHECKPOINT_EVERY == 0 || s + 1 == steps) {
                save(net, labels, checkpoint, s + 1, steps, batch, channels, context, seed, rate, true);
                System.out.printf("checkpoint at step %d; held-out fonts exact: %.1f%%%n", s + 1,
                    100 * exact(net, check, labels));
            }
        }, Progress.NONE);
        save(net, labels, out, done[0], steps, batch, channels, context, seed, rate, false);
        System.out.println("saved " + out + " after " + done[0] + " steps");
        // ND4J's native threads are not daemons: without this the JVM stays up after the model is saved.
        System.exit(0);
    }

    private static LineBatch take(BlockingQueue<LineBatch> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<LineBatches.Sample> samples(LineBatches source, int n, long seed) {
        Random r = new Random(seed);
        List<LineBatches.Sample> out = new ArrayList<>();
        while (out.size() < n) {
            LineBatches.Sample s = source.sample(r, true);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Fraction read exactly by greedy decoding, the network in inference mode. */
    static double exact(MultiLayerNetwork net, List<LineBatches.Sample> samples, List<String> labels) {
        GreedyDecoder greedy = new GreedyDecoder(labels);
        int right = 0;
        for (int i = 0; i < samples.size(); i += 32) {
            List<LineBatches.Sample> part = samples.subList(i, Math.min(samples.size(), i + 32));
            LineBatch b = LineBatches.of(part, LineTexts.ALPHABET);
            float[][][] logProbs = Predictor.lineLogProbs(net, b.features);
            for (int j = 0; j < part.size(); j++) {
                String read = greedy.decode(new Lattice(logProbs[j], labels.size(), labels)).text;
                right += read.equals(part.get(j).text) ? 1 : 0;
            }
        }
        return (double) right / samples.size();
    }

    private static void save(MultiLayerNetwork net, List<String> labels, Path file, int step, int steps, int batch,
        int channels, int context, long seed, double rate, boolean withUpdater) {
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("step", step);
        training.put("steps", steps);
        training.put("batch_size", batch);
        training.put("channels", channels);
        training.put("context", context);
        training.put("seed", seed);
        training.put("learning_rate", rate);
        training.put("data", "rendered lines (scripts/make-line-model)");
        ModelMetadata meta = new ModelMetadata(labels, new Preprocessing(LineArchitectures.HEIGHT,
            Preprocessing.Resize.STRETCH, Preprocessing.Crop.NONE, Preprocessing.Contrast.STRETCH), ARCHITECTURE,
            training);
        try {
            AtomicFiles.write(file, o -> ModelFile.write(new OcrModel(net, meta), o, withUpdater));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
