package io.github.fijiocr.bench;

import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.model.Nd4jRuntime;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.ReadOptions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Whether layout=scene could be Read Text's default: the default layout and scene on the sets
 * where the default already works (crops, displays, the README's test images), with the bundled
 * line model. Usage: {@code LayoutBenchmark data_dir test_images_dir}.
 */
public final class LayoutBenchmark {
    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Nd4jRuntime.useThreads(1);
        Path data = Paths.get(args[0]);
        OcrModel line = ModelFile.bundledLine();
        System.out.println("| set | layout=lines | layout=scene | layout=auto |");
        System.out.println("|---|---|---|---|");
        compare("test-images (the README's first command)", Paths.get(args[1]), line, null);
        compare("words_real", data.resolve("words_real"), line, null);
        compare("industrial_lines", data.resolve("industrial_lines"), line, null);
        compare("sevenseg_frames (dev half), allowed=0123456789", data.resolve("sevenseg_frames"), line, "0123456789");
        System.exit(0);
    }

    private static void compare(String name, Path dir, OcrModel model, String allowed) throws Exception {
        List<String[]> rows = LineBenchmark.rows(dir);
        List<String> truth = LineBenchmark.column(rows, 1);
        List<Path> files = LineBenchmark.files(dir, rows);
        long t0 = System.nanoTime();
        String lines = LineBenchmark.score(LineBenchmark.read(files, model, ReadOptions.Layout.LINES, allowed), truth);
        double s1 = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        String scene = LineBenchmark.score(LineBenchmark.read(files, model, ReadOptions.Layout.SCENE, allowed), truth);
        double s2 = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        String auto = LineBenchmark.score(LineBenchmark.read(files, model, ReadOptions.Layout.AUTO, allowed), truth);
        double s3 = (System.nanoTime() - t0) / 1e9;
        System.out.printf("| %s | %s, %.1f s | %s, %.1f s | %s, %.1f s |%n", name, lines, s1, scene, s2, auto, s3);
    }
}
