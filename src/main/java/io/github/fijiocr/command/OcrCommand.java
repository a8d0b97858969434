package io.github.fijiocr.command;

import ij.ImagePlus;
import io.github.fijiocr.OcrService;
import io.github.fijiocr.common.OcrException;
import io.github.fijiocr.common.CanceledException;
import io.github.fijiocr.engine.Ocr;
import io.github.fijiocr.engine.SliceSource;
import io.github.fijiocr.io.ImageSource;
import io.github.fijiocr.io.Outputs;
import io.github.fijiocr.present.MacroResults;
import io.github.fijiocr.present.Publisher;
import io.github.fijiocr.progress.Progress;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

/**
 * What every Fiji OCR command shares: its keys checked first ({@link Keys}); then one engine call;
 * then its results published ({@link Publisher}). A user error becomes one log line and a
 * canceled command (with the message as reason), never a stack trace, and stops a running macro
 * as ImageJ's own commands do. Progress goes to the status bar; Cancel is honoured between
 * batches, images and slices.
 */
public abstract class OcrCommand extends ContextCommand {
    @Parameter
    protected OcrService ocr;

    @Parameter
    protected LogService log;

    @Parameter
    private StatusService status;

    @Parameter(label = "Replace an existing file (another kind, another table, a finished model)", persist = false,
        description = "not needed to run again over this command's own output; inputs and the model in use "
            + "are never replaced")
    private boolean overwrite;

    protected final Publisher publish = new Publisher();

    private final List<String> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public final void run() {
        try {
            Keys.checkMacroNumbers(getClass(), ij.Macro.getOptions());
            Keys.check(this);
            publish.allowOverwrite(overwrite);
            execute();
        } catch (CanceledException e) {
            log.info(e.getMessage());
            cancel(e.getMessage());
        } catch (OcrException e) {
            log.error(e.getMessage());
            cancel(e.getMessage());
            MacroResults.abortMacro(e.getMessage());
        } finally {
            status.clearStatus();
        }
    }

    /** The command's work; throw {@link OcrException} for anything the user can fix. */
    protected abstract void execute();

    protected Ocr engine() {
        return ocr.engine();
    }

    /**
     * The images to work on: the file or folder {@code input}, else the open {@code image} (its
     * selection limiting the search), else one line saying what to give.
     */
    protected static SliceSource images(File input, ImagePlus image, String verb) {
        if (input != null) {
            return SliceSource.files(ImageSource.of(input.toPath()));
        }
        if (image != null) {
            return SliceSource.image(image, image.getTitle());
        }
        throw new OcrException("Nothing to " + verb + ": open an image, or set input= to an image file or a folder.");
    }

    /**
     * The one image the calibration commands read: the file {@code input} (a TIFF as a virtual
     * stack, never written), else the current image; {@code what} names it in the one-line refusal.
     */
    protected static ImagePlus openOne(File input, ImagePlus image, String what) {
        ImagePlus imp = input != null ? io.github.fijiocr.io.VirtualStacks.open(input) : image;
        if (imp == null) {
            throw new OcrException("Nothing to read: open " + what + ", or set input= to " + what + " file.");
        }
        return imp;
    }

    /** The bounds of the user's area selection on the current image (null: none, or the image came from a file). */
    protected static java.awt.Rectangle selection(ImagePlus imp, File input) {
        ij.gui.Roi roi = input == null ? imp.getRoi() : null;
        return roi != null && roi.isArea() ? roi.getBounds() : null;
    }

    /**
     * Refuses, before any work, an output that would destroy something (see {@link Outputs}):
     * {@code inUse} are the command's inputs and model.
     */
    protected void checkOutput(String key, File output, Outputs.Kind kind, File... inUse) {
        Path[] paths = new Path[inUse.length];
        for (int i = 0; i < inUse.length; i++) {
            paths[i] = path(inUse[i]);
        }
        Outputs.check(key, path(output), kind, overwrite, paths);
    }

    /** Whether the user allows replacing a file of another kind (or a finished model). */
    protected boolean overwrite() {
        return overwrite;
    }

    /** A file key as a path; none stays none. */
    protected static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /**
     * The line model a key names: {@code bundled} (unless a file has that name), {@code none} or
     * empty (null, when {@code noneAllowed}), or a model file; a character model is refused by key.
     */
    protected io.github.fijiocr.model.OcrModel lineModel(String key, String value, boolean noneAllowed) {
        String v = value == null ? "" : value.trim();
        if (noneAllowed && (v.isEmpty() || "none".equalsIgnoreCase(v))) {
            return null;
        }
        boolean bundled = v.isEmpty() || "bundled".equalsIgnoreCase(v) && !new File(v).exists();
        io.github.fijiocr.model.OcrModel m = bundled ? ocr.model(null, io.github.fijiocr.recognize.ReadOptions.Reader.LINE)
            : ocr.model(new File(v));
        if (!m.isLine()) {
            throw new OcrException(key + "=" + v + " is a character model; give a line model: bundled"
                + (noneAllowed ? ", none" : "") + " or a file Train Text Model wrote (character models are for Train"
                + " Character Model and Evaluate Model).");
        }
        return m;
    }

    protected Progress progress() {
        return Progress.of(status::showStatus, log::info, skipped::add, this::isCanceled);
    }

    /** The inputs this run left out because they could not be read (each already logged). */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    protected static boolean hasDisplay() {
        return Publisher.hasDisplay();
    }
}
