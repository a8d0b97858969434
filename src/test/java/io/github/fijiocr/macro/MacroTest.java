package io.github.fijiocr.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.measure.ResultsTable;
import io.github.fijiocr.TestData;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** A real ImageJ 1.x macro reaching our SciJava commands without imagej-legacy. */
public class MacroTest {
    /** Deleted after each test: data, models and problem lists written beside them (none left in /tmp). */
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();


    /** As Fiji and our launcher do, before any ImageJ 1.x class loads (a JVM per test class). */
    @org.junit.BeforeClass
    public static void patchImageJAndRegister() {
        net.imagej.patcher.LegacyInjector.preinit();
        try (Context context = new Context(CommandService.class)) {
            List<String> installed = MacroCommands.install(context.service(CommandService.class));
            assertTrue(installed.toString(), installed.containsAll(List.of("Read Text", "Classify Characters",
                "Train Character Model", "Import Character Dataset", "Label Text with ROI Manager", "Preprocess",
                "Evaluate Text Reading", "Cut Characters from Lines", "Preview Augmentation", "Evaluate Model",
                "Locate Text", "Live Read Text")));
        }
    }

    @Test
    public void readTextFromAMacroAppendsToResultsAndKeepsTheUsersRows() throws Exception {
        ResultsTable results = ResultsTable.getResultsTable();
        int mine = results.size();
        results.incrementCounter();
        results.addValue("mine", 42);

        String macro = "run(\"Read Text\", \"input=[" + TestData.testImages() + "] threshold=0.7 reader=characters\");\n"
            + "s = \"\";\n"
            + "for (i = " + (mine + 1) + "; i < nResults; i++) s = s + getResultString(\"image\", i) + \"=\" + getResultString(\"text\", i) + \";\";\n"
            + "return s;";
        String read = ij.IJ.runMacro(macro);

        ResultsTable after = ResultsTable.getResultsTable();
        assertEquals(42, after.getValue("mine", mine), 0);
        Map<String, String> labels = TestData.testImageLabels();
        assertEquals(mine + 1 + labels.size(), after.size());
        for (Map.Entry<String, String> e : labels.entrySet()) {
            assertTrue(read, read.contains(e.getKey() + "=" + e.getValue() + ";"));
        }
    }

    @Test
    public void theReadTextMacroInScriptsReadsTheTestImages() throws Exception {
        String read = ij.IJ.runMacroFile("scripts/read-text.ijm", TestData.testImages().toString());
        for (Map.Entry<String, String> e : TestData.testImageLabels().entrySet()) {
            // The shipped macro reads with the default line reader, whose bundled model reads the
            // seven-segment led-display.png with a rejected extra character (see LineReaderTest).
            String expected = e.getKey().equals("led-display.png") ? "" : e.getValue() + "\n";
            assertTrue(read, read.contains(e.getKey() + "\t" + expected));
        }
    }

    @Test
    public void theTrainingMacroInScriptsTrainsAModelThatReadsItsClasses() throws Exception {
        java.nio.file.Path data = TestData.chars74kFolders(
            tmp.newFolder("train-macro").toPath(), "[38]", 100);
        java.nio.file.Path model = data.resolveSibling(data.getFileName() + "-model.zip");
        String result = ij.IJ.runMacroFile("scripts/train-model.ijm", data + " " + model + " 10");
        assertTrue(java.nio.file.Files.isRegularFile(model));
        String[] rightOfTotal = result.split(" of ");
        assertEquals(result, "200", rightOfTotal[1].trim());
        assertTrue("the trained model read its own training classes: " + result,
            Integer.parseInt(rightOfTotal[0].trim()) >= 160);
    }

