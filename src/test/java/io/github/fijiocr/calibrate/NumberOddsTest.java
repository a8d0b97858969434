package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class NumberOddsTest {
    @Test
    public void neighboursAreEveryNumberOneDigitAway() {
        List<String> near = NumberOdds.neighbours("10");
        assertTrue(near.containsAll(List.of("910", "100", "110", "19", "70", "1", "0")));
        assertFalse("the number itself is not its neighbour", near.contains("10"));
        // 30 put in (3 places x 10 digits), 18 changed, 2 left out, less the repeats among them.
        assertEquals(near.size(), new java.util.HashSet<>(near).size());
        assertTrue(near.size() > 40);
    }

    @Test
    public void aOneDigitNumberIsNeverLeftEmpty() {
        assertFalse(NumberOdds.neighbours("5").contains(""));
    }

    @Test
    public void digitsCountOnlyDigits() {
        assertEquals(3, NumberOdds.digits("1.25 µm"));
        assertEquals(0, NumberOdds.digits("nm"));
    }

    @Test
    public void aPointIsPutInWhereImageJCouldHaveWrittenIt() {
        assertEquals(List.of("1.5 µm"), NumberOdds.withPoint("15 µm"));
        assertEquals(List.of("1.25nm", "12.5nm"), NumberOdds.withPoint("125nm"));
        // One whole digit before a 0, never a trailing 0 after the point.
        assertEquals(List.of("0.25 µm"), NumberOdds.withPoint("025 µm"));
        assertEquals(List.of(), NumberOdds.withPoint("100 µm"));
        assertEquals(List.of(), NumberOdds.withPoint("7.5 µm"));
        assertEquals(List.of(), NumberOdds.withPoint("5 µm"));
        assertEquals(List.of(), NumberOdds.withPoint("nm"));
    }
}
