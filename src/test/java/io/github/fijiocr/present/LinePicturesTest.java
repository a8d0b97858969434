package io.github.fijiocr.present;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.gui.Plot;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.train.EpochStats;
import io.github.fijiocr.train.line.LineDataset;
import io.github.fijiocr.train.line.ShiftedDigits;
import io.github.fijiocr.train.line.TextModelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What Train and Evaluate Text Model draw: the character histogram, the curves, the montage. */
public class LinePicturesTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theCharacterHistogramHasABarPerCharacter() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(" ", 3);
        counts.put("0", 10);
        counts.put("Q", 1);
        Plot plot = DatasetPlots.characters(counts);
        float[] y = plot.getYValues();
        assertEquals(3, y.length);
        assertEquals(10f, y[1], 0);
        assertTrue(plot.getLabel('x').contains("space"));
    }

    @Test
    public void lineCurvesShowExactLinesAndCharacterErrors() {
        List<EpochStats> h = List.of(new EpochStats(1, 9, Double.NaN, 8, 0.1, 1, 0.6),
            new EpochStats(2, 5, Double.NaN, 4, 0.5, 1, 0.2));
        Plot plot = TrainingCurves.accuracy(h, 10);
        assertEquals(2, plot.getNumPlotObjects());
        float[] exact = plot.getDataObjectArrays(0)[1];
        float[] cer = plot.getDataObjectArrays(1)[1];
        assertEquals(0.5f, exact[1], 1e-6);
        assertEquals(0.2f, cer[1], 1e-6);
    }

    @Test
    public void theMontageShowsWrongReadingsFirstInRed() throws Exception {
        Path dir = ShiftedDigits.write(Files.createDirectories(tmp.getRoot().toPath().resolve("d")), 8);
        // Half the lines labelled with what they show: the model can read those.
        List<String> rows = Files.readAllLines(dir.resolve("labels.csv"));
        StringBuilder csv = new StringBuilder(rows.get(0)).append('\n');
        for (int i = 1; i < rows.size(); i++) {
            String[] p = rows.get(i).split(",");
            String label = p[1];
            if (i % 2 == 0) {
                StringBuilder shown = new StringBuilder();
                label.chars().forEach(c -> shown.append((char) ('0' + (c - '0' + 9) % 10)));
                label = shown.toString();
            }
            csv.append(p[0]).append(',').append(label).append('\n');
        }
        Files.writeString(dir.resolve("labels.csv"), csv);
        List<LineDataset.Line> lines = LineDataset.load(dir).lines();
        OcrModel bundled = ModelFile.bundledLine();
        TextModelEvaluation mine = TextModelEvaluation.of(bundled, lines, null);
        TextModelEvaluation base = TextModelEvaluation.of(bundled, lines, null);
        ImagePlus montage = ReadingMontage.of(mine, "tuned", base, "bundled");
        int cell = montage.getHeight() / lines.size();
        assertEquals(lines.size() * cell, montage.getHeight());
        long wrong = mine.reads.stream().filter(r -> !r.exact()).count();
        for (int j = 0; j < lines.size(); j++) {
            int[] rgb = colours(montage, j * cell + ReadingMontage.LINE_HEIGHT, (j + 1) * cell);
            if (j < wrong) {
                assertTrue("row " + j + " should be in red: " + Arrays.toString(rgb), rgb[0] > 10 * rgb[1] + 10);
            } else {
                assertTrue("row " + j + " should be in green: " + Arrays.toString(rgb), rgb[1] > 10 * rgb[0] + 10);
            }
        }
    }

    /** Pixels in rows y0..y1 that are clearly red, and clearly green. */
    private static int[] colours(ImagePlus image, int y0, int y1) {
        int[] n = new int[2];
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getProcessor().get(x, y);
                int r = (c >> 16) & 0xff;
                int g = (c >> 8) & 0xff;
                int b = c & 0xff;
                n[0] += r > 150 && g < 80 && b < 80 ? 1 : 0;
                n[1] += g > 100 && r < 60 && b < 60 ? 1 : 0;
            }
        }
        return n;
    }
}
