package io.github.fijiocr.bench;

import io.github.fijiocr.calibrate.TimestampReader;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import java.util.Random;

public final class DebugStack {
    public static void main(String[] args) throws Exception {
        int want = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Random r = new Random(20 + 1000 * seed);
        CalibrationBenchmark.Stack s = null;
        for (int i = 0; i <= want; i++) {
            s = CalibrationBenchmark.stack(i, r, seed);
        }
        new ij.io.FileSaver(new ij.ImagePlus("f", s.imp.getStack().getProcessor(1))).saveAsPng("/tmp/debug-stack.png");
        OcrModel line = ModelFile.bundledLine();
        Timestamps t = new TimestampReader(new LineRecognizer(line.predictor(null), null, 0.7, null), Progress.NONE)
            .read(s.imp, null, null);
        System.out.println(s.describe + " region " + t.region + " pattern " + t.pattern + " interval " + t.interval);
        for (TimestampReading row : t.readings) {
            boolean wrong = row.status != TimestampReading.Status.FLAGGED && Math.abs(row.value - s.truth[row.slice - 1]) > 1e-6;
            if (args.length > 2 && !wrong) {
                continue;
            }
            System.out.println((wrong ? "WRONG " : "") + row.slice + " truth " + s.truth[row.slice - 1] + " " + row.text + " " + row.value + " conf " + String.format("%.2f", row.confidence) + " "
                + row.status + " " + row.readAs + " " + row.note);
        }
    }
}
