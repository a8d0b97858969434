package io.github.fijiocr.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import io.github.fijiocr.SciJavaContextRule;
import io.github.fijiocr.TestData;
import io.github.fijiocr.io.ImageFiles;
import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.scijava.command.CommandModule;

public class LiveReadTextCommandTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @ClassRule
    public static final SciJavaContextRule CONTEXT = new SciJavaContextRule();

    @Test
    public void aFolderPlayedAsACameraGivesARowPerFrameARecordingAndACsv() throws Exception {
        File dir = tmp.newFolder("frames");
        ByteProcessor line = ImageFiles.readGray(TestData.testImages().resolve("digits.png"));
        for (int i = 0; i < 3; i++) {
            ByteProcessor frame = new ByteProcessor(640, 480);
            frame.setValue(255);
            frame.fill();
            frame.insert(line, 30 + 10 * i, 200);
            ImageIO.write(frame.getBufferedImage(), "png", new File(dir, "f" + i + ".png"));
        }
        File csv = new File(tmp.getRoot(), "live.csv");
        CommandModule m = CONTEXT.run(LiveReadTextCommand.class, "camera", dir.toString(),
            "frames", 2, "record", true, "vote", 3, "output", csv);
        assertFalse(m.getCancelReason(), m.isCanceled());
        ResultsTable rt = (ResultsTable) m.getOutput("results");
        Map<String, String> labels = TestData.testImageLabels();
        assertEquals(2, rt.size());
        assertEquals(labels.get("digits.png"), rt.getStringValue("text", 1));
        assertEquals(labels.get("digits.png"), rt.getStringValue("voted", 1));
        assertEquals("2 frames read", m.getOutput("stop_reason"));
        assertEquals(2, ((ImagePlus) m.getOutput("recording")).getStackSize());
        assertEquals("frame,time,text,confidence,voted", Files.readAllLines(csv.toPath()).get(0));
    }

    @Test
    public void headlessACameraNeedsALimit() throws Exception {
        CommandModule m = CONTEXT.run(LiveReadTextCommand.class, "camera", "");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("frames=") && m.getCancelReason().contains("seconds="));
    }

    @Test
    public void noCameraHereIsAClearMessageNotACrash() throws Exception {
        CommandModule m = CONTEXT.run(LiveReadTextCommand.class, "camera", "", "frames", 1);
        assertTrue(m.isCanceled());
        String why = m.getCancelReason();
        assertTrue(why, why.contains("libv4l-0") || why.contains("No camera found"));
    }

    @Test
    public void anUnknownModeIsRefused() throws Exception {
        CommandModule m = CONTEXT.run(LiveReadTextCommand.class, "camera", tmp.getRoot().toString(),
            "mode", "video");
        assertTrue(m.isCanceled());
        assertTrue(m.getCancelReason(), m.getCancelReason().contains("mode=video is not a choice: use text or character"));
    }

    @Test
    public void aCorruptCameraFileFailsTheRunAfterPublishingWhatWasRead() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("corrupt", ".png");
        java.nio.file.Files.write(bad, new byte[] {1, 2, 3});
        try {
            org.scijava.command.CommandModule m = CONTEXT.run(LiveReadTextCommand.class, "camera", bad.toString());
            assertTrue(m.isCanceled());
            assertTrue(m.getCancelReason(), m.getCancelReason().startsWith("Live Read Text stopped after 0 frames: "
                + "Cannot play " + bad));
        } finally {
            java.nio.file.Files.delete(bad);
        }
    }
}
