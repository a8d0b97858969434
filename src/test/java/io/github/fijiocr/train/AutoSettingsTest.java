package io.github.fijiocr.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Settings left to the data follow the dataset's size; settings given are kept. */
public class AutoSettingsTest {
    private static TrainingOptions auto() {
        TrainingOptions o = new TrainingOptions();
        o.batchSize = TrainingOptions.AUTO;
        o.epochs = TrainingOptions.AUTO;
        o.patience = -1;
        o.autoAugment = true;
        return o;
    }

    @Test
    public void aFewHundredImagesGetSmallBatchesAndManyEpochs() {
        List<String> said = new ArrayList<>();
        TrainingOptions o = AutoSettings.resolve(auto(), 600, Progress.of((d, t, m) -> { }, said::add, () -> false));
        assertEquals(19, o.batchSize);
        assertEquals(94, o.epochs); // 32 batches an epoch, about 3,000 updates
        assertEquals(31, o.patience);
        assertEquals(Augmenter.seed().toString(), o.augmenter.toString());
        assertEquals(1, said.size());
        assertTrue(said.get(0), said.get(0).contains("batch_size=19") && said.get(0).contains("epochs=94"));
    }

    @Test
    public void tenThousandImagesGetLargeBatchesAndFewEpochs() {
        TrainingOptions o = AutoSettings.resolve(auto(), 10_000, Progress.NONE);
        assertEquals(50, o.batchSize);
        assertEquals(15, o.epochs);
        assertEquals(10, o.patience);
    }

    @Test
    public void tinyDatasetsStayWithinBoundsAndFineTuningAugmentsLikePhotos() {
        TrainingOptions a = auto();
        a.baseModel = ModelFile.bundled();
        TrainingOptions o = AutoSettings.resolve(a, 20, Progress.NONE);
        assertEquals(16, o.batchSize);
        assertEquals(100, o.epochs);
        assertEquals(Augmenter.standard().toString(), o.augmenter.toString());
        assertFalse(o.autoAugment);
    }

    @Test
    public void valuesGivenAreKept() {
        TrainingOptions given = new TrainingOptions();
        given.batchSize = 7;
        given.epochs = 3;
        given.patience = 0;
        List<String> said = new ArrayList<>();
        TrainingOptions o = AutoSettings.resolve(given, 600, Progress.of((d, t, m) -> { }, said::add, () -> false));
        assertEquals(7, o.batchSize);
        assertEquals(3, o.epochs);
        assertEquals(0, o.patience);
        assertTrue(said.isEmpty());
    }
}
