package io.github.fijiocr;

import org.junit.rules.ExternalResource;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;

/**
 * One SciJava context for a test class, as Fiji would have: made before the class's first test and
 * disposed after its last ({@code @ClassRule public static final SciJavaContextRule CONTEXT = ...}).
 * Starting a context discovers every plugin, so the tests of a class share one.
 */
public final class SciJavaContextRule extends ExternalResource {
    private Context context;

    @Override
    protected void before() {
        context = new Context();
    }

    @Override
    protected void after() {
        if (context != null) {
            context.dispose();
            context = null;
        }
    }

    public Context get() {
        if (context == null) {
            throw new IllegalStateException("The context exists only while the test class runs.");
        }
        return context;
    }

    /** {@link TestCommands#run} in this context. */
    public CommandModule run(Class<? extends Command> command, Object... keyValues) throws Exception {
        return TestCommands.run(get(), command, keyValues);
    }
}
