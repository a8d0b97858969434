package io.github.fijiocr.train.line;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.io.TiffStacks;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A labelled stack is a line dataset too: slice labels are the texts. */
public class LineDatasetTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static ByteProcessor line(String text) {
        ByteProcessor ip = new ByteProcessor(120, 32);
        ip.setColor(230);
        ip.fill();
        ip.setColor(20);
        ip.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
        ip.drawString(text, 8, 27);
        return ip;
    }

    @Test
    public void aLabelledStackIsReadSliceBySlice() throws Exception {
        ImageStack stack = new ImageStack(120, 32);
        stack.addSlice("12:05\nmetadata that is not the label", line("12:05"));
        stack.addSlice("LOT 7", line("LOT 7"));
        stack.addSlice("", line("unlabelled"));
        stack.addSlice("4", new ByteProcessor(120, 32));
        stack.addSlice("12:05", line("12:05"));
        Path file = tmp.getRoot().toPath().resolve("lines.tif");
        TiffStacks.write(new ImagePlus("lines", stack), file);

        LineDataset data = LineDataset.load(file);
        assertEquals(2, data.lines().size());
        assertEquals("12:05", data.lines().get(0).text);
        assertEquals("slice 1", data.lines().get(0).path);
        assertEquals("LOT 7", data.lines().get(1).text);
        String all = String.join("\n", data.problems());
        for (String expected : new String[] {"slice 3: empty label", "slice 4: blank image",
            "slice 5: the same image as slice 1"}) {
            assertTrue(expected + " in\n" + all, all.contains(expected));
        }
    }

    /** Absolute paths inside the folder split as the relative ones do, so moving the folder moves no line. */
    @Test
    public void aLinesPartDoesNotDependOnHowOrWhereItsPathIsWritten() throws Exception {
        Path dir = ShiftedDigits.write(tmp.newFolder("here").toPath(), 40);
        StringBuilder absolute = new StringBuilder("path,label\n");
        for (String row : Files.readAllLines(dir.resolve("labels.csv")).subList(1, 41)) {
            absolute.append(dir.toAbsolutePath().resolve(row.split(",")[0])).append(',').append(row.split(",")[1])
                .append('\n');
        }
        Path csv = dir.resolve("absolute.csv");
        Files.writeString(csv, absolute);
        Path moved = Files.move(dir, tmp.getRoot().toPath().resolve("there"));
        Files.writeString(moved.resolve("absolute.csv"), absolute.toString().replace(dir.toAbsolutePath().toString(),
            moved.toAbsolutePath().toString()));
        LineDataset relative = LineDataset.load(moved.resolve("labels.csv"));
        LineDataset written = LineDataset.load(moved.resolve("absolute.csv"));
        int[] parts = new int[LineDataset.Part.values().length];
        for (int i = 0; i < 40; i++) {
            LineDataset.Part part = LineDataset.part(relative.lines().get(i), 3);
            assertEquals(written.lines().get(i).path, part, LineDataset.part(written.lines().get(i), 3));
            parts[part.ordinal()]++;
        }
        assertTrue("all lines in one part: " + java.util.Arrays.toString(parts), parts[0] < 40);
    }

    /** A slice inserted at the front renumbers every slice after it, but moves none to another part. */
    @Test
    public void aStacksSplitFollowsItsImagesNotTheirNumbers() throws Exception {
        ImageStack stack = new ImageStack(120, 32);
        for (int i = 0; i < 30; i++) {
            stack.addSlice("L" + i, line("L" + i));
        }
        Path file = tmp.getRoot().toPath().resolve("a.tif");
        TiffStacks.write(new ImagePlus("a", stack), file);
        LineDataset before = LineDataset.load(file);
        stack.addSlice("NEW", line("NEW"), 0);
        Path grown = tmp.getRoot().toPath().resolve("b.tif");
        TiffStacks.write(new ImagePlus("b", stack), grown);
        LineDataset after = LineDataset.load(grown);
        for (LineDataset.Line l : before.lines()) {
            LineDataset.Line moved = after.lines().stream().filter(m -> m.text.equals(l.text)).findFirst().get();
            assertEquals(l.text, LineDataset.part(l, 42), LineDataset.part(moved, 42));
        }
    }

    @Test
    public void anUnreadableStackIsNamedWithWhatToDo() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("broken.tif");
        Files.writeString(file, "not a tiff");
        try {
            LineDataset.load(file);
            fail("a broken stack was accepted");
        } catch (OcrException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("input=" + file) && e.getMessage().contains("labels.csv"));
        }
    }
}
