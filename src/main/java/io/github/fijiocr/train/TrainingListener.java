package io.github.fijiocr.train;

import java.util.List;

/** Hears about each finished epoch, e.g. to redraw the loss and accuracy plots. */
public interface TrainingListener {
    TrainingListener NONE = (history, totalEpochs) -> {
    };

    /** {@code history} holds every epoch so far, resumed ones included. Called on the training thread. */
    void epochEnded(List<EpochStats> history, int totalEpochs);
}
