package io.github.fijiocr.command;

import ij.process.AutoThresholder;
import io.github.fijiocr.locate.LocateOptions;
import io.github.fijiocr.model.OcrModel;
import io.github.fijiocr.recognize.ReadOptions;
import io.github.fijiocr.recognize.ctc.Lexicon;
import java.io.File;
import org.scijava.ItemVisibility;
import org.scijava.plugin.Parameter;

/**
 * The "Locate Text" keys, shared by every command that finds text in images (Locate Text, Read
 * Text, Evaluate Text Reading, Cut Characters, Live Read Text): each is a macro key with the same
 * name, its default taken from {@link LocateOptions}, so it is written once. SciJava reads the
 * annotated fields of superclasses too, so they are declared once, here.
 */
public abstract class LocatingCommand extends OcrCommand {
    private static final LocateOptions DEFAULTS = new LocateOptions();

    /** The heading of the locating keys, which {@link DialogOrder} puts after the command's own. */
    @Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
    private String locating = "<html><b>Locating</b> (advanced: the defaults suit print, displays and screens)";

    @Parameter(label = "Threshold method", choices = {"Default", "Huang", "IJ_IsoData", "Intermodes", "IsoData",
        "Li", "MaxEntropy", "Mean", "MinError", "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy",
        "Shanbhag", "Triangle", "Yen"}, persist = false)
    private String method = DEFAULTS.method.name();

    @Parameter(label = "Text", choices = {"auto", "dark", "light"}, persist = false)
    private String text = "auto";

    @Parameter(label = "Local threshold radius (0: one level for the image)", min = "0", persist = false,
        description = "For uneven light: each pixel is compared with the mean of a window of this radius")
    private int local_radius = DEFAULTS.localRadius;

    @Parameter(label = "Subtract background, rolling ball radius (0: no)", min = "0", persist = false)
    private double background = DEFAULTS.background;

    @Parameter(label = "Denoise radius (-1: from the stroke width, 0: off)", min = "-1", persist = false)
    private int denoise = DEFAULTS.denoise;

    @Parameter(label = "Smallest particle (pixels)", min = "1", persist = false)
    private int min_area = DEFAULTS.minArea;

    @Parameter(label = "Largest particle (pixels, 0: no limit)", min = "0", persist = false)
    private int max_area = DEFAULTS.maxArea;

    @Parameter(label = "Character width, at least (pixels)", min = "0", persist = false)
    private int min_width = DEFAULTS.minWidth;

    @Parameter(label = "Character width, at most (pixels, 0: no limit)", min = "0", persist = false)
    private int max_width = DEFAULTS.maxWidth;

    @Parameter(label = "Character height, at least (pixels)", min = "0", persist = false)
    private int min_height = DEFAULTS.minHeight;

    @Parameter(label = "Character height, at most (pixels, 0: no limit)", min = "0", persist = false)
    private int max_height = DEFAULTS.maxHeight;

    @Parameter(label = "Width/height, at least", min = "0", persist = false)
    private double min_aspect = DEFAULTS.minAspect;

    @Parameter(label = "Width/height, at most (0: no limit)", min = "0", persist = false)
    private double max_aspect = DEFAULTS.maxAspect;

    @Parameter(label = "Solidity, at least", min = "0", max = "1", persist = false)
    private double min_solidity = DEFAULTS.minSolidity;

    @Parameter(label = "Join dot-matrix dots", persist = false)
    private boolean merge_dots = DEFAULTS.mergeDots;

    @Parameter(label = "Split touching characters", persist = false)
    private boolean split = DEFAULTS.split;

    @Parameter(label = "Drop characters cut by the border", persist = false)
    private boolean drop_cut = DEFAULTS.dropCut;

    @Parameter(label = "Word gap (fraction of line height)", min = "0", persist = false)
    private double word_gap = DEFAULTS.wordGap;

    @Parameter(label = "Largest rotation (degrees)", min = "0", max = "45", persist = false)
    private double max_angle = DEFAULTS.maxAngle;

    /**
     * The reading keys as options, with this command's locating keys; a lexicon file is read here,
     * so a bad one stops the command before anything is read.
     */
    protected ReadOptions readOptions(double threshold, String allowed, String pattern, String reader, String layout,
        String lexicon) {
        ReadOptions o = ReadOptions.of(locateOptions(), threshold, allowed, pattern).with(
            Keys.choice("reader", reader, ReadOptions.Reader.class), Keys.choice("layout", layout, ReadOptions.Layout.class))
            .withLexicon(lexicon == null || lexicon.isBlank() ? Lexicon.NONE : lexicon.trim());
        if (!o.lexicon.equalsIgnoreCase(Lexicon.NONE) && !o.lexicon.equalsIgnoreCase(Lexicon.ENGLISH)) {
            o.lexicon();
        }
        return o;
    }

    /** The model file given, or the bundled model of the reader chosen. */
    protected OcrModel readingModel(File model, String reader) {
        return ocr.model(model, Keys.choice("reader", reader, ReadOptions.Reader.class));
    }

    /** The keys as options (already checked against their choices and ranges by {@link Keys}). */
    protected LocateOptions locateOptions() {
        LocateOptions o = new LocateOptions();
        o.method = AutoThresholder.Method.valueOf(method);
        o.text = Keys.choice("text", text, LocateOptions.TextPolarity.class);
        o.localRadius = local_radius;
        o.background = background;
        o.denoise = denoise;
        o.minArea = min_area;
        o.maxArea = max_area;
        o.minWidth = min_width;
        o.maxWidth = max_width;
        o.minHeight = min_height;
        o.maxHeight = max_height;
        o.minAspect = min_aspect;
        o.maxAspect = max_aspect;
        o.minSolidity = min_solidity;
        o.mergeDots = merge_dots;
        o.split = split;
        o.dropCut = drop_cut;
        o.wordGap = word_gap;
        o.maxAngle = max_angle;
        return o;
    }
}
