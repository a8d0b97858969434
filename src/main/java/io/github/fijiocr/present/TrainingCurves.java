package io.github.fijiocr.present;

import ij.gui.Plot;
import io.github.fijiocr.train.EpochStats;
import java.awt.Color;
import java.util.List;

/**
 * The seed tutorial's two plots: loss, and accuracy, of training and validation per epoch. For
 * line models the accuracy plot shows the validation lines read exactly and their character
 * error rate (there is no training accuracy: a line's reading is not a by-product of training).
 */
public final class TrainingCurves {
    private TrainingCurves() {
    }

    public static Plot loss(List<EpochStats> history, int totalEpochs) {
        return plot("OCR Training Loss", "loss", history, totalEpochs, true);
    }

    public static Plot accuracy(List<EpochStats> history, int totalEpochs) {
        return plot("OCR Training Accuracy", "accuracy", history, totalEpochs, false);
    }

    private static Plot plot(String title, String yLabel, List<EpochStats> history, int totalEpochs, boolean loss) {
        int n = history.size();
        double[] x = new double[n];
        double[] train = new double[n];
        double[] val = new double[n];
        double max = loss ? 0 : 1;
        for (int i = 0; i < n; i++) {
            EpochStats e = history.get(i);
            x[i] = e.epoch;
            train[i] = loss ? e.trainLoss : e.trainAccuracy;
            val[i] = loss ? e.validationLoss : e.validationAccuracy;
            if (loss) {
                max = Math.max(max, Math.max(finite(train[i]), finite(val[i])));
            }
        }
        Plot plot = new Plot(title, "epoch", yLabel);
        double min = 0;
        if (!loss) {
            for (int i = 0; i < n; i++) {
                min = Math.min(i == 0 ? 1 : min, Math.min(finite1(train[i]), finite1(val[i])));
            }
            min = Math.max(0, Math.floor(min * 20 - 1) / 20);
        }
        plot.setLimits(0.5, Math.max(totalEpochs, n == 0 ? 1 : x[n - 1]) + 0.5, min, loss ? max * 1.05 + 1e-6 : 1.0);
        double[] cer = new double[n];
        boolean lines = false;
        for (int i = 0; i < n; i++) {
            cer[i] = history.get(i).validationCharacterErrors;
            lines |= Double.isFinite(cer[i]);
        }
        if (lines && !loss) {
            double top = 1.0; // a character error rate can pass 1 (more edits than characters)
            for (double c : cer) {
                top = Math.max(top, finite(c));
            }
            plot.setLimits(0.5, Math.max(totalEpochs, x[n - 1]) + 0.5, 0, top);
            plot.setColor(Color.RED);
            plot.addPoints(x, val, Plot.CONNECTED_CIRCLES);
            plot.setColor(new Color(0, 140, 0));
            plot.addPoints(x, cer, Plot.CONNECTED_CIRCLES);
            plot.addLegend("validation lines read exactly\nvalidation character error rate");
            return plot;
        }
        plot.setColor(Color.BLUE);
        plot.addPoints(x, train, Plot.CONNECTED_CIRCLES);
        plot.setColor(Color.RED);
        plot.addPoints(x, val, Plot.CONNECTED_CIRCLES);
        plot.addLegend("training\nvalidation");
        return plot;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static double finite1(double v) {
        return Double.isFinite(v) ? v : 1;
    }
}
