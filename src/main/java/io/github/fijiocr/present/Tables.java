package io.github.fijiocr.present;

import io.github.fijiocr.train.line.LineReads;
import io.github.fijiocr.train.line.TextModelEvaluation;
import ij.measure.ResultsTable;
import io.github.fijiocr.capture.FrameReading;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetProblem;
import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.label.LineCutter;
import io.github.fijiocr.label.RoiLabelExport;
import io.github.fijiocr.locate.Glyph;
import io.github.fijiocr.locate.LocatedSlice;
import io.github.fijiocr.locate.TextLine;
import io.github.fijiocr.recognize.ClassifiedImage;
import io.github.fijiocr.recognize.LineEvaluation;
import io.github.fijiocr.recognize.LineReading;
import io.github.fijiocr.train.EpochStats;
import io.github.fijiocr.train.TrainingResult;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;

/** Results as ImageJ tables, with the column names the README documents. */
public final class Tables {
    private Tables() {
    }

    /** One row per class: class,count,train,validation,test,excluded,percent. */
    public static ResultsTable datasetSummary(CharacterDataset data) {
        int[][] counts = data.split().counts(data.labelIndices(), data.classes().size());
        ResultsTable rt = new ResultsTable();
        for (int c = 0; c < data.classes().size(); c++) {
            int total = 0;
            for (int n : counts[c]) {
                total += n;
            }
            rt.incrementCounter();
            rt.addValue("class", data.classes().get(c));
            rt.addValue("count", total);
            for (DatasetSplit.Part part : DatasetSplit.Part.values()) {
                rt.addValue(part.key(), counts[c][part.ordinal()]);
            }
            rt.addValue("percent", 100.0 * total / data.size());
        }
        return decimals(rt, "percent");
    }

    /** One row per problem: file,problem,detail,dropped. */
    public static ResultsTable datasetProblems(List<DatasetProblem> problems) {
        ResultsTable rt = new ResultsTable();
        for (DatasetProblem p : problems) {
            rt.incrementCounter();
            rt.addValue("file", p.file());
            rt.addValue("problem", p.kind().key());
            rt.addValue("detail", p.detail());
            rt.addValue("dropped", p.dropped() ? "yes" : "no");
        }
        return rt;
    }

    /** One row per frame: slice,text,seconds (or count, for counters),confidence,status,read_as,note. */
    public static ResultsTable timestamps(io.github.fijiocr.calibrate.Timestamps t) {
        ResultsTable rt = new ResultsTable();
        String value = t.hasTimeInterval() || t.kind != io.github.fijiocr.calibrate.TimeText.Kind.COUNTER ? "seconds"
            : "count";
        for (io.github.fijiocr.calibrate.TimestampReading r : t.readings) {
            rt.incrementCounter();
            rt.addValue("slice", r.slice);
            rt.addValue("text", r.text);
            rt.addValue(value, r.value);
            rt.addValue("confidence", r.confidence);
            rt.addValue("status", r.status.key());
            rt.addValue("read_as", r.readAs);
            rt.addValue("note", r.note);
        }
        rt.setDecimalPlaces(rt.getColumnIndex(value), 3);
        return decimals(rt, "confidence");
    }

    /**
     * One row: image,value,unit,label,bar_length,pixel_size,precision,confidence,source,calibrated,doubt,x,y,width,height;
     * precision: the most the pixel size can be off, in percent.
     */
    public static ResultsTable scaleBar(String image, io.github.fijiocr.calibrate.ScaleBar s, boolean calibrated) {
        ResultsTable rt = new ResultsTable();
        rt.incrementCounter();
        rt.addValue("image", image);
        rt.addValue("value", s.value);
        rt.addValue("unit", s.unit);
        rt.addValue("label", s.label);
        rt.addValue("bar_length", s.length);
        rt.addValue("pixel_size", s.pixelSize());
        rt.addValue("precision", 100 * s.precision());
        rt.addValue("confidence", s.confidence);
        rt.addValue("source", s.source.name().toLowerCase(java.util.Locale.ROOT));
        rt.addValue("calibrated", calibrated ? "yes" : "no");
        rt.addValue("doubt", s.doubt);
        rt.addValue("x", s.bar.x);
        rt.addValue("y", s.bar.y);
        rt.addValue("width", s.bar.width);
        rt.addValue("height", s.bar.height);
        rt.setDecimalPlaces(rt.getColumnIndex("pixel_size"), 6);
        rt.setDecimalPlaces(rt.getColumnIndex("precision"), 2);
        return decimals(rt, "bar_length", "confidence");
    }

    /** One row per line: image,slice,line,text,confidence,min_confidence,score,x,y,width,height. */
    public static ResultsTable lines(List<LineReading> lines) {
        ResultsTable rt = new ResultsTable();
        for (LineReading l : lines) {
            rt.incrementCounter();
            rt.addValue("image", l.image);
            rt.addValue("slice", l.slice);
            rt.addValue("line", l.line);
            rt.addValue("text", l.text);
            rt.addValue("confidence", l.confidence);
            rt.addValue("min_confidence", l.minConfidence);
            rt.addValue("score", l.score);
            rt.addValue("x", l.bounds.x);
            rt.addValue("y", l.bounds.y);
            rt.addValue("width", l.bounds.width);
            rt.addValue("height", l.bounds.height);
        }
        return decimals(rt, "confidence", "min_confidence", "score");
    }

