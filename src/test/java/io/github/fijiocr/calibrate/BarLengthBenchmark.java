package io.github.fijiocr.calibrate;

import ij.process.ByteProcessor;
import io.github.fijiocr.preprocess.GrayImages;
import io.github.fijiocr.synth.BenchmarkBars;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The scale-bar benchmark's burned-in bars measured alone, thousands at a time: the bar found and
 * its length, as Read Scale Bar measures it, without reading the label (that is the calibration
 * benchmark's). Of the bars found, the one closest to the drawn length is measured: this judges
 * the length, not which bar goes with the label. Prints each bar set more than 2% off or flagged
 * for its length, then the counts. Usage: BarLengthBenchmark FIRST-SEED LAST-SEED (every other
 * seed, as the calibration benchmark's are odd); run by scripts/benchmark-bar-lengths. Here, not
 * in bench: the bar finder and the length are package-private.
 */
public final class BarLengthBenchmark {
    private BarLengthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long first = Long.parseLong(args[0]);
        long last = Long.parseLong(args[1]);
        int measured = 0;
        int right = 0;
        int stated = 0;
        int flagged = 0;
        int wrong = 0;
        int none = 0;
        List<Double> errors = new ArrayList<>();
        for (long seed = first; seed <= last; seed += 2) {
            BenchmarkBars bars = new BenchmarkBars(seed);
            for (int i = 0; i < 40; i++) {
                BenchmarkBars.Bar bar = bars.next(true);
                if (bar.overlay) {
                    continue; // an overlay's bar is its rectangle: nothing to measure
                }
                ByteProcessor gray = GrayImages.toGray(bar.imp.getProcessor());
                double drawn = bar.width / bar.pixelSize - ScaleBar.DRAWN_OFFSET;
                Rectangle closest = null;
                for (Rectangle b : ScaleBarReader.bars(gray, new Rectangle(gray.getWidth(), gray.getHeight()))) {
                    if (closest == null || Math.abs(b.width - drawn) < Math.abs(closest.width - drawn)) {
                        closest = b;
                    }
                }
                if (closest == null) {
                    none++;
                    System.out.printf(Locale.ROOT, "%d/%d no bar found: %s%n", seed, i, bar.describe);
                    continue;
                }
                measured++;
                ScaleBarReader.Measured m = ScaleBarReader.measure(gray, closest);
                double off = (bar.width / (m.length + ScaleBar.DRAWN_OFFSET) - bar.pixelSize) / bar.pixelSize;
                double precision = ScaleBar.precision(m.length, m.unsure, ScaleBar.Source.IMAGE);
                String result;
                if (m.doubt != null) {
                    flagged++;
                    result = "flagged: " + m.doubt;
                } else if (Math.abs(off) <= ScaleBarReader.PRECISION) {
                    right++;
                    errors.add(Math.abs(off));
                    continue;
                } else if (Math.abs(off) <= precision) {
                    stated++;
                    errors.add(Math.abs(off));
                    result = String.format(Locale.ROOT, "within the +-%.1f%% stated", 100 * precision);
                } else {
                    wrong++;
                    result = "WRONG, not flagged";
                }
                System.out.printf(Locale.ROOT, "%d/%d %s: %.2f pixels for %.2f (%+.2f%%), %s at %d,%d%n", seed, i,
                    bar.describe, m.length, drawn, 100 * off, result, closest.x, closest.y);
            }
        }
        Collections.sort(errors);
        System.out.printf(Locale.ROOT, "%n| seeds | bars burned in | found | set within 2%% | set within the precision"
            + " stated | flagged for the length | wrong, not flagged | error of those set: median, 95th percentile,"
            + " most |%n|---|---|---|---|---|---|---|---|%n| %d-%d | %d | %d | %d | %d | %d | %d | %.2f%%, %.2f%%, %.2f%% |%n",
            first, last, measured + none, measured, right, stated, flagged, wrong, 100 * pick(errors, 0.5),
            100 * pick(errors, 0.95), 100 * pick(errors, 1));
        System.exit(0);
    }

    private static double pick(List<Double> sorted, double share) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, share * sorted.size()));
    }
}
