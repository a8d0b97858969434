package io.github.fijiocr.train.line;

import ij.process.ByteProcessor;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** A line dataset no model reads untrained: digits, each labelled as the next digit. */
public final class ShiftedDigits {
    private ShiftedDigits() {
    }

    /** {@code n} digit lines labelled with each digit shifted by one (0 as 1, ..., 9 as 0): no model reads that unless trained. */
    public static Path write(Path dir, int n) throws Exception {
        Random r = new Random(5);
        StringBuilder csv = new StringBuilder("path,label\n");
        for (int i = 0; i < n; i++) {
            StringBuilder shown = new StringBuilder();
            StringBuilder label = new StringBuilder();
            for (int k = 0, len = 3 + r.nextInt(3); k < len; k++) {
                int d = r.nextInt(10);
                shown.append(d);
                label.append((d + 1) % 10);
            }
            ByteProcessor bp = new ByteProcessor(20 + 14 * shown.length(), 32);
            bp.setColor(230);
            bp.fill();
            bp.setColor(25);
            bp.setAntialiasedText(true);
            bp.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
            bp.drawString(shown.toString(), 8, 27);
            String name = "line" + i + ".png";
            ImageIO.write(bp.getBufferedImage(), "png", dir.resolve(name).toFile());
            csv.append(name).append(',').append(label).append('\n');
        }
        Files.writeString(dir.resolve("labels.csv"), csv);
        return dir;
    }

}
