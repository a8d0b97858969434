package io.github.fijiocr.train.line;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.LineOutputs;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Train Text Model's engine: it learns, it keeps the base's weights, it resumes, it names bad lines. */
public class LineTrainingTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private Path shiftedDigits(int n) throws Exception {
        return ShiftedDigits.write(tmp.newFolder("lines").toPath(), n);
    }

    /** Fine-tuning the bundled line model for {@code epochs} on one thread, saved as {@code file}. */
    private LineTrainingOptions fineTuning(int epochs, String file) {
        LineTrainingOptions o = new LineTrainingOptions();
        o.baseModel = ModelFile.bundledLine();
        o.epochs = epochs;
        o.threads = 1;
        o.output = tmp.getRoot().toPath().resolve(file);
        return o;
    }

    @Test
    public void fineTuningLearnsWhatTheBaseCannotRead() throws Exception {
        LineDataset data = LineDataset.load(shiftedDigits(160));
        LineTrainingOptions o = fineTuning(12, "shifted.zip");
        LineTrainingResult result = new LineTraining(data, o, Progress.NONE).run();
        assertTrue("baseline " + result.baselineExact, result.baselineExact < 0.1);
        assertTrue("test lines read exactly after fine-tuning: " + result.testExact, result.testExact >= 0.6);
        OcrModel saved = ModelFile.load(o.output);
        assertTrue(saved.isLine());
        assertEquals(DIGITS, saved.alphabet());
        assertEquals("done", saved.metadata().training().get("status"));
        // The split it used, beside the model: one row per line of the dataset, its part as the hash gives it.
        List<String> split = Files.readAllLines(LineDataset.splitFileFor(o.output));
        assertEquals(data.lines().size() + 1, split.size());
        LineDataset.Line first = data.lines().get(0);
        assertTrue(split.contains(first.path + "," + first.text + ","
            + LineDataset.part(first, o.seed).name().toLowerCase(Locale.ROOT)));
    }

    @Test
    public void aReducedAlphabetKeepsTheBaseModelsOutputsForTheKeptCharacters() {
        OcrModel base = ModelFile.bundledLine();
        List<String> kept = List.of("0", "7", "A", "e", ":");
        MultiLayerNetwork adapted = LineNetworks.adapt(base, kept, 1e-3, 1);
        Nd4j.getRandom().setSeed(2);
        INDArray in = Nd4j.rand(base.network().params().dataType(), 2, 1, 32, 96);
        INDArray before = LineOutputs.toSequence(base.network().output(in, false));
        INDArray after = LineOutputs.toSequence(adapted.output(in, false));
        assertEquals(kept.size() + 1, after.size(2));
        for (int k = 0; k <= kept.size(); k++) {
            int from = k == kept.size() ? base.alphabet().size() : base.alphabet().indexOf(kept.get(k));
            double diff = before.get(all(), all(), point(from)).sub(after.get(all(), all(), point(k)))
                .amaxNumber().doubleValue();
            assertTrue("class " + k + " differs by " + diff, diff < 1e-4);
        }
    }

    @Test
    public void aStoppedRunResumesFromItsCheckpoint() throws Exception {
        LineDataset data = LineDataset.load(shiftedDigits(60));
        LineTrainingOptions o = fineTuning(3, "resumed.zip");
        int[] epochsSeen = {0};
        // Stops after the second epoch, as the Stop button or a killed run would.
        Progress stopAfterTwo = Progress.of((done, total, msg) -> { }, line -> {
            if (line.startsWith("epoch ")) {
                epochsSeen[0]++;
            }
        }, () -> epochsSeen[0] >= 2);
        LineTrainingResult first = new LineTraining(data, o, stopAfterTwo).run();
        assertTrue(first.canceled);
        assertEquals(2, first.history.size());
        o.resume = true;
        LineTrainingResult second = new LineTraining(data, o, Progress.NONE).run();
        assertFalse(second.canceled);
        assertEquals(3, second.history.size());
        assertEquals(first.history.get(1).validationAccuracy, second.history.get(1).validationAccuracy, 1e-9);
    }

    @Test
    public void aRunStopsWhenValidationHasNotImprovedForPatienceEpochs() throws Exception {
        LineDataset data = LineDataset.load(shiftedDigits(60));
        LineTrainingOptions o = fineTuning(6, "patient.zip");
        o.patience = 2;
        // So small a rate that validation soon stops changing (only batch normalisation's averages move).
        o.learningRate = 1e-12;
        StringBuilder log = new StringBuilder();
        LineTrainingResult r = new LineTraining(data, o, Progress.of((done, total, msg) -> { }, line ->
            log.append(line).append('\n'), () -> false)).run();
        assertTrue("ran " + r.history.size() + " epochs", r.history.size() < o.epochs);
        assertEquals(r.bestEpoch + 2, r.history.size());
        assertTrue(log.toString(), log.toString().contains("Stopped after epoch " + r.history.size()));
        assertEquals(2, ((Number) ModelFile.load(o.output).metadata().training().get("patience")).intValue());
        o.patience = 0;
        o.output = tmp.getRoot().toPath().resolve("never.zip");
        assertEquals(6, new LineTraining(data, o, Progress.NONE).run().history.size());
    }

    @Test
    public void aDatasetTooSmallToSplitIsRefusedWithWhatToDo() throws Exception {
        LineDataset data = LineDataset.load(shiftedDigits(3));
        try {
            new LineTraining(data, new LineTrainingOptions(), Progress.NONE).run();
            fail("3 lines trained");
        } catch (io.github.fijiocr.common.OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("3 usable lines: too few")
                && e.getMessage().endsWith("Label more lines."));
        }
    }

    /** HALCON's "characters outside the alphabet": named by path, left out of every part of the split. */
    @Test
    public void aLabelTheAlphabetCannotWriteIsNamedAndLeftOut() throws Exception {
        Path dir = shiftedDigits(60);
        List<String> rows = Files.readAllLines(dir.resolve("labels.csv"));
        String[] second = rows.get(2).split(",");
        rows.set(2, second[0] + "," + second[1] + "A");
        Files.write(dir.resolve("labels.csv"), rows);
        LineTrainingOptions o = new LineTrainingOptions();
        o.baseModel = ModelFile.bundledLine();
        o.alphabet = DIGITS.stream().collect(java.util.stream.Collectors.joining());
        o.epochs = 1;
        o.threads = 1;
        LineTrainingResult r = new LineTraining(LineDataset.load(dir), o, Progress.NONE).run();
        assertEquals(1, r.leftOut.size());
        o.output = tmp.getRoot().toPath().resolve("alphabet.zip");
        new LineTraining(LineDataset.load(dir), o, Progress.NONE).run();
        assertTrue(Files.readAllLines(LineDataset.splitFileFor(o.output)).contains(second[0] + "," + second[1]
            + "A,left_out"));
        assertTrue(r.leftOut.get(0), r.leftOut.get(0).startsWith(second[0] + ": label \"" + second[1] + "A\" has"
            + " characters outside the alphabet"));
    }

    @Test
    public void everyLineThatCannotBeTrainedOnIsNamed() throws Exception {
        Path dir = tmp.newFolder("bad").toPath();
        ByteProcessor ok = new ByteProcessor(80, 32);
        ok.setColor(230);
        ok.fill();
        ok.setColor(20);
        ok.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
        ok.drawString("123", 8, 27);
        ImageIO.write(ok.getBufferedImage(), "png", dir.resolve("ok.png").toFile());
        ByteProcessor blank = new ByteProcessor(80, 32);
        ImageIO.write(blank.getBufferedImage(), "png", dir.resolve("blank.png").toFile());
        Files.writeString(dir.resolve("corrupt.png"), "not an image");
        Files.writeString(dir.resolve("labels.csv"), "path,label\nok.png,123\nmissing.png,1\ncorrupt.png,2\n"
            + "blank.png,3\nok.png,\nok.png,12345678901234567890123456789\ncopy.png,123\n");
        Files.copy(dir.resolve("ok.png"), dir.resolve("copy.png"));
        LineDataset data = LineDataset.load(dir);
        assertEquals(1, data.lines().size());
        String all = String.join("\n", data.problems());
        for (String expected : new String[] {"missing.png: unreadable", "corrupt.png: unreadable", "blank.png: blank",
            "ok.png: empty label", "ok.png: label \"12345678901234567890123456789\" is longer", "copy.png: the same image as ok.png"}) {
            assertTrue(expected + " in\n" + all, all.contains(expected));
        }
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex all() {
        return org.nd4j.linalg.indexing.NDArrayIndex.all();
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex point(int i) {
        return org.nd4j.linalg.indexing.NDArrayIndex.point(i);
    }
}
