package io.github.fijiocr.dataset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.TestData;
import io.github.fijiocr.dataset.DatasetSplit.Part;
import io.github.fijiocr.io.LabelsCsv;
import io.github.fijiocr.io.NaturalOrder;
import io.github.fijiocr.progress.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Issue 4's acceptance on the shared real datasets: counts, seeded and stratified splits. */
public class RealDatasetsTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final DatasetImporter importer = new DatasetImporter();

    @Test
    public void chars74kByLabelsCsvAndAsFolders() throws Exception {
        Path dir = TestData.shared("chars74k_fnt");
        CharacterDataset csv = importer.load(dir, options(), Progress.NONE);
        assertEquals(csvCounts(dir), csv.counts());
        assertEquals(16256, csv.size());
        assertEquals(34, csv.classes().size());
        assertStratifiedAndSeeded(csv, dir);

        Path folders = TestData.chars74kFolders(tmp.newFolder("folders").toPath(), ".*", Integer.MAX_VALUE);
        CharacterDataset byFolder = importer.load(folders, options(), Progress.NONE);
        assertEquals(csv.counts(), byFolder.counts());
        assertEquals(csv.classes(), byFolder.classes());
        assertTrue(byFolder.problems().toString(), byFolder.problems().stream()
            .allMatch(p -> p.kind() == DatasetProblem.Kind.DUPLICATE || p.kind() == DatasetProblem.Kind.LEAKAGE
                || p.kind() == DatasetProblem.Kind.CONFLICT));
    }

    @Test
    public void meterDigitsColourVariedSizesAndANaNClass() throws Exception {
        Path dir = TestData.shared("meter_digits");
        CharacterDataset csv = importer.load(dir, options(), Progress.NONE);
        assertEquals("problems: " + csv.problems(), csvCounts(dir), csv.counts());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "NaN"), csv.classes());
        assertTrue(csv.samples().stream().anyMatch(s -> s.facts().bitDepth() == 24));
        assertStratifiedAndSeeded(csv, dir);
        CharacterDataset folders = importer.load(dir.resolve("images"), options(), Progress.NONE);
        assertEquals(csv.counts(), folders.counts());
    }

    @Test
    public void sevensegDigitsWithSkewedCounts() throws Exception {
        Path dir = TestData.shared("sevenseg_digits");
        CharacterDataset data = importer.load(dir, options(), Progress.NONE);
        assertEquals(csvCounts(dir), data.counts());
        assertEquals(89, (int) data.counts().get("0"));
        assertEquals(5, (int) data.counts().get("9"));
        assertStratifiedAndSeeded(data, dir);
    }

    /** Same seed, same split; another seed, another; each class within one sample of its share. */
    private void assertStratifiedAndSeeded(CharacterDataset data, Path dir) {
        CharacterDataset again = importer.load(dir, options(), Progress.NONE);
        DatasetOptions other = options();
        other.seed = 7;
        CharacterDataset reseeded = importer.load(dir, other, Progress.NONE);
        int moved = 0;
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.samples().get(i).key(), again.samples().get(i).key());
            assertEquals(data.split().part(i), again.split().part(i));
            moved += data.split().part(i) != reseeded.split().part(i) ? 1 : 0;
        }
        assertTrue("another seed gives another split", moved > 0);
        int[][] counts = data.split().counts(data.labelIndices(), data.classes().size());
        for (Part part : List.of(Part.TRAIN, Part.VALIDATION, Part.TEST)) {
            int size = data.split().indices(part).length;
            for (int c = 0; c < data.classes().size(); c++) {
                int classSize = counts[c][0] + counts[c][1] + counts[c][2];
                double expected = (double) classSize / data.size() * size;
                assertTrue(dir.getFileName() + " class " + data.classes().get(c) + " in " + part + ": "
                    + counts[c][part.ordinal()] + " images, its share would be " + expected,
                    Math.abs(counts[c][part.ordinal()] - expected) <= 1);
            }
        }
        assertEquals(Math.round(data.size() * 0.2), data.split().indices(Part.TEST).length);
    }

    /** Never writes a split into the shared data. */
    private DatasetOptions options() {
        DatasetOptions o = new DatasetOptions();
        o.splitFile = tmp.getRoot().toPath().resolve("unused-split.csv");
        o.saveSplit = false;
        return o;
    }

    private static Map<String, Integer> csvCounts(Path dir) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String[]> rows = LabelsCsv.read(dir.resolve("labels.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            counts.merge(row[1], 1, Integer::sum);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.keySet().stream().sorted(NaturalOrder.INSTANCE).forEach(k -> sorted.put(k, counts.get(k)));
        return sorted;
    }
}
