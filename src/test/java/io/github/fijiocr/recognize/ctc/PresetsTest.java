package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;

public class PresetsTest {
    private static final List<String> ALPHABET = Lattices.alphabet("0123456789:.,/-+ OlS");

    private static void check(String preset, boolean expected, String... texts) {
        Automaton a = PatternCompiler.compile(preset, ALPHABET);
        Pattern java = Pattern.compile(Presets.resolve(preset));
        for (String t : texts) {
            assertEquals(preset + " on " + t, expected, a.matches(t));
            assertEquals(preset + " in Java on " + t, expected, java.matcher(t).matches());
        }
    }

    @Test
    public void time() {
        check("time", true, "12:03:59", "0:00:00", "23:59:59.999", "7:05", "07:05", "59:59.5", "99:00:00", "00:00.0");
        check("time", false, "12:60:00", "12:03:5", "12:3:59", "123:00", "12:03:59.", "12.03.59", ":12", "12:03:59:01",
            "1O:00", "", "12:03 ");
    }

    @Test
    public void date() {
        check("date", true, "31.12.2024", "31/12/2024", "2024-12-31", "31.12.24", "1.2.2024", "01-02-2024",
            "2024/12/31", "2024.1.9", "12/31/2024", "31-12-24");
        check("date", false, "32.12.2024", "31.13.2024", "31.12/2024", "2024-12-32", "2024-31-12", "31.12.202",
            "00.12.2024", "31.00.2024", "12/31.2024", "13/31/2024", "3l.12.2024", "");
    }

    @Test
    public void number() {
        check("number", true, "0", "42", "-7", "+1205", "007");
        check("number", false, "", "-", "4.2", "1 000", "l205", "4-2", "--1");
    }

    @Test
    public void decimal() {
        check("decimal", true, "3", "-3,25", "+0.5", "12.75", ".5", ",5", "-0,001");
        check("decimal", false, "", "3.", "3.2.1", "3,2.1", "1e5", "-", "+.", "S.5");
    }

    @Test
    public void aNameThatIsNoPresetIsAPattern() {
        assertEquals("times", Presets.resolve("times"));
        assertEquals(4, Presets.all().size());
    }
}
