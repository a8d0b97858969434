package io.github.fijiocr.script;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Jython as a SciJava script language, for the tests only: scijava-common does not adapt JSR-223
 * engines by itself, and Fiji ships its own Python (Jython) language, which we must not shadow.
 */
@Plugin(type = ScriptLanguage.class, name = "Python (Jython, tests)")
public class TestJython extends AdaptedScriptLanguage {
    public TestJython() {
        super("jython");
    }
}