    /**
     * One row per line and per character: image,slice,name,line,char,word,x,y,width,height,
     * mark,angle. A line's row has char 0; "mark" is 1 for punctuation-sized glyphs.
     */
    public static ResultsTable boxes(List<LocatedSlice> slices) {
        ResultsTable rt = new ResultsTable();
        for (LocatedSlice s : slices) {
            for (int l = 0; l < s.lines.size(); l++) {
                TextLine line = s.lines.get(l);
                box(rt, s, l + 1, 0, 0, line.bounds(), false, line.angle());
                int word = 1;
                for (int c = 0; c < line.glyphs().size(); c++) {
                    Glyph g = line.glyphs().get(c);
                    word += g.wordStart() ? 1 : 0;
                    box(rt, s, l + 1, c + 1, word, g.ink(), g.mark(), line.angle());
                }
            }
        }
        return decimals(rt, "angle");
    }

    private static void box(ResultsTable rt, LocatedSlice s, int line, int c, int word, Rectangle r, boolean mark,
        double angle) {
        rt.incrementCounter();
        rt.addValue("image", s.image);
        rt.addValue("slice", s.slice);
        rt.addValue("name", c == 0 ? "line " + line : "line " + line + " char " + c);
        rt.addValue("line", line);
        rt.addValue("char", c);
        rt.addValue("word", word);
        rt.addValue("x", r.x);
        rt.addValue("y", r.y);
        rt.addValue("width", r.width);
        rt.addValue("height", r.height);
        rt.addValue("mark", mark ? 1 : 0);
        rt.addValue("angle", angle);
    }

    /** Appends one live frame's row: frame,time,text,confidence,voted (the table stays in the caller's hands). */
    public static void liveFrame(ResultsTable rt, FrameReading r) {
        rt.incrementCounter();
        rt.addValue("frame", r.frame);
        rt.addValue("time", r.seconds);
        rt.addValue("text", r.text);
        rt.addValue("confidence", r.confidence);
        rt.addValue("voted", r.voted);
        decimals(rt, "time", "confidence");
    }

    /** One row per image or slice: image,slice,label,confidence,second_label,second_confidence. */
    public static ResultsTable characters(List<ClassifiedImage> items) {
        ResultsTable rt = new ResultsTable();
        for (ClassifiedImage c : items) {
            rt.incrementCounter();
            rt.addValue("image", c.image);
            rt.addValue("slice", c.slice);
            rt.addValue("label", c.reading.text());
            rt.addValue("confidence", c.reading.confidence);
            rt.addValue("second_label", c.reading.secondLabel);
            rt.addValue("second_confidence", c.reading.secondConfidence);
        }
        return decimals(rt, "confidence", "second_confidence");
    }

    /** One row per epoch: epoch,loss,accuracy,val_loss,val_accuracy,seconds (Keras' names). */
    public static ResultsTable history(List<EpochStats> epochs) {
        ResultsTable rt = new ResultsTable();
        for (EpochStats e : epochs) {
            rt.incrementCounter();
            rt.addValue("epoch", e.epoch);
            rt.addValue("loss", e.trainLoss);
            rt.addValue("accuracy", e.trainAccuracy);
            rt.addValue("val_loss", e.validationLoss);
            rt.addValue("val_accuracy", e.validationAccuracy);
            rt.addValue("seconds", e.seconds);
        }
        return decimals(rt, "loss", "accuracy", "val_loss", "val_accuracy", "seconds");
    }

    /** How often each character occurs in a dataset's labels: HALCON's character statistics. */
    public static ResultsTable counts(java.util.Map<String, Integer> counts, String column) {
        ResultsTable rt = new ResultsTable();
        counts.forEach((c, n) -> {
            rt.incrementCounter();
            rt.addValue(column, c.equals(" ") ? "space" : c);
            rt.addValue("count", n);
        });
        return rt;
    }

