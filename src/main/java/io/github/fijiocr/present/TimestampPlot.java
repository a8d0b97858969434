package io.github.fijiocr.present;

import ij.gui.Plot;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import java.awt.Color;

/** Time against slice, the way a user checks a time-lapse at a glance: a straight line, marked where not. */
public final class TimestampPlot {
    private TimestampPlot() {
    }

    /** Read slices in black, corrected in blue, flagged in red, gaps and repeats in orange. */
    public static Plot of(Timestamps t, String title) {
        Plot plot = new Plot("Timestamps of " + title, "slice", t.hasTimeInterval() ? "time (s)" : "value");
        for (TimestampReading.Status s : TimestampReading.Status.values()) {
            double[][] xy = points(t, s);
            if (xy[0].length > 0) {
                plot.setColor(color(s));
                plot.addPoints(xy[0], xy[1], s == TimestampReading.Status.READ ? Plot.DOT : Plot.CIRCLE);
                plot.setLabel(-1, s.key());
            }
        }
        plot.setLimitsToFit(false);
        plot.addLegend(null);
        return plot;
    }

    private static double[][] points(Timestamps t, TimestampReading.Status status) {
        return new double[][] {
            t.readings.stream().filter(r -> r.status == status && !Double.isNaN(r.value)).mapToDouble(r -> r.slice)
                .toArray(),
            t.readings.stream().filter(r -> r.status == status && !Double.isNaN(r.value)).mapToDouble(r -> r.value)
                .toArray()};
    }

    private static Color color(TimestampReading.Status s) {
        switch (s) {
            case CORRECTED: return Color.BLUE;
            case FLAGGED: return Color.RED;
            case GAP: case REPEATED: return Color.ORANGE;
            default: return Color.BLACK;
        }
    }
}
