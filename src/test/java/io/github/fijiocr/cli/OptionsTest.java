package io.github.fijiocr.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.fijiocr.macro.MacroOptions;
import java.util.Map;
import org.junit.Test;

/** The launcher's command line: its arguments, and options in the macro form and Fiji's. */
public class OptionsTest {
    @Test
    public void fijiFormAndMacroFormGiveTheSameKeys() {
        Map<String, String> fiji = MacroOptions.parseCommandLine("input='/data/my images',threshold=0.5,text=\"dark\"");
        Map<String, String> macro = MacroOptions.parseCommandLine("input=[/data/my images] threshold=0.5 text=dark");
        assertEquals(Map.of("input", "/data/my images", "threshold", "0.5", "text", "dark"), fiji);
        assertEquals(fiji, macro);
        assertEquals(fiji, MacroOptions.parseCommandLine("input=[/data/my images], threshold=0.5 text='dark'"));
    }

    @Test
    public void aCommaStaysInAValueUnlessAKeyFollows() {
        assertEquals(Map.of("allowed", ",.", "output", "x.csv"), MacroOptions.parseCommandLine("allowed=,. output=x.csv"));
        assertEquals(Map.of("threshold", "0,9"), MacroOptions.parseCommandLine("threshold=0,9"));
        assertEquals(Map.of("allowed", "0123", "resume", "true"), MacroOptions.parseCommandLine("allowed=0123,resume"
            .replace(",resume", ",resume=true")));
        assertEquals(Map.of("a", "1", "b", "2"), MacroOptions.parseCommandLine("a=1,b=2"));
    }

    @Test
    public void theMacroFormIsReadAsImageJReadsIt() {
        assertEquals(Map.of("allowed", "'x'", "model", "a,b=c"), MacroOptions.parse("allowed='x' model=a,b=c"));
    }

    @Test
    public void malformedOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MacroOptions.parseCommandLine("input='x"));
        assertThrows(IllegalArgumentException.class, () -> MacroOptions.parseCommandLine("input=[x"));
        assertThrows(IllegalArgumentException.class, () -> MacroOptions.parseCommandLine("=x"));
    }

    @Test
    public void arguments() {
        Args a = Args.parse("--run", "Read Text", "input='x',threshold=0.5", "text=dark");
        assertEquals(Args.Mode.RUN, a.mode);
        assertEquals("Read Text", a.target);
        assertEquals("input='x',threshold=0.5 text=dark", a.options);
        assertEquals(Args.Mode.HELP, Args.parse("--run", "Read Text", "input=x", "--help").mode);
        assertEquals("Read Text", Args.parse("--run", "Read Text", "--help").target);
        assertEquals(Args.Mode.MACRO, Args.parse("-macro", "m.ijm", "arg").mode);
        assertEquals("arg", Args.parse("-macro", "m.ijm", "arg").options);
        assertEquals(Args.Mode.VERSION, Args.parse("--version").mode);
        assertThrows(Args.UsageException.class, () -> Args.parse());
        assertThrows(Args.UsageException.class, () -> Args.parse("--run"));
        assertThrows(Args.UsageException.class, () -> Args.parse("--run", "Read Text", "--bogus"));
        assertThrows(Args.UsageException.class, () -> Args.parse("--version", "x"));
    }
}
