package io.github.fijiocr.synth;

import io.github.fijiocr.dataset.DatasetSplit;
import io.github.fijiocr.model.Architectures;
import io.github.fijiocr.model.ModelFile;
import io.github.fijiocr.preprocess.Preprocessing;
import io.github.fijiocr.preprocess.Preprocessor;
import io.github.fijiocr.progress.Progress;
import io.github.fijiocr.train.Trainer;
import io.github.fijiocr.train.TrainingOptions;
import io.github.fijiocr.train.TrainingResult;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the bundled model: renders every character of {@link #ALPHABET} from the installed fonts
 * with {@link GlyphRenderer}, trains a network on it, and saves the best model.
 * Usage: {@code BundledModelBuilder OUTPUT.zip [samples_per_class] [epochs] [architecture] [font_dir...]}.
 * With {@code -Dphoto=F}, that fraction of the cells is rendered as photos show characters
 * ({@link GlyphRenderer#renderPhoto}: loose crops, light, glare, blur, JPEG, either polarity) and
 * read as a user's crop is read; {@code -Daugment=KEY} picks the per-epoch augmentation.
 */
public final class BundledModelBuilder {
    /** Digits, capitals, and the punctuation of times and dates. */
    public static final List<String> ALPHABET = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
        "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T",
        "U", "V", "W", "X", "Y", "Z", ":", ".", "-", "/");

    private BundledModelBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Architectures architecture = args.length > 3 ? Architectures.fromKey(args[3]) : Architectures.SEED;
        List<Path> dirs = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            dirs.add(Path.of(args[i]));
        }
        if (dirs.isEmpty()) {
            dirs.add(Path.of("/usr/share/fonts"));
        }
        FontCatalog fonts = FontCatalog.scan(dirs.toArray(new Path[0]));
        System.out.println(fonts.text().size() + " text fonts, " + fonts.segment().size() + " segment fonts");
        TrainingOptions options = new TrainingOptions();
        options.architecture = architecture;
        if (architecture == Architectures.SEED) {
            // As the seed-network model was made: before the equalised standard and the cosine decay.
            options.preprocessing = new Preprocessing(32, Preprocessing.Resize.FIT, Preprocessing.Crop.INK,
                Preprocessing.Contrast.STRETCH);
            options.cosineDecay = false;
        } else {
            options.preprocessing = Preprocessing.standard();
        }
        options.epochs = epochs;
        // -Dthreads=1 leaves the other core to other work (for ND4J and for augmentation).
        options.threads = Integer.getInteger("threads", options.threads);
        options.augmentThreads = Integer.getInteger("threads", options.augmentThreads);
        double photoShare = Double.parseDouble(System.getProperty("photo", "0"));
        if (System.getProperty("augment") != null) {
            options.augmenter = io.github.fijiocr.augment.Augmenter.fromKey(System.getProperty("augment"));
        }
        options.testFraction = 0.1;
        options.validationFraction = 0.1;
        Preprocessor pre = new Preprocessor(options.preprocessing);
        GlyphRenderer renderer = new GlyphRenderer();
        Random random = new Random(2027);
        List<float[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < ALPHABET.size(); c++) {
            String ch = ALPHABET.get(c);
            List<Font> candidates = fonts.fontsFor(ch);
            int made = 0;
            while (made < perClass) {
                Font font = candidates.get(random.nextInt(candidates.size()));
                if (photoShare > 0 && random.nextDouble() < photoShare) {
                    ij.process.ByteProcessor photo = renderer.renderPhoto(ch, font, fonts.segment().contains(font), random);
                    if (photo == null) {
                        continue;
                    }
                    inputs.add(pre.wholeImage(photo));
                    labels.add(c);
                    made++;
                    continue;
                }
                RenderedCell cell = renderer.render(ch, font, fonts.segment().contains(font), random);
                if (cell == null) {
                    continue;
                }
                inputs.add(pre.cell(cell.image, cell.cell, false));
                labels.add(c);
                made++;
            }
            System.out.println("rendered " + ch + " from " + candidates.size() + " fonts");
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("dataset", "rendered by BundledModelBuilder from " + fonts.text().size() + " text and "
            + fonts.segment().size() + " segment fonts");
        about.put("samples", inputs.size());
        about.put("photo_share", photoShare);
        about.put("augmentation", options.augmenter == null ? "none" : options.augmenter.toString());
        Progress log = new Progress() {
            @Override
            public void log(String message) {
                System.out.println(message);
            }
        };
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        TrainingResult result = new Trainer().train(inputs, y, ALPHABET,
            DatasetSplit.stratified(y, options.testFraction, options.validationFraction, options.seed), options, log,
            about);
        System.out.printf("test accuracy %.4f on %d rendered cells, %.0f samples/s, %.0f s%n",
            result.test.accuracy(), result.test.total(), result.trainSamplesPerSecond, result.seconds);
        ModelFile.save(result.model, output);
        System.out.println("saved " + output);
        System.exit(0); // ND4J leaves non-daemon threads behind
    }
}
