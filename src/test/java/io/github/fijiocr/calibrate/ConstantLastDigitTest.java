package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/** A counter whose last digit never changes is static text read as a digit. */
public class ConstantLastDigitTest {
    private static TimeText[] read(String... texts) {
        return Stream.of(texts).map(TimeText::parse).toArray(TimeText[]::new);
    }

    @Test
    public void tinySecondsReadWithoutThePointAndTheSAsAFiveAreCaught() {
        // Seen on a generated movie: 0.0 s, 0.5 s, 1.0 s... in 9-pixel text read as 005, 055, 105...
        assertEquals(5, ConstantLastDigit.of(read("005", "055", "105", null, "205", "255")));
        List<TimestampReading> rows = new ArrayList<>();
        rows.add(new TimestampReading(1, "005", 5, 0.9, TimestampReading.Status.READ, "", ""));
        rows.add(new TimestampReading(2, "0?5", Double.NaN, 0.4, TimestampReading.Status.FLAGGED, "", "not read"));
        List<TimestampReading> flagged = ConstantLastDigit.flagged(rows, 5);
        assertTrue(flagged.stream().allMatch(r -> r.status == TimestampReading.Status.FLAGGED));
        assertEquals("not read; every reading ends in 5: probably not a digit of the count", flagged.get(1).note);
    }

    @Test
    public void runningCountersAndCountersByTensAreNot() {
        assertEquals(-1, ConstantLastDigit.of(read("0001", "0002", "0003", "0004")));
        assertEquals(-1, ConstantLastDigit.of(read("0", "10", "20", "30")));
        // Too few values to say; times are no counters.
        assertEquals(-1, ConstantLastDigit.of(read("15", "25")));
        assertEquals(-1, ConstantLastDigit.of(read("00:05", "00:15", "00:25", "00:35")));
        assertEquals(-1, ConstantLastDigit.of(read("5 s", "15 s", "25 s", "35 s")));
    }
}
