package io.github.fijiocr.train;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.TestData;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.CharacterClassifier;
import io.github.fijiocr.recognize.CharacterReading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TrainerTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static CharacterDataset slice;

    /** 60 images of each digit from the Chars74K computer-font set (the seed's own data). */
    @BeforeClass
    public static void loadSlice() {
        CharacterDataset all = new DatasetImporter().load(TestData.shared("chars74k_fnt"), Progress.NONE);
        Map<String, Integer> taken = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (Sample s : all.samples()) {
            if (s.label().matches("[0-9]") && taken.merge(s.label(), 1, Integer::sum) <= 60) {
                samples.add(s);
            }
        }
        slice = CharacterDataset.of(samples);
    }

    @Test
    public void seedNetworkLearnsDigitsAndReloadsIdentically() throws Exception {
        TrainingOptions options = new TrainingOptions();
        options.architecture = io.github.fijiocr.model.Architectures.SEED;
        options.cosineDecay = false; // the seed's constant rate; six epochs are too few to decay

        // Six epochs, not four: a short run's outcome depends on the CPU's BLAS kernels, and on an
        // AVX-512 machine four epochs reached 0.833 (five 0.908, six 0.967), under the bar below.
        options.epochs = 6;
        TrainingResult result = new Trainer().train(slice, options, Progress.NONE);
        assertEquals(6, result.history.size());
        assertEquals(120, result.test.total());
        // Chance is 10%; a pipeline that scrambles labels, inputs or weights stays near it.
        assertTrue("test accuracy " + result.test.accuracy(), result.test.accuracy() >= 0.85);

        Path file = tmp.getRoot().toPath().resolve("digits.zip");
        ModelFile.save(result.model, file);
        OcrModel back = ModelFile.load(file);
        List<ByteProcessor> images = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            images.add(slice.samples().get(i * 13).image());
        }
        List<CharacterReading> before = new CharacterClassifier(result.model.predictor(null), 0).classify(images);
        List<CharacterReading> after = new CharacterClassifier(back.predictor(null), 0).classify(images);
        for (int i = 0; i < images.size(); i++) {
            assertEquals(before.get(i).label, after.get(i).label);
            assertArrayEquals(new double[] {before.get(i).confidence}, new double[] {after.get(i).confidence}, 0);
        }
    }

    @Test
    public void cancelAfterTheFirstEpochKeepsThatEpochsModel() {
        TrainingOptions options = new TrainingOptions();
        options.epochs = 50;
        int[] batches = {0};
        Progress cancelSoon = new Progress() {
            @Override
            public void progress(int done, int total, String message) {
                batches[0]++;
            }

            @Override
            public boolean isCanceled() {
                return batches[0] > 12;
            }
        };
        TrainingResult result = new Trainer().train(slice, options, cancelSoon);
        assertTrue(result.canceled);
        assertEquals(1, result.history.size());
        assertEquals(1, result.bestEpoch);
        assertEquals(10, result.model.alphabet().size());
    }

    @Test
    public void evaluationMatchesAConfusionMatrixByHand() {
        Evaluation e = new Evaluation(List.of("a", "b", "c"), new int[] {0, 0, 1, 1, 2, 2, 2}, new int[] {0, 1, 1, 1, 2, 0, 2});
        assertEquals(5.0 / 7, e.accuracy(), 1e-12);
        assertArrayEquals(new int[] {1, 1, 0}, e.confusion()[0]);
        assertArrayEquals(new int[] {0, 2, 0}, e.confusion()[1]);
        assertArrayEquals(new int[] {1, 0, 2}, e.confusion()[2]);
    }
}
