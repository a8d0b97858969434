package io.github.fijiocr.command;

import io.github.fijiocr.OcrException;
import io.github.fijiocr.locate.LocateOptions;
import org.scijava.plugin.Parameter;

/**
 * The "Locate Text" parameters, shared by every command that finds characters in images (Locate
 * Text, Read Text, Evaluate Text Reading, Cut Characters): each is a macro key with the same name.
 * SciJava reads the annotated fields of superclasses too, so they are declared once, here.
 */
public abstract class LocatingCommand extends OcrCommand {
    @Parameter(label = "Threshold method", choices = {"Default", "Huang", "IJ_IsoData", "Intermodes", "IsoData",
        "Li", "MaxEntropy", "Mean", "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy",
        "Shanbhag", "Triangle", "Yen"}, persist = false)
    private String method = "Otsu";

    @Parameter(label = "Text", choices = {"auto", "dark", "light"}, persist = false)
    private String text = "auto";

    @Parameter(label = "Local threshold radius (0: one level for the image)", min = "0", persist = false,
        description = "For uneven light: each pixel is compared with the mean of a window of this radius")
    private int local_radius = 0;

    @Parameter(label = "Subtract background, rolling ball radius (0: no)", min = "0", persist = false)
    private double background = 0;

    @Parameter(label = "Denoise radius (-1: from the stroke width, 0: off)", min = "-1", persist = false)
    private int denoise = -1;

    @Parameter(label = "Smallest particle (pixels)", min = "1", persist = false)
    private int min_area = 3;

    @Parameter(label = "Largest particle (pixels, 0: no limit)", min = "0", persist = false)
    private int max_area = 0;

    @Parameter(label = "Character width, at least (pixels)", min = "0", persist = false)
    private int min_width = 0;

    @Parameter(label = "Character width, at most (pixels, 0: no limit)", min = "0", persist = false)
    private int max_width = 0;

    @Parameter(label = "Character height, at least (pixels)", min = "0", persist = false)
    private int min_height = 0;

    @Parameter(label = "Character height, at most (pixels, 0: no limit)", min = "0", persist = false)
    private int max_height = 0;

    @Parameter(label = "Width/height, at least", min = "0", persist = false)
    private double min_aspect = 0;

    @Parameter(label = "Width/height, at most (0: no limit)", min = "0", persist = false)
    private double max_aspect = 0;

    @Parameter(label = "Solidity, at least", min = "0", max = "1", persist = false)
    private double min_solidity = 0;

    @Parameter(label = "Join dot-matrix dots", persist = false)
    private boolean merge_dots = true;

    @Parameter(label = "Split touching characters", persist = false)
    private boolean split = true;

    @Parameter(label = "Drop characters cut by the border", persist = false)
    private boolean drop_cut = true;

    @Parameter(label = "Word gap (fraction of line height)", min = "0", persist = false)
    private double word_gap = 0.45;

    @Parameter(label = "Largest rotation (degrees)", min = "0", max = "45", persist = false)
    private double max_angle = 10;

    /** The parameters as options; values a macro may pass outside the dialog's choices are refused. */
    protected LocateOptions locateOptions() {
        LocateOptions o = new LocateOptions();
        o.method = LocateOptions.method(method);
        o.text = LocateOptions.polarity(text);
        o.localRadius = atLeast("local_radius", local_radius, 0);
        o.background = between("background", background, 0, Double.MAX_VALUE);
        o.denoise = atLeast("denoise", denoise, -1);
        o.minArea = atLeast("min_area", min_area, 1);
        o.maxArea = atLeast("max_area", max_area, 0);
        o.minWidth = atLeast("min_width", min_width, 0);
        o.maxWidth = atLeast("max_width", max_width, 0);
        o.minHeight = atLeast("min_height", min_height, 0);
        o.maxHeight = atLeast("max_height", max_height, 0);
        o.minAspect = between("min_aspect", min_aspect, 0, Double.MAX_VALUE);
        o.maxAspect = between("max_aspect", max_aspect, 0, Double.MAX_VALUE);
        o.minSolidity = between("min_solidity", min_solidity, 0, 1);
        o.mergeDots = merge_dots;
        o.split = split;
        o.dropCut = drop_cut;
        o.wordGap = between("word_gap", word_gap, 0, Double.MAX_VALUE);
        o.maxAngle = between("max_angle", max_angle, 0, 45);
        return o;
    }

    private static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new OcrException(key + "=" + value + " is out of range: use " + min + " or more.");
        }
        return value;
    }

    private static double between(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            String range = max == Double.MAX_VALUE ? min + " or more" : "a value from " + min + " to " + max;
            throw new OcrException(key + "=" + value + " is out of range: use " + range + ".");
        }
        return value;
    }
}
