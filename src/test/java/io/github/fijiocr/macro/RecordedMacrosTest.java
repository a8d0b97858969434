package io.github.fijiocr.macro;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.measure.ResultsTable;
import io.github.fijiocr.TestData;
import io.github.fijiocr.command.ClassifyCharactersCommand;
import io.github.fijiocr.command.CutCharactersCommand;
import io.github.fijiocr.command.EvaluateModelCommand;
import io.github.fijiocr.command.EvaluateTextReadingCommand;
import io.github.fijiocr.command.ImportCharacterDatasetCommand;
import io.github.fijiocr.command.LiveReadTextCommand;
import io.github.fijiocr.command.LocateTextCommand;
import io.github.fijiocr.command.PreprocessCommand;
import io.github.fijiocr.command.PreviewAugmentationCommand;
import io.github.fijiocr.command.ReadTextCommand;
import io.github.fijiocr.command.TrainCharacterModelCommand;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;

/**
 * A command's line as Fiji's recorder writes it (imagej-legacy records every input that is not
 * null as key=value, booleans as true or false; empty fields and the current image are left out)
 * replays in a batch-mode macro and gives the same table as the short line a user types with only
 * the keys that matter. The recorder is imitated from the command's own keys and defaults, so a
 * key added later is recorded too. Fiji's own recording and replay, with no dialog, are checked
 * by scripts/check-gui-fiji.
 */
