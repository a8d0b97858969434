package io.github.fijiocr.synth;

import ij.process.ByteProcessor;
import io.github.fijiocr.model.LineArchitectures;
import io.github.fijiocr.recognize.line.LineImage;
import io.github.fijiocr.train.ctc.CtcSteps;
import io.github.fijiocr.train.ctc.LineBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Rendered training batches for the line model. Batch {@code step} depends only on the seed and
 * the step, so a build resumed from a checkpoint sees the batches it would have seen.
 */
public final class LineBatches {
    private final LineTexts texts;
    private final LineRenderer renderer;
    private final String alphabet;
    private final int size;
    private final long seed;
    private static final int GROUP = 8;
    private int cachedGroup = -1;
    private List<List<Sample>> cached;

    public LineBatches(LineTexts texts, LineRenderer renderer, String alphabet, int size, long seed) {
        this.texts = texts;
        this.renderer = renderer;
        this.alphabet = alphabet;
        this.size = size;
        this.seed = seed;
    }

    /** One rendered line: its text and its network input. */
    public static final class Sample {
        public final String text;
        public final LineImage image;

        Sample(String text, LineImage image) {
            this.text = text;
            this.image = image;
        }
    }

    /**
     * The batch of {@code step}. Lines are rendered {@value #GROUP} batches at a time and batched
     * by width, so that a batch pads its lines little (padding costs as much as text to train).
     * Called in step order by one thread: it keeps the current group.
     */
    public LineBatch batch(int step) {
        int group = step / GROUP;
        if (group != cachedGroup) {
            Random r = new Random(seed * 1_000_003L + group);
            List<Sample> samples = new ArrayList<>();
            while (samples.size() < size * GROUP) {
                Sample s = sample(r, false);
                if (s != null) {
                    samples.add(s);
                }
            }
            samples.sort(Comparator.comparingInt(s -> s.image.width));
            cached = new ArrayList<>();
            for (int b = 0; b < GROUP; b++) {
                cached.add(samples.subList(b * size, (b + 1) * size));
            }
            Collections.shuffle(cached, r);
            cachedGroup = group;
        }
        return of(cached.get(step % GROUP), alphabet);
    }

    /** A training line, or (heldOut) one of a format never trained on; null when it cannot align. */
    public Sample sample(Random r, boolean heldOut) {
        LineRenderer.Style style = renderer.style(r);
        String text = style == LineRenderer.Style.FONT ? (heldOut ? texts.heldOut(r) : texts.next(r))
            : style == LineRenderer.Style.SEGMENT ? LineTexts.segments(r)
            : (heldOut ? texts.heldOut(r) : texts.next(r)).toUpperCase(Locale.ROOT).replace("\u039C", "µ");
        if (text.length() > 28) {
            text = text.substring(0, 28).trim();
        }
        ByteProcessor crop = renderer.render(text, style, r, true);
        LineImage image = LineImage.of(crop, LineImage.TRAINING_MAX_WIDTH);
        int[] target = classes(text, alphabet);
        if (CtcSteps.needed(target) > image.width / LineArchitectures.COLUMN_WIDTH) {
            return null;
        }
        return new Sample(text, image);
    }

    public static LineBatch of(List<Sample> samples, String alphabet) {
        int width = samples.stream().mapToInt(s -> s.image.width).max().orElse(LineImage.MIN_WIDTH);
        List<float[]> lines = new ArrayList<>();
        int[][] targets = new int[samples.size()][];
        for (int i = 0; i < samples.size(); i++) {
            lines.add(samples.get(i).image.padded(width));
            targets[i] = classes(samples.get(i).text, alphabet);
        }
        return LineBatch.of(lines, LineImage.HEIGHT, width, targets);
    }

    static int[] classes(String text, String alphabet) {
        return text.codePoints().map(c -> {
            int i = alphabet.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("'" + new String(Character.toChars(c)) + "' is not in the alphabet");
            }
            return i;
        }).toArray();
    }
}
