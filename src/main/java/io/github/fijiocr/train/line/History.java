package io.github.fijiocr.train.line;

import io.github.fijiocr.train.EpochStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A line training's epochs in a model file's description, so that a resumed run plots them all. */
final class History {
    private History() {
    }

    static List<Map<String, Object>> toJson(List<EpochStats> history) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EpochStats e : history) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", e.epoch);
            m.put("loss", e.trainLoss);
            m.put("val_loss", e.validationLoss);
            m.put("val_exact", e.validationAccuracy);
            m.put("val_cer", e.validationCharacterErrors);
            m.put("seconds", e.seconds);
            out.add(m);
        }
        return out;
    }

    static List<EpochStats> of(Object json) {
        List<EpochStats> out = new ArrayList<>();
        if (json instanceof List) {
            for (Object o : (List<?>) json) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.add(new EpochStats(num(m, "epoch").intValue(), num(m, "loss").doubleValue(), Double.NaN,
                    num(m, "val_loss").doubleValue(), num(m, "val_exact").doubleValue(), num(m, "seconds")
                        .doubleValue(), num(m, "val_cer").doubleValue()));
            }
        }
        return out;
    }

    private static Number num(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? (Number) v : Double.NaN;
    }
}