public class RecordedMacrosTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void patchImageJAndRegister() {
        net.imagej.patcher.LegacyInjector.preinit();
        try (Context context = new Context(CommandService.class)) {
            MacroCommands.install(context.service(CommandService.class));
        }
    }

    @Test
    public void readText() throws Exception {
        same("Read Text", ReadTextCommand.class, Set.of(), "input", TestData.testImages().toString());
    }

    @Test
    public void locateText() throws Exception {
        same("Locate Text", LocateTextCommand.class, Set.of(), "input", TestData.testImages().toString());
    }

    @Test
    public void classifyCharacters() throws Exception {
        Path digits = TestData.glyphFolders(tmp.newFolder().toPath(), 2, "1", "7");
        same("Classify Characters", ClassifyCharactersCommand.class, Set.of(), "input", digits.toString());
    }

    @Test
    public void evaluateTextReading() throws Exception {
        same("Evaluate Text Reading", EvaluateTextReadingCommand.class, Set.of(),
            "input", TestData.testImages().resolve("labels.csv").toString());
    }

    @Test
    public void cutCharacters() throws Exception {
        same("Cut Characters from Lines", CutCharactersCommand.class, Set.of(),
            "input", TestData.testImages().resolve("labels.csv").toString(), "output", tmp.newFolder().toString());
    }

    @Test
    public void importAndEvaluateADataset() throws Exception {
        Path data = TestData.glyphFolders(tmp.newFolder().toPath(), 4, "1", "7");
        same("Import Character Dataset", ImportCharacterDatasetCommand.class, Set.of(), "input", data.toString());
        same("Evaluate Model", EvaluateModelCommand.class, Set.of(), "input", data.toString());
    }

    @Test
    public void liveReadTextPlayingAnImage() throws Exception {
        same("Live Read Text", LiveReadTextCommand.class, Set.of("time"),
            "camera", TestData.testImages().resolve("digits.png").toString());
    }

    @Test
    public void trainCharacterModel() throws Exception {
        Path data = TestData.glyphFolders(tmp.newFolder().toPath(), 6, "1", "7");
        Path dir = tmp.newFolder().toPath();
        // Training's own figures vary with ND4J's threads; the table's shape and epochs must not. The
        // second run replaces the first one's finished model, which it may only with overwrite=true.
        same("Train Character Model", TrainCharacterModelCommand.class,
            Set.of("loss", "accuracy", "val_loss", "val_accuracy", "seconds"),
            "input", data.toString(), "output", dir.resolve("m.zip").toString(), "epochs", "1", "overwrite", "true");
    }

    @Test
    public void imageCommandsWriteTheSameFiles() throws Exception {
        Path data = TestData.glyphFolders(tmp.newFolder().toPath(), 2, "1", "7");
        Path dir = tmp.newFolder().toPath();
        replay("Preprocess", PreprocessCommand.class, "input", data.toString(), "output",
            dir.resolve("short.tif").toString());
        replay("Preprocess", PreprocessCommand.class, "input", data.toString(), "output",
            dir.resolve("recorded.tif").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("short.tif")), Files.readAllBytes(dir.resolve("recorded.tif")));
        replay("Preview Augmentation", PreviewAugmentationCommand.class, "input", data.toString(), "output",
            dir.resolve("short.png").toString());
        replay("Preview Augmentation", PreviewAugmentationCommand.class, "input", data.toString(), "output",
            dir.resolve("recorded.png").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("short.png")), Files.readAllBytes(dir.resolve("recorded.png")));
    }

    /** Runs the recorded line and the short line; their Results rows must agree but for {@code volatile}. */
    private static void same(String title, Class<?> command, Set<String> varying, String... given) throws Exception {
        List<Map<String, String>> typed = run(title, shortLine(given));
        List<Map<String, String>> recorded = run(title, recordedLine(command, given));
        assertFalse(title + " gave no rows", typed.isEmpty());
        assertEquals(title, typed.size(), recorded.size());
        for (int r = 0; r < typed.size(); r++) {
            Map<String, String> a = new LinkedHashMap<>(typed.get(r));
            Map<String, String> b = new LinkedHashMap<>(recorded.get(r));
            a.keySet().removeAll(varying);
            b.keySet().removeAll(varying);
            assertEquals(title + " row " + r, a, b);
        }
    }

    private static void replay(String title, Class<?> command, String... given) throws Exception {
        run(title, recordedLine(command, given));
    }

    /** Runs one line in a batch-mode macro; the rows it appended to Results. A failed line fails the test. */
    private static List<Map<String, String>> run(String title, String options) {
        ResultsTable results = ResultsTable.getResultsTable();
        int before = results.size();
        String line = "setBatchMode(true);\nrun(\"" + title + "\", \"" + options.replace("\\", "\\\\") + "\");\n"
            + "return \"done\";";
        assertEquals(title + ": " + options, "done", ij.IJ.runMacro(line));
        List<Map<String, String>> rows = new ArrayList<>();
        ResultsTable after = ResultsTable.getResultsTable();
        for (int r = before; r < after.size(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String h : after.getHeadings()) {
                row.put(h, after.getStringValue(h, r));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String shortLine(String... given) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < given.length; i += 2) {
            sb.append(given[i]).append("=[").append(given[i + 1]).append("] ");
        }
        return sb.toString().trim();
    }

    /**
     * What Fiji's recorder writes for a run with the given keys and every other key at its
     * default: {@code key=value}, brackets around values with spaces, empty fields left out.
     */
    static String recordedLine(Class<?> command, String... given) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < given.length; i += 2) {
            values.put(given[i], given[i + 1]);
        }
        Object defaults = command.getDeclaredConstructor().newInstance();
        StringBuilder sb = new StringBuilder();
        for (Field f : inputs(command)) {
            f.setAccessible(true);
            Object value = values.containsKey(f.getName()) ? values.get(f.getName()) : f.get(defaults);
            if (value == null || value.toString().isEmpty() || f.getType() == ij.ImagePlus.class) {
                continue;
            }
            String s = value.toString();
            sb.append(f.getName()).append('=').append(s.contains(" ") ? "[" + s + "]" : s).append(' ');
        }
        return sb.toString().trim();
    }

    private static List<Field> inputs(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.type() != ItemIO.OUTPUT && p.visibility() != org.scijava.ItemVisibility.MESSAGE
                    && !Modifier.isStatic(f.getModifiers())
                    && !org.scijava.service.Service.class.isAssignableFrom(f.getType())) {
                    own.add(f);
                }
            }
            out.addAll(0, own);
        }
        return out;
    }
}
