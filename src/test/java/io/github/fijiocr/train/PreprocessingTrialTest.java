package io.github.fijiocr.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** preprocessing=auto when fine-tuning: the trial picks what the validation images say. */
public class PreprocessingTrialTest {
    /**
     * The class is where a small square sits (left, middle, right). Cut to its ink box every
     * image is the same square, so only the whole image can be learned: the trial must choose it
     * over the bundled model's ink box.
     */
    @Test
    public void wherePositionIsTheClassTheWholeImageWins() {
        Random r = new Random(3);
        List<Sample> samples = new ArrayList<>();
        String[] classes = {"left", "middle", "right"};
        for (int i = 0; i < 90; i++) {
            int c = i % 3;
            ByteProcessor ip = new ByteProcessor(32, 32);
            ip.setColor(255);
            ip.fill();
            ip.setColor(0);
            ip.fillRect(3 + 11 * c + r.nextInt(3), 4 + r.nextInt(20), 4, 4);
            samples.add(Sample.inMemory("s" + i, classes[c], ip));
        }
        CharacterDataset data = CharacterDataset.of(samples);
        int[] labels = data.labelIndices();
        DatasetSplit split = DatasetSplit.stratified(labels, 0.2, 0.2, 1);
        TrainingOptions o = new TrainingOptions();
        o.baseModel = ModelFile.bundled();
        assertEquals(Preprocessing.Crop.INK, o.baseModel.metadata().preprocessing().crop());
        o.preprocessing = o.baseModel.metadata().preprocessing();
        o.epochs = 25;
        o.batchSize = 16;
        o.threads = 1;
        List<String> log = new ArrayList<>();
        Progress progress = Progress.of((done, total, message) -> { }, log::add, () -> false);
        Preprocessing chosen = PreprocessingTrial.choose(data, labels, split, o, progress);
        assertEquals(String.join("\n", log), Preprocessing.seed(), chosen);
        assertTrue(String.join("\n", log), log.stream().anyMatch(l -> l.startsWith("preprocessing=auto: after 5 epochs")));
    }
}
