package io.github.fijiocr.script;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/** The Jython scripts in scripts/, run as Fiji runs them: #@ parameters through ScriptService. */
public class ScriptsTest {
    static {
        net.imagej.patcher.LegacyInjector.preinit(); // before any ImageJ class: Label... runs headless
    }

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    private static ScriptModule run(String script, Object... inputs) throws Exception {
        ScriptService scripts = CONTEXT.get().service(ScriptService.class);
        ScriptModule m = scripts.run(new File("scripts", script), true, inputs).get();
        assertTrue(script + " returned no module", m != null);
        return m;
    }

    @Test
    public void readTextScriptReadsTheTestImages() throws Exception {
        String text = (String) run("read-text.py", "image", TestData.testImages().toFile(), "threshold", 0.7f)
            .getOutput("text");
        Map<String, String> labels = TestData.testImageLabels();
        assertEquals(text, labels.size(), text.split("\n").length);
        for (Map.Entry<String, String> e : labels.entrySet()) {
            // The script reads with the bundled line model, which misreads led-display.png (see LineReaderTest).
            String expected = e.getKey().equals("led-display.png") ? "" : e.getValue();
            assertTrue(text, text.contains(e.getKey() + "\t" + expected));
        }
    }

    @Test
    public void trainScriptWritesAModelThatLearnedSomething() throws Exception {
        Path data = TestData.chars74kFolders(tmp.newFolder("data").toPath(), "[01]", 30);
        File model = new File(tmp.getRoot(), "01.zip");
        double accuracy = (Double) run("train-model.py", "dataset", data.toFile(), "model", model, "epochs", 2)
            .getOutput("accuracy");
        assertTrue(model.isFile());
        assertTrue("accuracy " + accuracy, accuracy > 0.7);
    }

    @Test
    public void readTimestampsScriptGivesTheIntervalOfAStackFile() throws Exception {
        ij.ImagePlus imp = io.github.fijiocr.synth.Micrographs.timeLapse("movie", 10, 256, 200, 31);
        io.github.fijiocr.synth.Micrographs.label(imp, "00:00:00", 0, 30, 10, 30, 18, "", java.awt.Color.WHITE);
        File tif = new File(tmp.getRoot(), "movie.tif");
        new ij.io.FileSaver(imp).saveAsTiffStack(tif.getPath());
        ScriptModule m = run("read-timestamps.py", "stack", tif, "format", "auto");
        assertEquals(30.0, (Double) m.getOutput("interval"), 1e-9);
        String table = (String) m.getOutput("table");
        assertTrue(table, table.startsWith("1\t00:00:00\tread") && table.contains("10\t00:04:30\t"));
    }

    @Test
    public void readScaleBarScriptReadsAnOverlayBarSavedWithTheImage() throws Exception {
        ij.ImagePlus imp = io.github.fijiocr.synth.Micrographs.still("bar", 32);
        io.github.fijiocr.synth.Micrographs.scaleBar(imp, 0.2, "µm", 20, 4, 14, java.awt.Color.WHITE, true, false,
            true);
        File tif = new File(tmp.getRoot(), "bar.tif");
        new ij.io.FileSaver(imp).saveAsTiff(tif.getPath());
        ScriptModule m = run("read-scale-bar.py", "image", tif);
        assertEquals(0.2, (Double) m.getOutput("pixel_size"), 1e-9);
        assertEquals("µm", m.getOutput("unit"));
        assertTrue((Boolean) m.getOutput("sure"));
        assertEquals(0.5, (Double) m.getOutput("precision"), 1e-9); // half a pixel in 100, in percent
    }
}
