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
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.preprocess.Preprocessing;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

/** The commands as macros and scripts run them: in a SciJava context, inputs by macro key. */
public class CommandsTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static CommandModule run(Class<? extends org.scijava.command.Command> command, Object... keyValues)
        throws Exception {
        return CONTEXT.run(command, keyValues);
    }

    @Test
    public void readTextOnTheTestImagesReadsTheirLabels() throws Exception {
        Map<String, String> labels = TestData.testImageLabels();
        File csv = tmp.getRoot().toPath().resolve("out/results.csv").toFile();
        // The character path, which reads all four: the line reader's readings are LineReaderTest's.
        CommandModule m = run(ReadTextCommand.class, "input", TestData.testImages().toFile(), "output", csv,
            "reader", "characters");
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(labels.size(), rt.size());
        for (int r = 0; r < rt.size(); r++) {
            String image = rt.getStringValue("image", r);
            assertEquals(image, labels.get(image), rt.getStringValue("text", r));
            assertTrue(rt.getValue("confidence", r) >= 0.7);
            // Text read with confidence is text-like: each character adds its confidence above 1/2.
            int length = rt.getStringValue("text", r).replace(" ", "").length();
            assertTrue(image, rt.getValue("score", r) > 0.15 * length);
        }
        List<String> lines = Files.readAllLines(csv.toPath());
        assertEquals("image,slice,line,text,confidence,min_confidence,score,x,y,width,height", lines.get(0));
        assertEquals(labels.size() + 1, lines.size());
    }

    @Test
    public void readTextReadsEverySliceOfAStack() throws Exception {
        ImagePlus a = ImageFiles.open(TestData.testImages().resolve("digits.png"));
        ImagePlus b = ImageFiles.open(TestData.testImages().resolve("expiry.png"));
        int w = Math.max(a.getWidth(), b.getWidth());
        int h = Math.max(a.getHeight(), b.getHeight());
        ImageStack stack = new ImageStack(w, h);
        for (ImagePlus imp : List.of(a, b)) {
            ij.process.ImageProcessor ip = imp.getProcessor().convertToRGB().createProcessor(w, h);
            ip.setColor(java.awt.Color.WHITE);
            ip.fill();
            ip.insert(imp.getProcessor().convertToRGB(), 0, 0);
            stack.addSlice(ip);
        }
        CommandModule m = run(ReadTextCommand.class, "image", new ImagePlus("labels", stack));
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        assertEquals(2, rt.size());
        assertEquals("4815162342", rt.getStringValue("text", 0));
        assertEquals(1, (int) rt.getValue("slice", 0));
        assertEquals("EXP 2027-03-14", rt.getStringValue("text", 1));
        assertEquals(2, (int) rt.getValue("slice", 1));
        assertEquals("labels", rt.getStringValue("image", 1));
    }

    @Test
    public void sixteenAndThirtyTwoBitImagesReadLikeTheirEightBitOriginal() throws Exception {
        ImagePlus rgb = ImageFiles.open(TestData.testImages().resolve("timestamp.png"));
        ij.process.ImageProcessor gray = rgb.getProcessor().convertToByte(false);
        ImageStack stack = new ImageStack(gray.getWidth(), gray.getHeight());
        // A 16-bit slice that uses only a narrow band of values, as camera data often does.
        ij.process.ShortProcessor sixteen = (ij.process.ShortProcessor) gray.convertToShort(false);
        sixteen.multiply(3);
        sixteen.add(1000);
        stack.addSlice(sixteen);
        stack.addSlice(gray.convertToFloat());
        for (int s = 1; s <= 2; s++) {
            ImagePlus one = new ImagePlus("deep" + s, stack.getProcessor(s));
            CommandModule m = run(ReadTextCommand.class, "image", one);
            ResultsTable rt = (ResultsTable) m.getOutput("results");
            assertEquals(one.getBitDepth() + "-bit", "12:34:56.789", rt.getStringValue("text", 0));
        }
    }

    @Test
    public void badInputEndsTheCommandWithOneLineNamingTheFix() throws Exception {
        CommandModule none = run(ReadTextCommand.class);
        assertTrue(none.isCanceled());
        assertTrue(none.getCancelReason(), none.getCancelReason().contains("input="));

        Path fake = tmp.newFile("fake-model.zip").toPath();
        Files.writeString(fake, "not a model");
        CommandModule bad = run(ReadTextCommand.class, "input", TestData.testImages().toFile(), "model", fake.toFile());
        assertTrue(bad.isCanceled());
        assertTrue(bad.getCancelReason(), bad.getCancelReason().contains(fake.toString()));
        assertFalse(bad.getCancelReason().contains("\n"));

        File empty = tmp.newFolder("empty");
        CommandModule noImages = run(TrainCharacterModelCommand.class, "input", empty, "output",
            new File(empty, "m.zip"));
        assertTrue(noImages.isCanceled());
        assertTrue(noImages.getCancelReason(), noImages.getCancelReason().contains(empty.toString()));
        assertFalse(new File(empty, "m.zip").exists());
    }

    @Test
    public void trainThenClassifyWithTheNewModel() throws Exception {
        Path data = TestData.chars74kFolders(tmp.newFolder("three").toPath(), "[012]", 40);
        File model = tmp.getRoot().toPath().resolve("three.zip").toFile();
        CommandModule train = run(TrainCharacterModelCommand.class, "input", data.toFile(), "output", model,
            "epochs", 10);
        assertFalse(train.getCancelReason(), train.isCanceled());
        assertTrue(model.isFile());
        assertEquals(10, ((ResultsTable) train.getOutput("history")).size());
        assertTrue("the split is saved with the dataset", Files.isRegularFile(data.resolve("fiji-ocr-split.csv")));
        assertTrue((double) train.getOutput("test_accuracy") > 0.6);
        assertEquals("a new model gets the standard preprocessing", Preprocessing.standard(),
            ModelFile.load(model.toPath()).metadata().preprocessing());

        CommandModule classify = run(ClassifyCharactersCommand.class, "input", data.resolve("2").toFile(),
            "model", model, "threshold", 0.0);
        ResultsTable rt = (ResultsTable) classify.getOutput("results");
        assertEquals(40, rt.size());
        int twos = 0;
        for (int r = 0; r < rt.size(); r++) {
            twos += "2".equals(rt.getStringValue("label", r)) ? 1 : 0;
        }
        StringBuilder got = new StringBuilder();
        for (int r = 0; r < rt.size(); r++) {
            got.append(rt.getStringValue("label", r)).append(' ');
        }
        ResultsTable h = (ResultsTable) train.getOutput("history");
        for (int r = 0; r < h.size(); r++) {
            got.append("| ").append(h.getRowAsString(r));
        }
        assertTrue("read 2 in " + twos + " of 40: " + got + " test " + train.getOutput("test_accuracy"), twos >= 32);
    }
}
