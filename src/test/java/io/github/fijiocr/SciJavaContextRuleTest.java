package io.github.fijiocr;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.scijava.Context;
import org.scijava.command.CommandService;

public class SciJavaContextRuleTest {
    @Test
    public void theContextLivesOnlyBetweenBeforeAndAfter() {
        SciJavaContextRule rule = new SciJavaContextRule();
        assertThrows(IllegalStateException.class, rule::get);
        rule.before();
        Context context = rule.get();
        assertNotNull(context.service(CommandService.class));
        rule.after();
        assertThrows(IllegalStateException.class, rule::get);
    }
}
