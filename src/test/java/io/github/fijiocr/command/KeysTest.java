package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.macro.OcrCommands;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;

/** Every key of every command goes through the one parser: one line naming the key, never a trace. */
public class KeysTest {
    /** Deleted after each test: data, models and problem lists written beside them (none left in /tmp). */
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static List<Class<? extends Command>> commands() throws Exception {
        List<Class<? extends Command>> out = new ArrayList<>();
        for (CommandInfo info : OcrCommands.all(CONTEXT.get().service(CommandService.class))) {
            out.add(info.loadDelegateClass().asSubclass(Command.class));
        }
        assertEquals(16, out.size());
        return out;
    }

    @Test
    public void everyChoiceKeyRefusesABadValueWithTheKeyAndItsChoices() throws Exception {
        int checked = 0;
        for (Class<? extends Command> c : commands()) {
            for (Field f : Keys.inputs(c)) {
                String[] choices = f.getAnnotation(Parameter.class).choices();
                if (choices.length == 0) {
                    continue;
                }
                // A command that requires an image gets one: alone, no image is open, and SciJava
                // refuses the unset image before the key is parsed.
                CommandModule m = needsImage(c) ? CONTEXT.run(c, f.getName(), "bogus", "image",
                    new ImagePlus("blank", new ij.process.ByteProcessor(8, 8)))
                    : CONTEXT.run(c, f.getName(), "bogus");
                assertTrue(c.getSimpleName() + " " + f.getName(), m.isCanceled());
                String reason = m.getCancelReason();
                assertTrue(reason, reason.startsWith(f.getName() + "=bogus is not a choice: use "));
                for (String choice : choices) {
                    assertTrue(reason + " names " + choice, reason.contains(choice));
                }
                assertFalse(reason, reason.contains("\n") || reason.contains("Exception"));
                checked++;
            }
        }
        assertTrue("choice keys checked: " + checked, checked >= 15);
    }

