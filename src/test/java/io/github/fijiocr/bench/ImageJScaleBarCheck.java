package io.github.fijiocr.bench;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageConverter;
import io.github.fijiocr.calibrate.ScaleBar;
import io.github.fijiocr.calibrate.ScaleBarReader;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.line.LineRecognizer;
import io.github.fijiocr.synth.Micrographs;

/**
 * ImageJ's own Analyze > Tools > Scale Bar... (ImageJ 1.54f; it needs a display: run under Xvfb),
 * with and without a background box, in four corners, burned in (flattened, as its burn-in
 * draws its overlay) and one left as an overlay; each image then read by Read Scale Bar. Prints
 * one line per bar: what was read, sure or the doubt, the pixel size against the truth.
 */
public class ImageJScaleBarCheck {
    public static void main(String[] a) throws Exception {
        LineRecognizer rec = new LineRecognizer(ModelFile.bundledLine().predictor(null), null,
            ReadOptions.DEFAULT_THRESHOLD, null);
        double[] px = {0.1, 0.25, 0.05, 0.4, 0.2, 0.125, 0.08, 0.3};
        int[] w = {10, 20, 5, 50, 20, 10, 5, 40};
        String[] bg = {"White", "Black", "White", "None", "Gray", "White", "Black", "White"};
        String[] col = {"Black", "White", "Black", "White", "White", "Black", "White", "Black"};
        String[] loc = {"[Lower Right]", "[Lower Left]", "[Upper Right]", "[Lower Right]", "[Lower Left]",
            "[Upper Left]", "[Lower Right]", "[Lower Right]"};
        for (int k = 0; k < px.length; k++) {
            ImagePlus imp = Micrographs.still("cells" + k, 9000 + k);
            IJ.run(imp, "Set Scale...", "distance=1 known=" + px[k] + " unit=micron");
            IJ.run(imp, "Scale Bar...", "width=" + w[k] + " height=5 thickness=" + (3 + k % 4) + " font=" + (14 + 2 * k)
                + " color=" + col[k] + " background=" + bg[k] + " location=" + loc[k] + " horizontal"
                + (k % 2 == 0 ? " bold" : "") + (k == 5 ? " overlay" : ""));
            if (k != 5 && imp.getOverlay() != null) {
                // Burned in: ImageJ 1.54 draws its overlay onto the pixels, as flattening does.
                imp = imp.flatten();
                new ImageConverter(imp).convertToGray8();
            }
            IJ.run(imp, "Set Scale...", "distance=0 known=0 unit=pixel");
            String got;
            try {
                ScaleBar s = new ScaleBarReader(rec).read(imp, null);
                double off = Math.abs(s.pixelSize() - px[k]) / px[k];
                got = s.label + " " + (s.sure ? "sure" : "FLAG " + s.doubt) + String.format(java.util.Locale.ROOT,
                    " %.4g (truth %.4g, %.1f%% off) %s", s.pixelSize(), px[k], 100 * off, s.source);
                if (s.sure && off > Math.max(0.02, s.precision())) {
                    got = "WRONG " + got;
                }
            } catch (io.github.fijiocr.common.OcrException e) {
                got = "refused " + e.getMessage();
            }
            System.out.println("REAL " + k + " bg=" + bg[k] + " " + loc[k] + ": " + got);
        }
        System.exit(0);
    }
}
