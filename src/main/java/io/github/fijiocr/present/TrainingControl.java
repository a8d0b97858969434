package io.github.fijiocr.present;

import java.awt.BorderLayout;
import java.awt.Button;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Label;

/**
 * A small window with the training's progress and a Stop button, because Fiji's status bar has
 * no Cancel for SciJava commands. Stop ends training after the current batch; the best epoch so
 * far is kept. Only made where there is a screen.
 */
public final class TrainingControl {
    private final Frame frame = new Frame("OCR Training Progress");
    private final Label status = new Label("Preparing the data...");
    private volatile boolean stopped;

    public TrainingControl() {
        Button stop = new Button("Stop (keeps the best model)");
        stop.addActionListener(e -> {
            stopped = true;
            stop.setEnabled(false);
            status.setText("Stopping after this batch...");
        });
        frame.add(status, BorderLayout.CENTER);
        frame.add(stop, BorderLayout.SOUTH);
        frame.setSize(420, 100);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                stopped = true;
                frame.dispose();
            }
        });
        EventQueue.invokeLater(() -> frame.setVisible(true));
    }

    public boolean isStopped() {
        return stopped;
    }

    public void show(String message) {
        if (!stopped) {
            EventQueue.invokeLater(() -> status.setText(message));
        }
    }

    public void close() {
        EventQueue.invokeLater(frame::dispose);
    }
}