    /** Whether {@code c} has a required image input, which SciJava fills with the current image or refuses. */
    private static boolean needsImage(Class<? extends Command> c) {
        for (Field f : Keys.inputs(c)) {
            if (f.getType() == ImagePlus.class && f.getAnnotation(Parameter.class).required()) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void choicesIgnoreCaseAndAreSetToTheirSpelling() throws Exception {
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", TestData.testImages().resolve("digits.png")
            .toFile(), "method", "otsu", "text", " AUTO ");
        assertFalse(m.getCancelReason(), m.isCanceled());
        assertEquals("Otsu", m.getInput("method"));
        assertEquals("auto", m.getInput("text"));
    }

    @Test
    public void everyBoundedNumberRefusesAValueOutOfItsRange() throws Exception {
        int checked = 0;
        for (Class<? extends Command> c : commands()) {
            for (Field f : Keys.inputs(c)) {
                Parameter p = f.getAnnotation(Parameter.class);
                boolean number = f.getType() == int.class || f.getType() == double.class || f.getType() == long.class;
                if (!number || p.min().isEmpty()) {
                    continue;
                }
                double below = Double.parseDouble(p.min()) - 1;
                Object value = f.getType() == int.class ? (Object) (int) below
                    : f.getType() == long.class ? (Object) (long) below : (Object) below;
                CommandModule m = CONTEXT.run(c, f.getName(), value);
                assertTrue(c.getSimpleName() + " " + f.getName(), m.isCanceled());
                assertTrue(m.getCancelReason(), m.getCancelReason().startsWith(f.getName() + "="));
                assertTrue(m.getCancelReason(), m.getCancelReason().contains("is out of range: use "));
                checked++;
            }
        }
        assertTrue("bounded keys checked: " + checked, checked >= 30);
    }

    @Test
    public void aMacroNumberThatIsNotANumberIsRefusedNotReplacedByTheDefault() {
        for (String bad : new String[] {"threshold=abc", "threshold=0,9", "threshold=[]"}) {
            try {
                Keys.checkMacroNumbers(ReadTextCommand.class, "input=[x.png] " + bad);
                fail(bad);
            } catch (OcrException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith(bad + " is not a number"));
            }
        }
        try {
            Keys.checkMacroNumbers(TrainCharacterModelCommand.class, "epochs=2.5");
            fail("epochs=2.5");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("epochs=2.5 is not a whole number"));
        }
        Keys.checkMacroNumbers(ReadTextCommand.class, "threshold=0.9 min_area=5 allowed=0123");
    }

    @Test
    public void anEmptyInputReadsTheOpenImageAndAnEmptyOutputWritesNothing() throws Exception {
        ImagePlus image = ImageFiles.open(TestData.testImages().resolve("digits.png"));
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", new File(""), "image", image, "output",
            new File(""));
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(1, rt.size());
        assertEquals(image.getTitle(), rt.getStringValue("image", 0));
        assertEquals(TestData.testImageLabels().get("digits.png"), rt.getStringValue("text", 0));
    }

    @Test
    public void nothingToReadSaysWhatToGive() throws Exception {
        CommandModule m = CONTEXT.run(ReadTextCommand.class, "input", new File(""));
        assertTrue(m.isCanceled());
        assertEquals("Nothing to read: open an image, or set input= to an image file or a folder.",
            m.getCancelReason());
    }

    /** The bad values a hostile new user tried (issue 16): each refused by name, no trace, nothing written. */
    @Test
    public void theBadValuesATesterTriedAreEachRefusedByName() throws Exception {
        Object[][] cases = {
            {ReadTextCommand.class, "threshold", 1.5, "threshold=1.5 is out of range: use a value from 0 to 1."},
            {EvaluateModelCommand.class, "target_error", 2.0, "target_error=2 is out of range"},
            {LiveReadTextCommand.class, "frames", -1, "frames=-1 is out of range: use 0 or more."},
            {LiveReadTextCommand.class, "vote", 0, "vote=0 is out of range: use 1 or more."},
            {PreviewAugmentationCommand.class, "variants", -1, "variants=-1 is out of range"},
            {PreviewAugmentationCommand.class, "images", 0, "images=0 is out of range"},
            {PreviewAugmentationCommand.class, "images", 100000, "images=100000 is out of range: use a value from 1 to 500."},
            {PreviewAugmentationCommand.class, "variants", 100000, "variants=100000 is out of range"},
            {TrainCharacterModelCommand.class, "learning_rate", -5.0, "learning_rate=-5 is out of range"},
            {TrainCharacterModelCommand.class, "epochs", -1, "epochs=-1 is out of range: use 0 or more."},
            {TrainCharacterModelCommand.class, "epochs", -3, "epochs=-3 is out of range"},
            {TrainCharacterModelCommand.class, "batch_size", -1, "batch_size=-1 is out of range: use 0 or more."},
            {TrainCharacterModelCommand.class, "patience", -2, "patience=-2 is out of range"},
            {TrainTextModelCommand.class, "epochs", -1, "epochs=-1 is out of range: use 0 or more."},
            {TrainTextModelCommand.class, "learning_rate", 2.0, "learning_rate=2 is out of range"},
            {TrainTextModelCommand.class, "patience", -2, "patience=-2 is out of range"},
            {ImportCharacterDatasetCommand.class, "test_fraction", 1.5, "test_fraction=1.5 is out of range"},
            {PreprocessCommand.class, "size", 0, "size=0 is out of range: use a value from 8 to 256."},
        };
        java.nio.file.Path out = tmp.newFolder("keys").toPath();
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Class<? extends Command> command = (Class<? extends Command>) c[0];
            boolean writes = Keys.inputs(command).stream().anyMatch(f -> f.getName().equals("output"));
            CommandModule m = writes ? CONTEXT.run(command, c[1], c[2], "output", out.resolve("never.zip").toFile())
                : CONTEXT.run(command, c[1], c[2]);
            assertTrue(c[1] + "=" + c[2], m.isCanceled());
            assertTrue(m.getCancelReason(), m.getCancelReason().startsWith((String) c[3]));
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(out)) {
            assertEquals("nothing written", 0, files.count());
        }
    }
}
