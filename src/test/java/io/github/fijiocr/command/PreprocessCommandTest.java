package io.github.fijiocr.command;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import ij.ImagePlus;
import io.github.fijiocr.TestCommands;
import io.github.fijiocr.io.ImageFiles;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/** "Preprocess" shows exactly the network's input: pixel v is input v/255. */
public class PreprocessCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void datasetAndSingleImageShowTheNetworkInput() throws Exception {
        Path root = tmp.newFolder("data").toPath();
        for (String c : new String[] {"3", "8"}) {
            for (int i = 0; i < 3; i++) {
                glyph(root.resolve(c).resolve(i + ".png"), c, 18 + 6 * i);
            }
        }
        Context context = new Context();
        try {
            Path tif = tmp.getRoot().toPath().resolve("seen.tif");
            ImagePlus standard = run(context, "input", root.toFile(), "output", tif.toFile());
            assertEquals(6, standard.getStackSize());
            assertEquals(32, standard.getWidth());
            assertEquals("8", standard.getStack().getSliceLabel(4));
            assertSeen(Preprocessing.standard(), root.resolve("8/0.png"), standard, 4);
            ImagePlus saved = ImageFiles.open(tif);
            assertEquals(6, saved.getStackSize());
            assertEquals("8", saved.getStack().getSliceLabel(4));
            assertSeen(Preprocessing.standard(), root.resolve("8/0.png"), saved, 4);

            ImagePlus seed = run(context, "input", root.resolve("3/2.png").toFile(), "size", 32, "resize", "stretch",
                "crop", "none", "contrast", "equalize");
            assertEquals(1, seed.getStackSize());
            assertSeen(Preprocessing.seed(), root.resolve("3/2.png"), seed, 1);
        } finally {
            context.dispose();
        }
    }

    private static void assertSeen(Preprocessing p, Path file, ImagePlus shown, int slice) throws Exception {
        float[] input = new Preprocessor(p).wholeImage(ImageFiles.readGray(file));
        byte[] px = (byte[]) shown.getStack().getProcessor(slice).getPixels();
        float[] back = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            back[i] = (px[i] & 0xff) / 255f;
        }
        assertArrayEquals(input, back, 0f);
    }

    private static ImagePlus run(Context context, Object... keyValues) throws Exception {
        CommandModule m = TestCommands.run(context, PreprocessCommand.class, keyValues);
        assertFalse(m.getCancelReason(), m.isCanceled());
        return (ImagePlus) m.getOutput("network_input");
    }

    private static void glyph(Path file, String text, int fontSize) throws Exception {
        BufferedImage img = new BufferedImage(40, 48, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 230, 230));
        g.fillRect(0, 0, 40, 48);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, fontSize));
        g.drawString(text, 6, 40);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }
}
