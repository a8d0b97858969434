package io.github.fijiocr.present;

import ij.gui.Plot;
import io.github.fijiocr.dataset.CharacterDataset;
import java.util.List;
import java.util.stream.Collectors;

/** Pictures of a dataset. */
public final class DatasetPlots {
    private DatasetPlots() {
    }

    /** The seed's bar chart: images per class, the classes named under the bars. */
    public static Plot histogram(CharacterDataset data) {
        double[] x = new double[data.classes().size()];
        double[] y = new double[x.length];
        List<Integer> counts = List.copyOf(data.counts().values());
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = counts.get(i);
        }
        // ImageJ draws a label in braces as category names under the ticks.
        String names = data.classes().stream().map(c -> c.replace(",", "‚").replace("}", ")"))
            .collect(Collectors.joining(",", "{", "}"));
        Plot plot = new Plot("Images per class", names, "images");
        plot.add("separated bar", x, y);
        plot.setLimits(-0.5, x.length - 0.5, 0, Double.NaN);
        return plot;
    }
}
