package io.github.fijiocr.present;

import ij.gui.Plot;
import io.github.fijiocr.dataset.CharacterDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pictures of a dataset. */
public final class DatasetPlots {
    private DatasetPlots() {
    }

    /** The seed's bar chart: images per class, the classes named under the bars. */
    public static Plot histogram(CharacterDataset data) {
        return bars("Images per class", data.classes(), List.copyOf(data.counts().values()), "images");
    }

    /** HALCON's character statistics of a line dataset: how often each character occurs in the labels. */
    public static Plot characters(Map<String, Integer> counts) {
        List<String> names = new ArrayList<>();
        for (String c : counts.keySet()) {
            names.add(c.equals(" ") ? "space" : c);
        }
        return bars("Characters in the labels", names, List.copyOf(counts.values()), "occurrences");
    }

    private static Plot bars(String title, List<String> classes, List<Integer> counts, String yLabel) {
        double[] x = new double[classes.size()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = counts.get(i);
        }
        // ImageJ draws a label in braces as category names under the ticks.
        String names = classes.stream().map(c -> c.replace(",", "‚").replace("}", ")"))
            .collect(Collectors.joining(",", "{", "}"));
        Plot plot = new Plot(title, names, yLabel);
        plot.add("separated bar", x, y);
        plot.setLimits(-0.5, x.length - 0.5, 0, Double.NaN);
        return plot;
    }
}
