package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/** A counter whose last digit never changes, or wanders while the rest counts, is static text read as a digit. */
public class LastDigitTest {
    private static TimeText[] read(String... texts) {
        return Stream.of(texts).map(TimeText::parse).toArray(TimeText[]::new);
    }

    @Test
    public void tinySecondsReadWithoutThePointAndTheSAsAFiveAreCaught() {
        // Seen on a generated movie: 0.0 s, 0.5 s, 1.0 s... in 9-pixel text read as 005, 055, 105...
        assertEquals(5, LastDigit.of(read("005", "055", "105", null, "205", "255")));
        List<TimestampReading> rows = new ArrayList<>();
        rows.add(new TimestampReading(1, "005", 5, 0.9, TimestampReading.Status.READ, "", ""));
        rows.add(new TimestampReading(2, "0?5", Double.NaN, 0.4, TimestampReading.Status.FLAGGED, "", "not read"));
        List<TimestampReading> flagged = LastDigit.flagged(rows, 5);
        assertTrue(flagged.stream().allMatch(r -> r.status == TimestampReading.Status.FLAGGED));
        assertEquals("not read; every reading ends in 5: probably not a digit of the count", flagged.get(1).note);
    }

    @Test
    public void runningCountersAndCountersByTensAreNot() {
        assertEquals(-1, LastDigit.of(read("0001", "0002", "0003", "0004")));
        assertEquals(-1, LastDigit.of(read("0", "10", "20", "30")));
        // Too few values to say; times are no counters.
        assertEquals(-1, LastDigit.of(read("15", "25")));
        assertEquals(-1, LastDigit.of(read("00:05", "00:15", "00:25", "00:35")));
        assertEquals(-1, LastDigit.of(read("5 s", "15 s", "25 s", "35 s")));
    }

    @Test
    public void aLastDigitThatWandersWhileTheTensCountExactlyIsCaught() {
        // Fresh generated seed 1575 in Liberation Sans: a 12-point JPEG "0.5 s" at 0.75 read
        // without its point and with its s as 6, 8, 3 or 5: 006, 050, 106... 50 a frame without a
        // break, 52 slices wrong and none flagged.
        TimeText[] seen = read("006", "050", "106", "156", "206", "256", "306", "358", "408", "458", "506", "558",
            "608", "658", "703", "758", "805", "858", "903", "958", "1003", "1058", "1103", "1158");
        assertTrue(LastDigit.wanders(seen, 49.99));
        assertEquals(-1, LastDigit.of(seen));
        // Counting by fifty or by ten exactly, from any start, with a gap and a misread: no.
        assertFalse(LastDigit.wanders(read("5", "55", "105", "155", "205", "255", "355", "405", "455", "505",
            "555", "605"), 50));
        assertFalse(LastDigit.wanders(read("3", "13", "23", "33", "43", null, "63", "73", "88", "93", "103", "113"),
            10));
        // An acquisition whose frames come a few seconds late or early (autofocus): the tens move too.
        assertFalse(LastDigit.wanders(read("0", "52", "98", "151", "203", "248", "301", "349", "402", "453", "498",
            "552"), 50));
        // Not a count by tens: the last digit is the count's.
        assertFalse(LastDigit.wanders(seen, 7));
    }
}
