package io.github.fijiocr.train;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Checkpoints, cancel, resume, early stopping and fine-tuning, on small made-up data. */
public class TrainingRunTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final Glyphs glyphs = new Glyphs(40, 7);

    private TrainingOptions options(Path output, int epochs) {
        TrainingOptions o = new TrainingOptions();
        o.architecture = Architectures.COMPACT;
        o.preprocessing = Preprocessing.standard();
        o.epochs = epochs;
        o.batchSize = 16;
        o.output = output;
        return o;
    }

    private TrainingResult train(TrainingOptions options, Progress progress) {
        return new Trainer().train(glyphs.inputs, glyphs.labels, Glyphs.CLASSES, glyphs.split, options, progress,
            Map.of());
    }

    @Test
    public void cancelKeepsTheBestModelAndACheckpoint() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("m.zip");
        TrainingOptions options = options(out, 30);
        List<Integer> seen = new ArrayList<>();
        options.listener = (history, total) -> seen.add(history.size());
        Progress cancelAfterTwoEpochs = new Progress() {
            @Override
            public boolean isCanceled() {
                return seen.size() >= 2;
            }
        };
        TrainingResult r = train(options, cancelAfterTwoEpochs);
        assertTrue(r.canceled);
        assertEquals(List.of(1, 2), seen);
        assertEquals(2, r.history.size());
        OcrModel saved = ModelFile.load(out);
        assertEquals(Glyphs.CLASSES, saved.alphabet());
        assertEquals("canceled", saved.metadata().training().get("status"));
        assertEquals(r.bestEpoch, ((Number) saved.metadata().training().get("best_epoch")).intValue());
        Checkpoint ck = Checkpoint.read(Checkpoint.pathFor(out));
        assertEquals(2, ck.epoch());
        assertEquals(r.bestEpoch, ck.bestEpoch);
        // The saved model holds the best epoch's weights, which the checkpoint also keeps.
        assertArrayEquals(ck.bestParams.toFloatVector(), saved.network().params().toFloatVector(), 0f);
        assertTrue("test accuracy " + r.test.accuracy(), r.test.accuracy() > 0.6);
    }

    @Test
    public void resumeContinuesTheEpochCount() {
        Path out = tmp.getRoot().toPath().resolve("m.zip");
        TrainingResult first = train(options(out, 2), Progress.NONE);
        assertEquals(2, first.history.size());

        TrainingOptions more = options(out, 4);
        more.resume = true;
        List<String> log = new ArrayList<>();
        TrainingResult resumed = train(more, new Progress() {
            @Override
            public void log(String message) {
                log.add(message);
            }
        });
        assertEquals(4, resumed.history.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, resumed.history.get(i).epoch);
        }
        assertEquals(first.history.get(1).validationLoss, resumed.history.get(1).validationLoss, 0);
        assertTrue(log.toString(), log.get(0).startsWith("Resuming from"));
        assertEquals(4, ((Number) ModelFile.load(out).metadata().training().get("epochs")).intValue());
        // It went on from epoch 2's weights: epoch 3 fits better than a fresh network's epoch 1.
        assertTrue(resumed.history.get(2).trainLoss + " < " + first.history.get(0).trainLoss,
            resumed.history.get(2).trainLoss < first.history.get(0).trainLoss);

        TrainingOptions again = options(out, 4);
        again.resume = true;
        try {
            train(again, Progress.NONE);
            fail("resumed a finished run");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("already has 4 epochs"));
        }
    }

    @Test
    public void aTruncatedCheckpointIsRecognised() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("m.zip");
        train(options(out, 1), Progress.NONE);
        Path ck = Checkpoint.pathFor(out);
        byte[] whole = Files.readAllBytes(ck);
        Files.write(ck, java.util.Arrays.copyOf(whole, whole.length / 2));
        TrainingOptions resume = options(out, 3);
        resume.resume = true;
        try {
            train(resume, Progress.NONE);
            fail("resumed from half a checkpoint");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(ck.toString()));
            assertTrue(e.getMessage(), e.getMessage().contains("truncated"));
        }
        assertEquals("the model file is untouched", "done", ModelFile.load(out).metadata().training().get("status"));
    }

    @Test
    public void stopsEarlyWhenValidationStopsImproving() {
        TrainingOptions options = options(null, 10);
        options.learningRate = 0; // nothing changes, so nothing improves after epoch 1
        options.patience = 2;
        TrainingResult r = train(options, Progress.NONE);
        assertTrue(r.history.toString(), r.stoppedEarly);
        assertEquals(3, r.history.size());
        assertEquals(1, r.bestEpoch);
    }

    @Test
    public void sameSeedSameBatches() {
        TrainingOptions options = options(null, 1);
        options.augmenter = io.github.fijiocr.augment.Augmenter.seed();
        BatchSource a = new BatchSource(glyphs.inputs, glyphs.labels, glyphs.split.indices(
            io.github.fijiocr.dataset.DatasetSplit.Part.TRAIN), 3, options);
        options.augmentThreads = 1;
        BatchSource b = new BatchSource(glyphs.inputs, glyphs.labels, glyphs.split.indices(
            io.github.fijiocr.dataset.DatasetSplit.Part.TRAIN), 3, options);
        try (a; b) {
            int[][] plan = a.epochPlan(3);
            assertArrayEquals(plan[1], b.epochPlan(3)[1]);
            assertFalse(java.util.Arrays.equals(plan[0], a.epochPlan(4)[0]));
            assertArrayEquals(BatchSource.take(a.prepare(3, 1, plan[1])).getFeatures().data().asFloat(),
                BatchSource.take(b.prepare(3, 1, plan[1])).getFeatures().data().asFloat(), 0f);
        }
    }

    /** Killing the JVM mid-training (SIGKILL, no shutdown hooks) leaves a loadable best model. */
    @Test
    public void aKilledJvmLeavesALoadableModel() throws Exception {
        Path data = Glyphs.writeFolders(tmp.newFolder("data").toPath(), 30, 3);
        Path out = tmp.getRoot().toPath().resolve("killed.zip");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp", cp,
            "io.github.fijiocr.cli.Main", "--run", "Train Character Model",
            "input=[" + data + "] output=[" + out + "] epochs=500 batch_size=8")
            .redirectErrorStream(true).redirectOutput(tmp.newFile("child.log")).start();
        Path ck = Checkpoint.pathFor(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            // Wait for two checkpoints, so the kill lands mid-run rather than before the first.
            while (!(Files.exists(ck) && Checkpoint.read(ck).epoch() >= 2) && System.nanoTime() < deadline
                && p.isAlive()) {
                Thread.sleep(200);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        String childLog = Files.readString(tmp.getRoot().toPath().resolve("child.log"), StandardCharsets.UTF_8);
        assertTrue("child ran two epochs: " + childLog, Files.exists(ck));
        OcrModel model = ModelFile.load(out);
        assertEquals(List.of("bar", "cross", "dash"), model.alphabet()); // the importer sorts classes
        assertEquals("training", model.metadata().training().get("status"));
        float[][] p0 = model.predictor(null).probabilities(List.of(Glyphs.draw(0, new Random(1))));
        assertEquals(3, p0[0].length);
    }

    @Test
    public void fineTuningKeepsWhatTheBaseModelKnewOfEachClass() {
        OcrModel bundled = ModelFile.bundled();
        List<String> classes = List.of("7", "1", "new");
        OcrModel adapted = new OcrModel(FineTuning.adapt(bundled, classes, 1e-3, 1), bundled.metadata());
        int one = bundled.alphabet().indexOf("1");
        int seven = bundled.alphabet().indexOf("7");
        Random random = new Random(3);
        for (int i = 0; i < 5; i++) {
            float[] x = new float[32 * 32];
            for (int k = 0; k < x.length; k++) {
                x[k] = random.nextFloat();
            }
            float[] before = bundled.predictor(null).probabilities(List.of(x))[0];
            float[] after = adaptedPredict(adapted, x);
            assertEquals(3, after.length);
            // Softmax over fewer classes rescales, but keeps the ratio between two kept classes.
            assertEquals(Math.log(before[seven] / before[one]), Math.log(after[0] / after[1]), 1e-3);
        }
    }

    private static float[] adaptedPredict(OcrModel model, float[] x) {
        return model.network().output(OcrModel.toFeatures(List.of(x), 32), false).toFloatVector();
    }
}
