package io.github.fijiocr.present;

import ij.ImagePlus;
import ij.gui.ImageWindow;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.measure.ResultsTable;
import ij.process.ImageProcessor;
import io.github.fijiocr.capture.FrameReading;
import io.github.fijiocr.capture.LiveReader;
import io.github.fijiocr.recognize.CharacterReading;
import java.awt.Button;
import java.awt.Color;
import java.awt.Font;
import java.awt.Panel;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

/**
 * The live image with what was read drawn on it, as the seed does: the text and its probability
 * at the top left when above the threshold, boxes around the characters, the frames per second;
 * a Stop button, and q or Esc, end the run, as does closing the window.
 */
public final class LiveWindow implements LiveReader.Listener {
    private static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font FPS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private final double threshold;
    private final boolean boxes;
    private volatile boolean stop;
    private ImagePlus image;

    /** {@code boxes}: draw the characters' boxes (text mode; in character mode the box is the frame). */
    public LiveWindow(double threshold, boolean boxes) {
        this.threshold = threshold;
        this.boxes = boxes;
    }

    @Override
    public void frame(ImageProcessor frame, FrameReading reading, double fps) {
        if (image == null) {
            open(frame);
        } else {
            image.setProcessor(frame);
        }
        Overlay overlay = new Overlay();
        if (boxes) {
            for (CharacterReading c : reading.characters) {
                Roi box = new Roi(c.box);
                box.setStrokeColor(c.confidence >= threshold ? Color.GREEN : Color.ORANGE);
                overlay.add(box);
            }
        }
        if (!reading.voted.isEmpty() && reading.confidence >= threshold) {
            TextRoi text = new TextRoi(8, 6, String.format("%s  (%.2f)", reading.voted, reading.confidence), TEXT_FONT);
            text.setStrokeColor(Color.GREEN);
            text.setFillColor(new Color(0, 0, 0, 160));
            overlay.add(text);
        }
        TextRoi rate = new TextRoi(frame.getWidth() - 90, 6, String.format("%.1f fps", fps), FPS_FONT);
        rate.setStrokeColor(Color.YELLOW);
        rate.setFillColor(new Color(0, 0, 0, 160));
        overlay.add(rate);
        image.setOverlay(overlay);
    }

    @Override
    public boolean stopRequested() {
        return stop;
    }

    /** Closes the window at the end of a run. */
    public void close() {
        if (image != null) {
            image.changes = false;
            image.close();
        }
    }

    private void open(ImageProcessor frame) {
        image = new ImagePlus("Live Read Text (Stop, q or Esc to end)", frame);
        image.show();
        ImageWindow window = image.getWindow();
        if (window == null) {
            return;
        }
        Panel bar = new Panel();
        Button button = new Button("Stop");
        button.addActionListener(e -> stop = true);
        bar.add(button);
        window.add(bar);
        window.pack();
        KeyAdapter keys = new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.getKeyCode() == KeyEvent.VK_ESCAPE || e.getKeyChar() == 'q') {
                    stop = true;
                    e.consume();
                }
            }
        };
        // Before ImageJ's own key handling, which would take q for a command shortcut.
        window.addKeyListener(keys);
        image.getCanvas().addKeyListener(keys);
        button.addKeyListener(keys);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                stop = true;
            }
        });
    }

    /** Each frame's row appended to {@code table}, and drawn in {@code window} when there is one. */
    public static LiveReader.Listener listener(ResultsTable table, LiveWindow window) {
        return new LiveReader.Listener() {
            @Override
            public void frame(ImageProcessor frame, FrameReading r, double fps) {
                Tables.liveFrame(table, r);
                if (window != null) {
                    window.frame(frame, r, fps);
                }
            }

            @Override
            public boolean stopRequested() {
                return window != null && window.stopRequested();
            }
        };
    }
}
