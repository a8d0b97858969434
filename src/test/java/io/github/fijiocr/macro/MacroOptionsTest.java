package io.github.fijiocr.macro;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class MacroOptionsTest {
    @Test
    public void parsesPlainBracketedAndFlagKeys() {
        Map<String, String> o = MacroOptions.parse("input=[/data/my images] threshold=0.7 augment model=m.zip");
        assertEquals("/data/my images", o.get("input"));
        assertEquals("0.7", o.get("threshold"));
        assertEquals("true", o.get("augment"));
        assertEquals("m.zip", o.get("model"));
        assertEquals(4, o.size());
    }
}