    /** Problems given as "path: what is wrong", one row each. */
    public static ResultsTable problems(List<String> lines) {
        ResultsTable rt = new ResultsTable();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            rt.incrementCounter();
            rt.addValue("path", colon < 0 ? "" : line.substring(0, colon));
            rt.addValue("problem", colon < 0 ? line : line.substring(colon + 2));
        }
        return rt;
    }

    /** One row per model: lines, exact lines, character error rate. */
    public static ResultsTable textModels(String name, TextModelEvaluation mine,
        String baseName, TextModelEvaluation base) {
        ResultsTable rt = new ResultsTable();
        if (base != null) {
            textModelRow(rt, "base (" + baseName + ")", base);
        }
        textModelRow(rt, name, mine);
        return rt;
    }

    private static void textModelRow(ResultsTable rt, String name, TextModelEvaluation e) {
        rt.incrementCounter();
        rt.addValue("model", name);
        rt.addValue("lines", e.reads.size());
        rt.addValue("exact", e.exact);
        rt.addValue("character_error_rate", e.characterErrorRate);
        decimals(rt, "exact", "character_error_rate");
    }

    public static ResultsTable substitutions(List<TextModelEvaluation.Substitution> subs) {
        ResultsTable rt = new ResultsTable();
        for (TextModelEvaluation.Substitution s : subs) {
            rt.incrementCounter();
            rt.addValue("truth", s.truth);
            rt.addValue("read", s.read);
            rt.addValue("count", s.count);
        }
        return rt;
    }

    public static ResultsTable textThresholds(List<TextModelEvaluation.Point> points) {
        ResultsTable rt = new ResultsTable();
        for (TextModelEvaluation.Point p : points) {
            rt.incrementCounter();
            rt.addValue("threshold", p.threshold);
            rt.addValue("read_rate", p.readRate);
            rt.addValue("error_rate", p.errorRate);
        }
        return decimals(rt, "threshold", "read_rate", "error_rate");
    }

    /** Each line with its label and readings (the base model's too, when given). */
    public static ResultsTable textReadings(TextModelEvaluation mine,
        TextModelEvaluation base) {
        ResultsTable rt = new ResultsTable();
        for (int i = 0; i < mine.reads.size(); i++) {
            LineReads.Read r = mine.reads.get(i);
            rt.incrementCounter();
            rt.addValue("path", r.line.path);
            rt.addValue("label", r.line.text);
            rt.addValue("read", r.text);
            rt.addValue("confidence", r.confidence);
            if (base != null) {
                rt.addValue("base_read", base.reads.get(i).text);
            }
        }
        return decimals(rt, "confidence");
    }

    /** A line training's epochs: CTC losses and the validation lines read exactly. */
    public static ResultsTable lineHistory(List<EpochStats> epochs) {
        ResultsTable rt = new ResultsTable();
        for (EpochStats e : epochs) {
            rt.incrementCounter();
            rt.addValue("epoch", e.epoch);
            rt.addValue("loss", e.trainLoss);
            rt.addValue("val_loss", e.validationLoss);
            rt.addValue("val_exact", e.validationAccuracy);
            rt.addValue("val_cer", e.validationCharacterErrors);
            rt.addValue("seconds", e.seconds);
        }
        return decimals(rt, "loss", "val_loss", "val_exact", "val_cer", "seconds");
    }

    /** Fine-tuning: the base model and the fine-tuned one on the same test split, one row each. */
    public static ResultsTable fineTuning(String baseName, TrainingResult result) {
        ResultsTable rt = new ResultsTable();
        int n = result.test.total();
        rt.incrementCounter();
        rt.addValue("model", "base (" + baseName + "), before training");
        rt.addValue("test_accuracy", result.baselineAccuracy);
        rt.addValue("errors", (double) Math.round((1 - result.baselineAccuracy) * n));
        rt.addValue("test_images", n);
        rt.incrementCounter();
        rt.addValue("model", "fine-tuned, best epoch " + result.bestEpoch);
        rt.addValue("test_accuracy", result.test.accuracy());
        rt.addValue("errors", (double) (n - result.test.correct()));
        rt.addValue("test_images", n);
        return decimals(rt, "test_accuracy");
    }

    /** One row per line image: image,label,characters,found,cut. */
    public static ResultsTable cutLines(List<LineCutter.Outcome> outcomes) {
        ResultsTable rt = new ResultsTable();
        for (LineCutter.Outcome o : outcomes) {
            rt.incrementCounter();
            rt.addValue("image", o.image);
            rt.addValue("label", o.label);
            rt.addValue("characters", o.expected());
            rt.addValue("found", o.found);
            rt.addValue("cut", o.cut ? "yes" : "no");
        }
        return rt;
    }

    /** One row per line image: image,truth,text,exact,edits,confidence. */
    public static ResultsTable lineEvaluation(LineEvaluation eval) {
        ResultsTable rt = new ResultsTable();
        for (LineEvaluation.Row r : eval.rows()) {
            rt.incrementCounter();
            rt.addValue("image", r.image);
            rt.addValue("truth", r.truth);
            rt.addValue("text", r.text);
            rt.addValue("exact", r.exact() ? 1 : 0);
            rt.addValue("edits", r.edits);
            rt.addValue("confidence", r.confidence);
        }
        return rt;
    }

    /** One row per exported crop: file,label,kind,slice,x,y,width,height (file relative to the dataset). */
    public static ResultsTable labels(List<RoiLabelExport.Crop> crops, Path dataset) {
        ResultsTable rt = new ResultsTable();
        for (RoiLabelExport.Crop c : crops) {
            rt.incrementCounter();
            rt.addValue("file", dataset.relativize(c.file).toString().replace('\\', '/'));
            rt.addValue("label", c.label);
            rt.addValue("kind", c.line ? "line" : "character");
            rt.addValue("slice", c.slice);
            rt.addValue("x", c.box.x);
            rt.addValue("y", c.box.y);
            rt.addValue("width", c.box.width);
            rt.addValue("height", c.box.height);
        }
        return rt;
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
