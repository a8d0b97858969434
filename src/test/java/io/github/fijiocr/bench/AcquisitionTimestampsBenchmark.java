package io.github.fijiocr.bench;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.github.fijiocr.calibrate.TimestampReader;
import io.github.fijiocr.calibrate.TimestampReading;
import io.github.fijiocr.calibrate.Timestamps;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.Micrographs;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleFunction;

/**
 * Timestamps as acquisition software writes them (not ImageJ's Label...): `t = 2.5 s`,
 * `00:01:05.250`, `T: 3 min`, `0.5 s`, `0:00:42`, a date and time, `00:20`, `40 ms`,
 * `Time: 5 sec`, in white on the field, white on a black plate, or black on a white plate (a
 * label box, as many programs draw behind the text), 30 frames each, read by Read Timestamps
 * with no format and no selection (or the one -Dbench.area names: {@code band} across the frame
 * or {@code tight} around the text; BENCH_AREA in the script). Per stack: slices exact (value right, not flagged), flagged,
 * wrong and not flagged, and the interval. Size, corner and micrograph change with the seed
 * (seeds 0 to 15, 36 and 37 have been looked at). With a JPEG quality, every slice is saved as
 * JPEG and read back after drawing, and with a scale too, shrunk first, as exported movies are
 * (JPEG runs used seeds 40 to 53; 40, 44, 48, 50, 51 and 53 were looked at). The face is
 * fontconfig's sans-serif family (scripts/benchmark-acquisition-timestamps sets it from
 * BENCH_FACE; monospaced and serif faces were first run in session 40).
 * Usage: PatchedMain bench.AcquisitionTimestampsBenchmark [seed [jpeg-quality [scale]]]
 */
public class AcquisitionTimestampsBenchmark {
    /** 2024-05-01 00:00 UTC, the date-time stacks' day, in seconds. */
    private static final double DAY = 1714521600;

