package io.github.fijiocr.train.line;

import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.train.TrainingListener;
import java.nio.file.Path;

/** How to train a line model. 0 for epochs or batch size: from the dataset's size ({@link LineTraining}). */
public final class LineTrainingOptions {
    public static final int AUTO = 0;
    /** The model to fine-tune; null: a new network. */
    public OcrModel baseModel;
    public String baseModelName = "bundled";
    /** {@code dataset}: the labels' characters (HALCON's reduction); {@code base}: the base model's; else the characters given. */
    public String alphabet = "dataset";
    public int epochs = AUTO;
    public int batchSize = AUTO;
    /** Stop after this many epochs without a better validation; 0: never; -1: from the epochs, as for characters. */
    public int patience = -1;
    /** Adam's rate at the start, decayed to zero by a cosine; 0: 1e-3 when fine-tuning, 3e-3 for a new network. */
    public double learningRate;
    public boolean augment = true;
    public long seed = 42;
    /** The best model by validation is written here whenever it improves; a checkpoint beside it after each epoch. */
    public Path output;
    public boolean resume;
    public int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    public TrainingListener listener = TrainingListener.NONE;
}
