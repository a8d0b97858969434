package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import org.junit.ClassRule;
import org.junit.Test;
import org.scijava.command.CommandModule;

/** Read Text with pattern=: every line is the most probable text the pattern accepts, or rejected. */
public class PatternTest {
    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static ResultsTable read(ImagePlus image, String pattern) throws Exception {
        return read(image, pattern, "auto");
    }

    private static ResultsTable read(ImagePlus image, String pattern, String layout) throws Exception {
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "image", image, "pattern", pattern, "layout", layout);
        assertFalse(m.getCancelReason(), m.isCanceled());
        return (ResultsTable) m.getOutput("results");
    }

    @Test
    public void everySliceOfATimestampStackReadsExactlyWithPatternTime() throws Exception {
        ImagePlus one = ImageFiles.open(TestData.testImages().resolve("timestamp.png"));
        ImageStack stack = new ImageStack(one.getWidth(), one.getHeight());
        for (int s = 0; s < 3; s++) {
            stack.addSlice(one.getProcessor().duplicate());
        }
        ResultsTable rt = read(new ImagePlus("stack", stack), "time");
        assertEquals(3, rt.size());
        for (int r = 0; r < rt.size(); r++) {
            assertEquals(TestData.testImageLabels().get("timestamp.png"), rt.getStringValue("text", r));
        }
    }

    /** layout=lines lists it as rejected; layout=auto (the default) leaves it out, as it finds only what matches. */
    @Test
    public void aLineThePatternCannotReadIsRejectedNotForced() throws Exception {
        ImagePlus digits = ImageFiles.open(TestData.testImages().resolve("digits.png"));
        String text = read(digits, "\\d{4}", "lines").getStringValue("text", 0);
        assertTrue(text, text.matches("\\?+"));
        assertEquals(0, read(digits, "\\d{4}").size());
        assertEquals(TestData.testImageLabels().get("digits.png"), read(digits, "number").getStringValue("text", 0));
    }

    @Test
    public void aPatternOutsideTheSupportedSyntaxIsRefusedInOneLine() throws Exception {
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", TestData.testImages().resolve("digits.png")
            .toFile(), "pattern", "(?<=a)b");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("pattern=(?<=a)b"));
        assertFalse(m.getCancelReason().contains("\n"));
    }
}
