package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.gui.Plot;
import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.present.TrainingCurves;
import io.github.fijiocr.synth.GlyphRenderer;
import io.github.fijiocr.synth.RenderedCell;
import io.github.fijiocr.train.EpochStats;
import java.awt.Font;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** Fine-tuning through "Train Character Model" by macro keys, and the training plots. */
public class TrainCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    /** Digits rendered in Java's own fonts: a small dataset the bundled model already half knows. */
    private Path renderedDigits(String digits, int perClass) throws Exception {
        Path dir = tmp.newFolder("digits").toPath();
        GlyphRenderer renderer = new GlyphRenderer();
        Random random = new Random(5);
        String[] fonts = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED};
        for (char c : digits.toCharArray()) {
            Path classDir = Files.createDirectories(dir.resolve(String.valueOf(c)));
            for (int i = 0; i < perClass; i++) {
                RenderedCell cell = renderer.render(String.valueOf(c), new Font(fonts[i % 3], Font.PLAIN, 20), false,
                    random);
                ImageIO.write(cell.image.crop().getBufferedImage(), "png", classDir.resolve(i + ".png").toFile());
            }
        }
        return dir;
    }

    @Test
    public void aLineModelAsBaseModelIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path data = renderedDigits("01", 5);
        File line = new File(tmp.getRoot(), "line.zip");
        io.github.fijiocr.model.ModelFile.save(io.github.fijiocr.model.ModelFile.bundledLine(), line.toPath());
        File model = new File(tmp.getRoot(), "never.zip");
        CommandModule m = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", model, "base_model", line, "epochs", 1);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("base_model=" + line + " is a line model"));
        assertFalse(m.getCancelReason().contains("\n"));
        assertFalse(model.exists());
    }

    @Test
    public void fineTuningTheBundledModelReportsBaselineAndResult() throws Exception {
        Path data = renderedDigits("017", 30);
        File model = new File(tmp.getRoot(), "tuned.zip");
        CommandModule m = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", model, "base_model", "bundled", "epochs", 2, "augment", "standard");
        assertFalse(m.getCancelReason(), m.isCanceled());
        double baseline = (double) m.getOutput("baseline_accuracy");
        double tuned = (double) m.getOutput("test_accuracy");
        assertTrue("the bundled model reads rendered digits: " + baseline, baseline >= 0.8);
        assertTrue("fine-tuned: " + tuned, tuned >= 0.8);
        ResultsTable table = (ResultsTable) m.getOutput("fine_tuning");
        assertEquals(2, table.size());
        assertEquals(baseline, table.getValue("test_accuracy", 0), 1e-9);
        assertEquals(tuned, table.getValue("test_accuracy", 1), 1e-9);
        OcrModel saved = ModelFile.load(model.toPath());
        assertEquals(List.of("0", "1", "7"), saved.alphabet());
        assertEquals("the base model's network and preprocessing", ModelFile.bundled().metadata().architecture(),
            saved.metadata().architecture());
        assertEquals(ModelFile.bundled().metadata().preprocessing(), saved.metadata().preprocessing());
        assertEquals("bundled", saved.metadata().training().get("base_model"));
    }

    @Test
    public void resumingWithAutoPreprocessingGoesOnWithTheCheckpoints() throws Exception {
        Path data = renderedDigits("01", 12);
        File model = new File(tmp.getRoot(), "m.zip");
        CommandModule first = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", model, "epochs", 1, "preprocessing", "seed");
        assertFalse(first.getCancelReason(), first.isCanceled());
        // A different explicit preprocessing is refused, with the way out.
        CommandModule wrong = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", model, "epochs", 2, "resume", true, "preprocessing", "standard");
        assertTrue(wrong.isCanceled());
        assertTrue(wrong.getCancelReason(), wrong.getCancelReason().contains("preprocessing=auto"));
        CommandModule resumed = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", model, "epochs", 2, "resume", true);
        assertFalse(resumed.getCancelReason(), resumed.isCanceled());
        assertEquals(2, ((ResultsTable) resumed.getOutput("history")).size());
        assertEquals(Preprocessing.seed(), ModelFile.load(model.toPath()).metadata().preprocessing());
    }

    @Test
    public void unknownArchitectureOrAugmentationCancelsWithTheChoices() throws Exception {
        Path data = renderedDigits("01", 5);
        CommandModule m = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", new File(tmp.getRoot(), "x.zip"), "augment", "heavy");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("standard"));
        assertFalse(new File(tmp.getRoot(), "x.zip").exists());
        CommandModule p = CONTEXT.run(TrainCharacterModelCommand.class, "input", data.toFile(),
            "output", new File(tmp.getRoot(), "x.zip"), "preprocessing", "stretch");
        assertTrue(p.isCanceled());
        assertTrue(p.getCancelReason(), p.getCancelReason().contains("use auto, standard or seed"));
        assertFalse(new File(tmp.getRoot(), "x.zip").exists());
    }

    @Test
    public void plotsHaveAPointPerEpochForTrainingAndValidation() {
        List<EpochStats> history = List.of(new EpochStats(1, 0.9, 0.6, 1.0, 0.55, 1),
            new EpochStats(2, 0.5, 0.8, 0.6, 0.75, 1), new EpochStats(3, 0.3, 0.9, 0.4, 0.85, 1));
        Plot loss = TrainingCurves.loss(history, 10);
        ResultsTable lossData = loss.getResultsTable();
        assertEquals(3, lossData.size());
        assertEquals(0.4, lossData.getValueAsDouble(lossData.getLastColumn(), 2), 1e-6);
        Plot accuracy = TrainingCurves.accuracy(history, 10);
        ResultsTable accData = accuracy.getResultsTable();
        assertEquals(0.85, accData.getValueAsDouble(accData.getLastColumn(), 2), 1e-6);
        double[] limits = accuracy.getLimits();
        assertEquals("room for all planned epochs", 10.5, limits[1], 1e-9);
    }
}
