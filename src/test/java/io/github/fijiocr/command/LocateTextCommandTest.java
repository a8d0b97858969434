package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.synth.TextScenes;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

public class LocateTextCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Test
    public void boxesOfEverySliceAsNamedRowsAndOverlayKeepingTheUsersOwn() throws Exception {
        TextScenes.Scene a = TextScenes.scene("two-lines", new Random(1));
        ImageStack stack = new ImageStack(a.image.getWidth(), a.image.getHeight());
        stack.addSlice(new ByteProcessor(a.image));
        ByteProcessor inverted = new ByteProcessor(a.image);
        inverted.invert();
        stack.addSlice(inverted);
        ImagePlus image = new ImagePlus("scene", stack);
        Roi mine = new Roi(0, 0, 5, 5);
        image.setOverlay(new Overlay(mine));

        CommandModule m = CONTEXT.run(LocateTextCommand.class, "image", image);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("boxes");
        int chars = a.boxes.size();
        assertEquals(2 * chars, (int) m.getOutput("characters"));
        assertEquals("a row per line and per character, both slices", 2 * (chars + 2), rt.size());
        assertEquals("line 1", rt.getStringValue("name", 0));
        assertEquals("line 1 char 3", rt.getStringValue("name", 3));
        assertEquals(a.boxes.get(2).x, rt.getValue("x", 3), 2);
        assertEquals(2, rt.getValue("slice", rt.size() - 1), 0);
        Overlay overlay = image.getOverlay();
        assertEquals("the user's element and ours", 1 + 2 * (chars + 2), overlay.size());
        assertTrue(overlay.contains(mine));

        // Again: our earlier overlay is replaced, not added to.
        CONTEXT.run(LocateTextCommand.class, "image", image);
        assertEquals(1 + 2 * (chars + 2), image.getOverlay().size());
    }

    @Test
    public void anAreaRoiLimitsTheSearch() throws Exception {
        TextScenes.Scene s = TextScenes.scene("two-lines", new Random(2));
        ImagePlus image = new ImagePlus("scene", new ByteProcessor(s.image));
        int first = s.lines.get(0).replace(" ", "").length();
        java.awt.Rectangle around = s.boxes.get(0);
        for (java.awt.Rectangle r : s.boxes.subList(0, first)) {
            around = around.union(r);
        }
        around.grow(5, 5);
        image.setRoi(around);
        CommandModule m = CONTEXT.run(LocateTextCommand.class, "image", image);
        assertEquals(first, (int) m.getOutput("characters"));
    }

    @Test
    public void aFolderGivesRowsPerImageAndASavedTable() throws Exception {
        File dir = tmp.newFolder("scenes");
        List<TextScenes.Scene> scenes = new ArrayList<>();
        Random r = new Random(3);
        for (String kind : List.of("dot-matrix", "seven-segment")) {
            TextScenes.Scene s = TextScenes.scene(kind, r);
            scenes.add(s);
            ImageIO.write(s.image, "png", new File(dir, kind + ".png"));
        }
        Path csv = tmp.getRoot().toPath().resolve("boxes.csv");
        CommandModule m = CONTEXT.run(LocateTextCommand.class, "input", dir, "output", csv.toFile());
        assertFalse(m.getCancelReason(), m.isCanceled());
        int chars = scenes.stream().mapToInt(s -> s.boxes.size()).sum();
        assertEquals(chars, (int) m.getOutput("characters"));
        assertTrue(java.nio.file.Files.readAllLines(csv).get(0).startsWith("image,slice,name,line,char"));
    }

    @Test
    public void anUnknownThresholdMethodIsRefusedByName() throws Exception {
        ImagePlus image = new ImagePlus("blank", new ByteProcessor(50, 50));
        CommandModule m = CONTEXT.run(LocateTextCommand.class, "image", image, "method", "Bogus");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("Bogus") && m.getCancelReason().contains("Otsu"));
    }

    @Test
    public void anUnknownPolarityAndAnOutOfRangeKeyAreRefusedByName() throws Exception {
        ImagePlus image = new ImagePlus("blank", new ByteProcessor(50, 50));
        CommandModule m = CONTEXT.run(LocateTextCommand.class, "image", image, "text", "sideways");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("sideways") && m.getCancelReason().contains("dark"));
        m = CONTEXT.run(LocateTextCommand.class, "image", image, "min_area", 0);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("min_area=0"));
        m = CONTEXT.run(LocateTextCommand.class, "image", image, "min_solidity", 2.0);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("min_solidity=2 is out of range: use a value from 0 to 1"));
        m = CONTEXT.run(LocateTextCommand.class, "image", image, "word_gap", -1.0);
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("word_gap=-1 is out of range"));
    }
}
