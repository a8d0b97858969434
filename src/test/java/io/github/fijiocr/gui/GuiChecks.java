package io.github.fijiocr.gui;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import io.github.fijiocr.command.LocateTextCommand;
import io.github.fijiocr.io.ImageFiles;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Map;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * What headless tests cannot see, checked with a screen (scripts/check-gui runs it under Xvfb):
 * Locate Text adds its ROIs to the ROI Manager, named "line 1", "line 1 char 3", after the
 * user's own ROIs, which stay. Prints "ok ..." or "FAIL ..." and exits non-zero on failure.
 * Usage: {@code GuiChecks TEST_IMAGES_DIR}.
 */
public final class GuiChecks {
    private GuiChecks() {
    }

    public static void main(String[] args) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("FAIL no screen: run under Xvfb (scripts/check-gui)");
            System.exit(2);
        }
        ImagePlus image = new ImagePlus("timestamp", ImageFiles.readGray(Path.of(args[0]).resolve("timestamp.png")));
        image.show();
        RoiManager manager = new RoiManager();
        Roi mine = new Roi(1, 1, 4, 4);
        mine.setName("my roi");
        manager.addRoi(mine);
        int found;
        try (Context context = new Context()) {
            CommandModule m = context.service(CommandService.class).run(LocateTextCommand.class, true,
                Map.of("image", image)).get();
            found = (int) m.getOutput("characters");
        }
        int count = manager.getCount();
        String first = manager.getName(0);
        String second = count > 1 ? manager.getName(1) : "";
        String fourth = count > 3 ? manager.getName(3) : "";
        boolean ok = count == 1 + 1 + found && "my roi".equals(first) && "line 1".equals(second)
            && "line 1 char 2".equals(fourth) && image.getOverlay() != null && image.getOverlay().size() == 1 + found;
        System.out.println((ok ? "ok" : "FAIL") + " Locate Text with a screen: ROI Manager holds " + count
            + " ROIs (" + first + ", " + second + ", ..., " + fourth + ", ...) for " + found
            + " characters and one line; overlay " + (image.getOverlay() == null ? 0 : image.getOverlay().size()));
        System.exit(ok ? 0 : 1);
    }
}
