package io.github.fijiocr.train;

import io.github.fijiocr.augment.Augmenter;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.preprocess.Preprocessing;

/** How to train; defaults are the seed tutorial's protocol with the project's preprocessing. */
public final class TrainingOptions {
    public Architectures architecture = Architectures.SEED;
    public Preprocessing preprocessing = Preprocessing.standard();
    public int epochs = 10;
    public int batchSize = 50;
    public double testFraction = 0.2;
    public double validationFraction = 0.2;
    public long seed = 42;
    /** Null trains on the images as they are. */
    public Augmenter augmenter = Augmenter.seed();
    /** ND4J threads for training; two are fastest on a quiet 2-core machine. */
    public int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** The seed tutorial end to end: whole image stretched to 32x32, its split and augmentation. */
    public static TrainingOptions seedProtocol() {
        TrainingOptions o = new TrainingOptions();
        o.preprocessing = Preprocessing.seed();
        return o;
    }
}
