package io.github.fijiocr.calibrate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The text a hidden decimal point would make, and the two formats the doubt offers. */
public class HiddenPointTest {
    @Test
    public void thePointGoesBeforeTheFirstNumbersLastDigit() {
        assertEquals("4.5 s", HiddenPoint.dotted("45 s"));
        assertEquals("0.5s", HiddenPoint.dotted("5s"));
        assertEquals("T = 12.0 sec", HiddenPoint.dotted("T = 120 sec"));
        assertNull(HiddenPoint.dotted("sec"));
    }

    /** Each format the message offers reads its own case, and only that one. */
    @Test
    public void theDoubtOffersAFormatForEachCase() {
        offersBoth(HiddenPoint.why(TimeText.parse("45 s")), "4.5 s", "45 s");
        offersBoth(HiddenPoint.why(TimeText.parse("05 sec")), "0.5 sec", "05 sec");
    }

    private static void offersBoth(String why, String dotted, String whole) {
        Matcher m = Pattern.compile("format=\\[(.+?)\\] if the time has a decimal point, or format=\\[(.+?)\\] if").matcher(why);
        assertTrue(why, m.find());
        assertTrue(m.group(1), dotted.matches(m.group(1)));
        assertFalse(m.group(1), whole.matches(m.group(1)));
        assertTrue(m.group(2), whole.matches(m.group(2)));
        assertFalse(m.group(2), dotted.matches(m.group(2)));
    }
}
