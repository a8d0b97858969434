import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.macro.MacroRunner;
import ij.plugin.frame.Recorder;
import java.io.File;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Drives a Fiji GUI for scripts/check-gui-fiji, from ImageJ 1.x's side: opens the Recorder, runs
 * "Read Text" as a menu click does (IJ.doCommand, no macro running, so imagej-legacy records it),
 * waits while the script presses OK in the dialog, takes the recorded line, replays it in a
 * batch-mode macro on three images, then runs a failing command followed by a line that must not
 * run, and last opens the dialogs of "Live Read Text", "Train Character Model", "Train Text Model" and
 * "Evaluate Text Model", "Read Timestamps" and "Read Scale Bar" for the script to
 * look at and cancel. Each step is a line in WORK/status.log; the script answers with xdotool.
 * Started by -eval 'call("OcrGuiCheck.start", "WORK")'; WORK/images.txt lists the images.
 */
public class OcrGuiCheck {
    private static PrintWriter status;

    public static String start(String work) {
        Thread t = new Thread(() -> {
            try {
                status = new PrintWriter(new FileWriter(new File(work, "status.log"), true), true);
                drive(new File(work));
            } catch (Throwable e) {
                emit("ERROR " + e);
                e.printStackTrace();
            } finally {
                emit("FINISHED");
            }
        }, "ocr-gui-check");
        t.start();
        return "";
    }

    private static void emit(String line) {
        if (status != null) {
            status.println(line);
        }
    }

    private interface Test {
        boolean ok();
    }

    private static boolean waitFor(Test t, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (t.ok()) {
                return true;
            }
            Thread.sleep(200);
        }
        return t.ok();
    }

    private static void drive(File work) throws Exception {
        String[] images = new String(Files.readAllBytes(new File(work, "images.txt").toPath()),
            StandardCharsets.UTF_8).trim().split("\n");
        // The -eval macro that called us must be over, or imagej-legacy would not record.
        waitFor(() -> IJ.getInstance() != null && Interpreter.getInstance() == null && !IJ.macroRunning(), 60000);
        Thread.sleep(2000);
        IJ.doCommand("Record...");
        if (!waitFor(() -> Recorder.getInstance() != null, 30000)) {
            emit("ERROR no Recorder");
            return;
        }
        emit("RECORDER_OPEN");
        ImagePlus imp = IJ.openImage(images[0]);
        imp.show();
        waitFor(() -> WindowManager.getCurrentImage() == imp, 10000);
        IJ.doCommand("Read Text");
        emit("DIALOG_EXPECTED");
        if (!waitFor(() -> WindowManager.getWindow("OCR Text") != null, 300000)) {
            emit("ERROR no OCR Text table after the dialog");
            return;
        }
        emit("TABLE_SHOWN");
        String line = null;
        long end = System.currentTimeMillis() + 30000;
        while (line == null && System.currentTimeMillis() < end) {
            for (String l : Recorder.getInstance().getText().split("\n")) {
                if (l.startsWith("run(\"Read Text\"")) {
                    line = l.trim();
                }
            }
            Thread.sleep(200);
        }
        Files.write(new File(work, "recorder.txt").toPath(),
            Recorder.getInstance().getText().getBytes(StandardCharsets.UTF_8));
        if (line == null) {
            emit("ERROR nothing recorded");
            return;
        }
        emit("RECORDED " + line);
        imp.changes = false;
        imp.close();

        String out = new File(work, "replay.txt").getPath();
        StringBuilder m = new StringBuilder("setBatchMode(true);\n");
        for (String image : images) {
            m.append("open(\"").append(image).append("\");\n")
                .append("first = nResults;\n").append(line).append("\n")
                .append("s = \"\"; for (i = first; i < nResults; i++) s = s + getResultString(\"text\", i) + \";\";\n")
                .append("File.append(\"REPLAYED ").append(new File(image).getName())
                .append(" \" + (nResults - first) + \" \" + s, \"").append(out).append("\");\n")
                .append("close();\n");
        }
        emit("REPLAY_START");
        Thread replay = new MacroRunner(m.toString()).getThread();
        if (replay != null) {
            replay.join(600000);
        }
        emit("REPLAY_END");

        String after = new File(work, "after-failure.txt").getPath();
        File go = new File(work, "go-abort");
        waitFor(go::exists, 120000); // the script first checks the log and windows of the replay
        emit("ABORT_START");
        Thread failing = new MacroRunner("setBatchMode(true);\n"
            + "run(\"Read Text\", \"input=[" + new File(work, "no-such-image.png").getPath() + "]\");\n"
            + "File.append(\"AFTER_FAILURE\", \"" + after + "\");\n").getThread();
        if (failing != null) {
            failing.join(180000);
        }
        emit("ABORT_END " + (failing != null && failing.isAlive() ? "still running" : "ended"));

        // The other commands' dialogs, from the menu, once the script has answered the failure's
        // message; the script takes a screenshot of each and cancels it.
        waitFor(new File(work, "go-dialogs")::exists, 120000);
        for (String command : new String[] {"Live Read Text", "Train Character Model", "Train Text Model",
            "Evaluate Text Model", "Read Timestamps", "Read Scale Bar"}) {
            File closed = new File(work, "closed-" + command.replace(' ', '-'));
            IJ.doCommand(command);
            emit("SHOWN " + command);
            waitFor(closed::exists, 120000);
        }
        emit("SHOWN_END");
    }
}