    @Test
    public void importCharacterDatasetFromAMacroSavesItsSplitAndListsClassesInResults() throws Exception {
        java.nio.file.Path data = TestData.chars74kFolders(
            tmp.newFolder("import-macro").toPath(), "[0-3]", 20);
        String first = data.resolve("1").toFile().list()[0];
        java.nio.file.Files.copy(data.resolve("1").resolve(first), data.resolve("2/copied-from-1.png"));
        java.nio.file.Path problems = data.resolveSibling(data.getFileName() + "-problems.csv");
        int before = ResultsTable.getResultsTable().size();
        String macro = "run(\"Import Character Dataset\", \"input=[" + data + "] seed=7 drop=[conflict] "
            + "problems_file=[" + problems + "]\");\n"
            + "s = \"\";\n"
            + "for (i = " + before + "; i < nResults; i++) s = s + getResultString(\"class\", i) + \":\" "
            + "+ getResult(\"count\", i) + \":\" + getResult(\"excluded\", i) + \";\";\n"
            + "return s;";
        String out = ij.IJ.runMacro(macro);
        assertEquals("0:20:0;1:20:1;2:21:1;3:20:0;", out);
        java.nio.file.Path split = data.resolve("fiji-ocr-split.csv");
        assertTrue(java.nio.file.Files.isRegularFile(split));
        assertEquals(82, java.nio.file.Files.readAllLines(split).size());
        String csv = java.nio.file.Files.readString(problems);
        assertTrue(csv, csv.contains("copied-from-1.png,conflict,") && csv.contains(",yes"));
    }

    @Test
    public void evaluateModelFromAMacroAppendsItsSummaryToResults() throws Exception {
        java.nio.file.Path data = TestData.glyphFolders(tmp.newFolder("evaluate-macro").toPath(),
            3, "1", "7");
        ResultsTable results = ResultsTable.getResultsTable();
        results.incrementCounter();
        results.addValue("mine", 7);
        int before = results.size();
        String macro = "run(\"Evaluate Model\", \"input=[" + data + "] split=all target_error=0.01\");\n"
            + "return \"\" + nResults + \":\" + getResult(\"images\", nResults - 1) + \":\" "
            + "+ getResult(\"correct\", nResults - 1) + \":\" + getResult(\"accuracy\", nResults - 1);";
        String[] out = ij.IJ.runMacro(macro).split(":");
        assertEquals("one summary row appended", before + 1, Integer.parseInt(out[0]));
        assertEquals(6, Integer.parseInt(out[1]));
        assertEquals(Double.parseDouble(out[2]) / 6, Double.parseDouble(out[3]), 1e-4);
        assertEquals(7, ResultsTable.getResultsTable().getValue("mine", before - 1), 0);
        assertTrue("evaluation writes no split", !java.nio.file.Files.exists(data.resolve("fiji-ocr-split.csv")));
    }

    @Test
    public void locateTextFromAMacroSearchesTheCurrentImageInsideItsSelection() throws Exception {
        String macro = "open(\"" + TestData.testImages().resolve("timestamp.png") + "\");\n"
            + "makeRectangle(0, 0, getWidth() / 2, getHeight());\n"
            + "before = nResults;\n"
            + "run(\"Locate Text\", \"min_area=3\");\n"
            + "s = \"\";\n"
            + "for (i = before; i < nResults; i++) s = s + getResultString(\"name\", i) + \";\";\n"
            + "close();\n"
            + "return s;";
        String names = ij.IJ.runMacro(macro);
        assertTrue(names, names.startsWith("line 1;line 1 char 1;line 1 char 2;"));
        // "12:34:56.789": the left half holds fewer than all twelve characters.
        int chars = names.split("char").length - 1;
        assertTrue(names, chars > 2 && chars < 12);
    }

    @Test
    public void liveReadTextFromAMacroPlaysAStackAsACameraAndAppendsARowPerFrame() throws Exception {
        java.nio.file.Path frames = TestData.testImages().resolve("digits.png");
        String macro = "before = nResults;\n"
            + "run(\"Live Read Text\", \"camera=[" + frames + "] mode=text allowed=0123456789\");\n"
            + "return \"\" + (nResults - before) + \":\" + getResultString(\"text\", nResults - 1);";
        assertEquals("1:" + TestData.testImageLabels().get("digits.png"), ij.IJ.runMacro(macro));
    }

    @Test
    public void nothingIsRegisteredTwice() {
        try (Context context = new Context(CommandService.class)) {
            assertEquals(List.of(), MacroCommands.install(context.service(CommandService.class)));
        }
        assertEquals(IJ1CommandBridge.class.getName() + "(\"Read Text\")", ij.Menus.getCommands().get("Read Text"));
    }
}
