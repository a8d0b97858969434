package io.github.fijiocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract as the peer in benchmarks: every image in one process (list mode), each page's text
 * apart, and the CPU seconds the process used (bash's time). Never needed by a test.
 * Each process runs on one thread ({@code OMP_THREAD_LIMIT=1}), as Tesseract's documentation
 * advises for reading many images: by default its OpenMP threads wait for one another spinning,
 * and on this 2-core machine one process read the 357 fuel-pump frames in about 17 s against
 * 2.1 s on one thread (2026-11-30). Peer figures before that date were taken without it.
 */
final class Tesseract {
    private Tesseract() {
    }

    static final class Run {
        final List<String> texts;
        final double cpuSeconds;

        Run(List<String> texts, double cpuSeconds) {
            this.texts = texts;
            this.cpuSeconds = cpuSeconds;
        }
    }

    /** Tesseract on one thread per process: see the class comment. */
    private static final String ONE_THREAD = "OMP_THREAD_LIMIT=1 ";

    static boolean installed() {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
        String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")[0];
        p.waitFor();
        return first.replace("tesseract ", "").trim();
    }

    /** Reads {@code files} with {@code --psm psm} (and a whitelist when {@code allowed} is set). */
    static Run read(List<Path> files, int psm, String allowed) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tesseract");
        Path list = dir.resolve("list.txt");
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.toAbsolutePath().toString()));
        Files.write(list, names, StandardCharsets.UTF_8);
        // Quoted for bash: a whitelist of a word set's characters holds quotes, $ and the like.
        String whitelist = allowed == null ? "" : " -c 'tessedit_char_whitelist=" + allowed.replace("'", "'\\''")
            + "'";
        String cmd = "TIMEFORMAT='%3U %3S'; { time " + ONE_THREAD + "tesseract " + list + " " + dir.resolve("out")
            + " --psm " + psm
            + whitelist + " >/dev/null 2>&1 ; } 2>&1";
        Process p = new ProcessBuilder("bash", "-c", cmd).start();
        String timing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(1, TimeUnit.HOURS);
        String[] t = timing.split("\\s+");
        double cpu = Double.parseDouble(t[t.length - 2]) + Double.parseDouble(t[t.length - 1]);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        // One page per image, each ended by a form feed.
        String[] pages = out.split("\f", -1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            texts.add(i < pages.length ? pages[i].trim().replaceAll("\\s+", " ") : "");
        }
        return new Run(texts, cpu);
    }

    /** A word Tesseract found: its box and text. */
    static final class Word {
        final java.awt.Rectangle box;
        final String text;

        Word(java.awt.Rectangle box, String text) {
            this.box = box;
            this.text = text;
        }
    }

    /** The words of each image ({@code --psm psm}, TSV level 5), in one process; CPU seconds in {@code cpu[0]}. */
    static List<List<Word>> words(List<Path> files, int psm, double[] cpu) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tesseract");
        Path list = dir.resolve("list.txt");
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.toAbsolutePath().toString()));
        Files.write(list, names, StandardCharsets.UTF_8);
        String cmd = "TIMEFORMAT='%3U %3S'; { time " + ONE_THREAD + "tesseract " + list + " " + dir.resolve("out")
            + " --psm " + psm
            + " tsv >/dev/null 2>&1 ; } 2>&1";
        Process p = new ProcessBuilder("bash", "-c", cmd).start();
        String timing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(1, TimeUnit.HOURS);
        String[] t = timing.split("\\s+");
        cpu[0] = Double.parseDouble(t[t.length - 2]) + Double.parseDouble(t[t.length - 1]);
        List<List<Word>> out = new ArrayList<>();
        files.forEach(f -> out.add(new ArrayList<>()));
        for (String row : Files.readAllLines(dir.resolve("out.tsv"), StandardCharsets.UTF_8)) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
                continue;
            }
            int page = Integer.parseInt(c[1]) - 1;
            out.get(page).add(new Word(new java.awt.Rectangle(Integer.parseInt(c[6]), Integer.parseInt(c[7]),
                Integer.parseInt(c[8]), Integer.parseInt(c[9])), c[11].trim()));
        }
        return out;
    }
}
