package io.github.fijiocr.present;

import ij.gui.PlotWindow;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.train.EpochStats;
import io.github.fijiocr.train.TrainingListener;
import java.util.List;

/**
 * What a training run shows on a screen: the small window with the status and Stop, and the
 * seed's two plots (loss, accuracy) redrawn in place after every epoch, side by side and on screen.
 */
public final class TrainingWindows implements TrainingListener {
    private final Publisher publish = new Publisher();
    private final TrainingControl control = new TrainingControl();
    private PlotWindow lossWindow;
    private PlotWindow accuracyWindow;

    /** The status bar and log as {@code progress} has them, plus the window's text and Stop button. */
    public Progress progress(Progress progress) {
        return Progress.of((done, total, message) -> {
            progress.progress(done, total, message);
            control.show(message);
        }, progress::log, () -> progress.isCanceled() || control.isStopped());
    }

    /** Redraws the two plots, from the training thread. */
    @Override
    public void epochEnded(List<EpochStats> epochs, int total) {
        boolean first = accuracyWindow == null;
        lossWindow = publish.show(TrainingCurves.loss(epochs, total), lossWindow);
        accuracyWindow = publish.show(TrainingCurves.accuracy(epochs, total), accuracyWindow);
        if (first && lossWindow != null && accuracyWindow != null) {
            accuracyWindow.setLocation(lossWindow.getX() + lossWindow.getWidth() + 8, lossWindow.getY());
            Publisher.onScreen(accuracyWindow);
        }
    }

    /** Closes the Stop window; the plots stay for the user. */
    public void close() {
        control.close();
    }
}
