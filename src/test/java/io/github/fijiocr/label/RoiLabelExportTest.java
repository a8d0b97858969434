package io.github.fijiocr.label;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.fijiocr.TestCommands;
import io.github.fijiocr.command.LabelTextCommand;
import io.github.fijiocr.dataset.CharacterDataset;
import io.github.fijiocr.dataset.DatasetImporter;
import io.github.fijiocr.dataset.DatasetOptions;
import io.github.fijiocr.dataset.Sample;
import io.github.fijiocr.progress.Progress;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.command.CommandModule;

/** Labeling round trip: ROIs named with text, exported, re-imported: same labels, same crops. */
public class RoiLabelExportTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void roundTripKeepsLabelsAndPixels() throws Exception {
        ImagePlus image = page();
        Roi[] rois = {
            named(new Rectangle(10, 8, 22, 30), "4"),
            named(new Rectangle(34, 8, 22, 30), "2"),
            named(new Rectangle(58, 8, 20, 30), "/"),
            named(new Rectangle(80, 8, 22, 30), "a"),
            named(new Rectangle(104, 8, 22, 30), "A"),
            named(new Rectangle(8, 50, 150, 34), "LOT 42, \"B\""),
            named(new Rectangle(0, 0, 5, 5), "0001-0005-0005"),
        };
        Path out = tmp.newFolder("labelled").toPath();
        RoiLabelExport export = new RoiLabelExport();
        List<RoiLabelExport.Crop> crops = export.export(image, rois, out, RoiLabelExport.Kind.AUTO);
        assertEquals(6, crops.size());
        assertEquals(1, export.skipped().size());
        assertTrue(export.skipped().get(0), export.skipped().get(0).contains("Rename"));

        DatasetOptions options = new DatasetOptions();
        options.splitFile = tmp.getRoot().toPath().resolve("split.csv");
        options.saveSplit = false;
        CharacterDataset chars = new DatasetImporter().load(out.resolve(RoiLabelExport.CHARACTERS), options,
            Progress.NONE);
        assertEquals(java.util.Set.of("/", "2", "4", "a", "A"), new java.util.HashSet<>(chars.classes()));
        assertTrue("'a' and 'A' in folders that differ without case",
            Files.isDirectory(out.resolve("characters/U+0061")) && Files.isDirectory(out.resolve("characters/A")));
        assertSamePixels(image, rois, chars);

        CharacterDataset lines = new DatasetImporter().load(out.resolve(RoiLabelExport.LINES), options,
            Progress.NONE);
        assertEquals(List.of("LOT 42, \"B\""), lines.classes());
        assertSamePixels(image, rois, lines);

        long filesBefore = count(out);
        new RoiLabelExport().export(image, rois, out, RoiLabelExport.Kind.AUTO);
        assertEquals("exporting again writes nothing twice", filesBefore, count(out));
        assertEquals(2, Files.readAllLines(out.resolve("lines/labels.csv")).size());
    }

    @Test
    public void commandExportsTheOverlayWhenThereIsNoRoiManager() throws Exception {
        ImagePlus image = page();
        Overlay overlay = new Overlay();
        overlay.add(named(new Rectangle(10, 8, 22, 30), "4"));
        overlay.add(named(new Rectangle(8, 50, 150, 34), "42"));
        image.setOverlay(overlay);
        Path out = tmp.getRoot().toPath().resolve("new/dataset");
        Context context = new Context();
        try {
            CommandModule m = TestCommands.run(context, LabelTextCommand.class, "image", image, "output", out.toFile(),
                "kind", "characters");
            assertFalse(m.getCancelReason(), m.isCanceled());
            ResultsTable rt = (ResultsTable) m.getOutput("exported");
            assertEquals(2, rt.size());
            assertTrue(Files.isRegularFile(out.resolve(rt.getStringValue("file", 1))));
            assertEquals("characters/42/page-s1-x8-y50.png", rt.getStringValue("file", 1));
            assertEquals(2, overlay.size());
        } finally {
            context.dispose();
        }
    }

    private static void assertSamePixels(ImagePlus image, Roi[] rois, CharacterDataset data) {
        for (Sample s : data.samples()) {
            Roi roi = null;
            for (Roi r : rois) {
                if (s.source().contains("-x" + r.getBounds().x + "-y" + r.getBounds().y + ".")) {
                    roi = r;
                }
            }
            assertTrue(s.source(), roi != null);
            assertEquals(roi.getName(), s.label());
            ImageProcessor ip = image.getProcessor();
            ip.setRoi(roi.getBounds());
            ByteProcessor crop = (ByteProcessor) ip.crop();
            assertArrayEquals(s.source(), (byte[]) crop.getPixels(), (byte[]) s.image().getPixels());
        }
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static Roi named(Rectangle r, String name) {
        Roi roi = new Roi(r);
        roi.setName(name);
        return roi;
    }

    /** Gray text on a gradient, so that every crop differs. */
    private static ImagePlus page() {
        ByteProcessor ip = new ByteProcessor(170, 90);
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 170; x++) {
                ip.set(x, y, 200 + (x + y) % 50);
            }
        }
        ip.setColor(Color.BLACK);
        ip.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        ip.drawString("42/aA", 12, 36);
        ip.drawString("LOT 42, \"B\"", 10, 80);
        return new ImagePlus("page.tif", ip);
    }
}
