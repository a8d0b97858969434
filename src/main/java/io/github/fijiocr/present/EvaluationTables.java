package io.github.fijiocr.present;

import ij.measure.ResultsTable;
import io.github.fijiocr.evaluate.ConfusedPair;
import io.github.fijiocr.evaluate.ModelEvaluation;
import io.github.fijiocr.evaluate.ThresholdPoint;

/** A {@link ModelEvaluation} as ImageJ tables, with the column names the README documents. */
public final class EvaluationTables {
    private EvaluationTables() {
    }

    /** One row per class: class,support,predicted,precision,recall,f1 (NaN where undefined). */
    public static ResultsTable perClass(ModelEvaluation e) {
        ResultsTable rt = new ResultsTable();
        for (int c = 0; c < e.classes().size(); c++) {
            rt.incrementCounter();
            rt.addValue("class", e.classes().get(c));
            rt.addValue("support", e.support(c));
            rt.addValue("predicted", e.predictedCount(c));
            rt.addValue("precision", e.precision(c));
            rt.addValue("recall", e.recall(c));
            rt.addValue("f1", e.f1(c));
        }
        return decimals(rt, "precision", "recall", "f1");
    }

    /**
     * One row: images,correct,accuracy,macro_f1,target_error,threshold,read_rate,error_rate
     * (threshold and its rates for the target error; NaN when no threshold meets it).
     */
    public static ResultsTable summary(ModelEvaluation e, double targetError) {
        ThresholdPoint p = e.thresholdFor(targetError);
        ResultsTable rt = new ResultsTable();
        rt.incrementCounter();
        rt.addValue("images", e.total());
        rt.addValue("correct", e.correct());
        rt.addValue("accuracy", e.accuracy());
        rt.addValue("macro_f1", e.macroF1());
        rt.addValue("target_error", targetError);
        rt.addValue("threshold", p == null ? Double.NaN : p.threshold());
        rt.addValue("read_rate", p == null ? Double.NaN : p.readRate());
        rt.addValue("error_rate", p == null ? Double.NaN : p.errorRate());
        return decimals(rt, "accuracy", "macro_f1", "target_error", "threshold", "read_rate", "error_rate");
    }

    /** One row per true class: column "true", then one column per class read, with counts. */
    public static ResultsTable confusion(ModelEvaluation e) {
        int[][] m = e.confusion();
        ResultsTable rt = new ResultsTable();
        for (int r = 0; r < m.length; r++) {
            rt.incrementCounter();
            rt.addValue("true", e.classes().get(r));
            for (int c = 0; c < m.length; c++) {
                rt.addValue(e.classes().get(c), m[r][c]);
            }
        }
        return rt;
    }

    /** One row per confused pair, most frequent first: true,read,count,share (of the true class). */
    public static ResultsTable confusedPairs(ModelEvaluation e) {
        ResultsTable rt = new ResultsTable();
        for (ConfusedPair p : e.confusedPairs()) {
            rt.incrementCounter();
            rt.addValue("true", p.truth());
            rt.addValue("read", p.predicted());
            rt.addValue("count", p.count());
            rt.addValue("share", p.count() / (double) e.support(e.classes().indexOf(p.truth())));
        }
        return decimals(rt, "share");
    }

    /** One row per threshold 0.00..0.99: threshold,read,wrong,read_rate,error_rate,accuracy_of_read. */
    public static ResultsTable readRate(ModelEvaluation e) {
        ResultsTable rt = new ResultsTable();
        for (ThresholdPoint p : e.readRateCurve()) {
            rt.incrementCounter();
            rt.addValue("threshold", p.threshold());
            rt.addValue("read", p.read());
            rt.addValue("wrong", p.wrong());
            rt.addValue("read_rate", p.readRate());
            rt.addValue("error_rate", p.errorRate());
            rt.addValue("accuracy_of_read", p.accuracyOfRead());
        }
        return decimals(rt, "threshold", "read_rate", "error_rate", "accuracy_of_read");
    }

    private static ResultsTable decimals(ResultsTable rt, String... columns) {
        for (String c : columns) {
            if (rt.columnExists(c)) {
                rt.setDecimalPlaces(rt.getColumnIndex(c), 4);
            }
        }
        return rt;
    }
}
