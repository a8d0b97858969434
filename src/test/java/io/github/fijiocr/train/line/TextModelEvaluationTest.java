package io.github.fijiocr.train.line;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The substitutions an edit alignment finds: what "Evaluate Text Model" counts. */
public class TextModelEvaluationTest {
    @Test
    public void substitutionsAreTheReplacedCharactersNotTheInsertedOrDropped() {
        List<String[]> s = TextModelEvaluation.substituted("EXP 05.05.2022", "EXP O5.05.202");
        assertEquals(1, s.size());
        assertArrayEquals(new String[] {"0", "O"}, s.get(0));
        assertEquals(0, TextModelEvaluation.substituted("LOT 7", "LOT 7").size());
        List<String[]> two = TextModelEvaluation.substituted("Q0", "0Q");
        assertEquals(2, two.size());
    }
}
