package io.github.fijiocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.fijiocr.dataset.LabelsCsv;
import org.junit.Assume;

/** Where the tests find the project's sample images and the shared real datasets. */
public final class TestData {
    private TestData() {
    }

    public static Path testImages() {
        return Path.of("test-images").toAbsolutePath();
    }

    /** test-images/labels.csv as file name to true text. */
    public static Map<String, String> testImageLabels() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String[]> rows = LabelsCsv.read(testImages().resolve("labels.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            labels.put(row[0], row[1]);
        }
        return labels;
    }

    /**
     * A folder-per-class dataset made in {@code dest} from the first {@code perClass} images of
     * each chars74k_fnt class whose label matches {@code classes} (a regex).
     */
    public static Path chars74kFolders(Path dest, String classes, int perClass) throws IOException {
        Path chars = shared("chars74k_fnt");
        Map<String, Integer> copied = new LinkedHashMap<>();
        List<String[]> rows = LabelsCsv.read(chars.resolve("labels.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            if (row[1].matches(classes) && copied.merge(row[1], 1, Integer::sum) <= perClass) {
                Path dir = Files.createDirectories(dest.resolve(row[1]));
                Files.copy(chars.resolve(row[0]), dir.resolve(Path.of(row[0]).getFileName()));
            }
        }
        return dest;
    }

    /** A folder of ../shared/data; the test is skipped (not passed) where the data is absent. */
    public static Path shared(String name) {
        Path dir = Path.of(System.getProperty("fijiocr.shared.data", "../shared/data")).resolve(name);
        Assume.assumeTrue("shared dataset " + dir + " is not here", Files.isDirectory(dir));
        return dir;
    }
}