    public static void main(String[] a) throws Exception {
        long seed = a.length > 0 ? Long.parseLong(a[0]) : 0;
        int quality = a.length > 1 ? Integer.parseInt(a[1]) : 0;
        double scale = a.length > 2 ? Double.parseDouble(a[2]) : 1;
        LineRecognizer rec = new LineRecognizer(ModelFile.bundledLine().predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null);
        Object[][] cases = {
            {"t = 2.5 s", 0.0, 2.5, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "t = %.1f s", t)},
            {"hh:mm:ss.SSS", 65.0, 0.25, (DoubleFunction<String>) AcquisitionTimestampsBenchmark::clockMillis},
            {"T: 3 min", 0.0, 180.0, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "T: %d min",
                Math.round(t / 60))},
            {"0.5 s", 0.0, 0.5, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "%.1f s", t)},
            {"h:mm:ss", 12.0, 30.0, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "%d:%02d:%02d",
                (int) t / 3600, ((int) t / 60) % 60, (int) t % 60)},
            {"date time", 45240.0, 10.0, (DoubleFunction<String>) t -> String.format(Locale.ROOT,
                "2024-05-01 %02d:%02d:%02d", (int) t / 3600, ((int) t / 60) % 60, (int) t % 60)},
            {"mm:ss", 5.0, 15.0, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "%02d:%02d", (int) t / 60,
                (int) t % 60)},
            {"ms", 0.0, 0.04, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "%d ms", Math.round(t * 1000))},
            {"Time: 5 sec", 0.0, 5.0, (DoubleFunction<String>) t -> String.format(Locale.ROOT, "Time: %d sec",
                Math.round(t))},
        };
        String[] looks = {"white", "white on black plate", "black on white plate"};
        System.out.println("| stack | look | size | corner | exact | flagged | wrong, not flagged | interval (truth) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        int[] total = new int[4];
        int[][] perLook = new int[looks.length][4];
        for (int c = 0; c < cases.length; c++) {
            for (int l = 0; l < looks.length; l++) {
                Random r = new Random(seed * 1_000_003 + c * 31 + l);
                String name = (String) cases[c][0];
                double start = (Double) cases[c][1];
                double step = (Double) cases[c][2];
                @SuppressWarnings("unchecked")
                DoubleFunction<String> f = (DoubleFunction<String>) cases[c][3];
                int size = 13 + r.nextInt(12);
                boolean top = r.nextBoolean();
                int n = 30;
                ImagePlus imp = Micrographs.timeLapse("acq", n, 320, 240, 7000 + seed * 1000 + c * 10 + l);
                Font font = new Font("SansSerif", Font.PLAIN, size);
                imp.getProcessor().setFont(font);
                int widest = imp.getProcessor().getStringWidth(f.apply(start + (n - 1) * step));
                int x = 6 + r.nextInt(6);
                int baseline = top ? size + 8 + r.nextInt(4) : 232 - r.nextInt(4);
                for (int i = 1; i <= n; i++) {
                    ImageProcessor ip = imp.getStack().getProcessor(i);
                    ip.setFont(font);
                    ip.setAntialiasedText(true);
                    if (l > 0) {
                        // A Color, not an int: with an int, antialiased text came out black.
                        ip.setColor(l == 1 ? Color.BLACK : Color.WHITE);
                        ip.setRoi(x - 4, baseline - size - 4, widest + 8, size + 10);
                        ip.fill();
                        ip.resetRoi();
                    }
                    ip.setColor(l == 2 ? Color.BLACK : Color.WHITE);
                    ip.drawString(f.apply(start + (i - 1) * step), x, baseline);
                }
                if (scale != 1) {
                    imp = Micrographs.resized(imp, (int) Math.round(320 * scale), (int) Math.round(240 * scale));
                }
                if (quality > 0) {
                    Micrographs.jpeg(imp, quality);
                }
                if (Integer.getInteger("bench.show", -1) == c * looks.length + l && System.getProperty("bench.save") != null) {
                    // -Dbench.save=FILE.tif with bench.show: that stack as it is read, to look at.
                    new ij.io.FileSaver(imp).saveAsTiffStack(System.getProperty("bench.save"));
                }
                int[] counts = new int[4];
                String interval;
                try {
                    Timestamps t = new TimestampReader(rec, Progress.NONE).read(imp,
                        selection(top, x, baseline, size, widest, imp.getWidth(), imp.getHeight(), scale), null);
                    for (TimestampReading reading : t.readings) {
                        double truth = start + (reading.slice - 1) * step + (name.startsWith("date") ? DAY : 0);
                        boolean ok = Math.abs(reading.value - truth) < 1e-6;
                        counts[reading.status == TimestampReading.Status.FLAGGED ? 1 : ok ? 0 : 2]++;
                        if (Integer.getInteger("bench.show", -1) == c * looks.length + l) {
                            // -Dbench.show=N: stack N's readings (N = format * 3 + look).
                            System.out.println("  " + reading.slice + " " + reading.text + " " + reading.status + " "
                                + (ok ? "" : "WRONG ") + reading.note + (reading.slice == 1 ? " in " + t.region : ""));
                        }
                    }
                    interval = String.format(Locale.ROOT, "%.4g (%.4g)", t.interval, step);
                } catch (io.github.fijiocr.common.OcrException e) {
                    counts[3] = n;
                    interval = "refused";
                    if (Integer.getInteger("bench.show", -1) == c * looks.length + l) {
                        System.out.println("  " + e.getMessage());
                    }
                }
                for (int k = 0; k < 4; k++) {
                    total[k] += counts[k];
                    perLook[l][k] += counts[k];
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %d | %d | %d | %s |%n", name, looks[l], size,
                    top ? "top" : "bottom", counts[0], counts[1], counts[2], interval);
            }
        }
        System.out.println("\n| look | slices | exact | flagged | wrong, not flagged | refused |");
        System.out.println("|---|---|---|---|---|---|");
        for (int l = 0; l < looks.length; l++) {
            int[] p = perLook[l];
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", looks[l], p[0] + p[1] + p[2] + p[3], p[0],
                p[1], p[2], p[3]);
        }
        System.out.printf(Locale.ROOT, "| all | %d | %d | %d | %d | %d |%n", total[0] + total[1] + total[2] + total[3],
            total[0], total[1], total[2], total[3]);
        System.exit(0);
    }

    /**
     * The selection the stack is read with, as -Dbench.area says: none (the default), {@code band}
     * (the whole width, 40 rows at the timestamp's edge of the frame, as a user drags it across
     * the frame) or {@code tight} (the label box, 2 pixels inside it), in the shrunk image's
     * pixels when a scale is given.
     */
    private static java.awt.Rectangle selection(boolean top, int x, int baseline, int size, int widest, int w,
        int h, double scale) {
        String area = System.getProperty("bench.area", "none");
        java.awt.Rectangle r;
        switch (area) {
            case "none":
                return null;
            case "band":
                r = new java.awt.Rectangle(0, top ? 0 : 240 - 40, 320, 40);
                break;
            case "tight":
                r = new java.awt.Rectangle(x - 2, baseline - size - 2, widest + 4, size + 6);
                break;
            default:
                throw new IllegalArgumentException("bench.area=" + area + ": none, band or tight");
        }
        return scale == 1 ? r : new java.awt.Rectangle((int) (r.x * scale), (int) (r.y * scale),
            (int) Math.ceil(r.width * scale), (int) Math.ceil(r.height * scale)).intersection(
            new java.awt.Rectangle(w, h));
    }

    private static String clockMillis(double t) {
        long ms = Math.round(t * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60,
            ms % 1000);
    }
}
