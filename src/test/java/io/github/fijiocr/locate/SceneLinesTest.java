package io.github.fijiocr.locate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import io.github.fijiocr.synth.TextMicrographs;
import java.awt.Rectangle;
import java.util.List;
import org.junit.Test;

/** What counts as a character-shaped component, and how they chain into candidate lines. */
public class SceneLinesTest {
    /**
     * A local-mean mask's "ink" that has the ground's own grey (a halo beside a bright cell) does
     * not stand out of the line's box; ink darker than the ground by the contrast does.
     */
    @Test
    public void aHaloOfGroundDoesNotStandOutAndInkDoes() {
        int w = 40;
        byte[] px = new byte[w * 10];
        byte[] mask = new byte[px.length];
        java.util.Arrays.fill(px, (byte) 50);
        for (int i = 0; i < px.length; i += 4) {
            mask[i] = 1; // a quarter of the box is in the mask
        }
        Rectangle box = new Rectangle(0, 0, w, 10);
        assertFalse("a halo: the mask's pixels are ground", SceneLines.standsOut(px, mask, w, box, 20));
        for (int i = 0; i < px.length; i += 4) {
            px[i] = 20;
        }
        assertTrue("ink 30 levels darker than the ground", SceneLines.standsOut(px, mask, w, box, 20));
    }

    private static byte[] mask(ByteProcessor ip) {
        byte[] px = (byte[]) ip.getPixels();
        byte[] m = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            m[i] = (byte) (px[i] != 0 ? 1 : 0);
        }
        return m;
    }

    @Test
    public void ringsAndDiagonalStrokesAreCharactersSolidBlobsAndBarsAreNot() {
        ByteProcessor ip = new ByteProcessor(200, 60);
        ip.setColor(255);
        ip.setLineWidth(3);
        ip.drawOval(10, 10, 20, 30); // an O: a ring, strokes 3 px across
        ip.fillOval(50, 10, 24, 30); // a cell: solid, its runs long both ways
        ip.fillRect(90, 28, 60, 4); // a bar: too flat to be a character
        for (int i = 0; i < 8; i++) { // a steep backslash one pixel wide: its steps touch only at corners
            for (int k = 0; k < 3; k++) {
                ip.set(160 + i, 10 + 3 * i + k, 255);
            }
        }
        ip.fillRect(190, 10, 10, 30); // touches the border: cut, not judged
        List<Rectangle> found = SceneLines.characterLike(mask(ip), 200, 60, new SceneLines.Scratch(200, 60), SceneLines.WIDE);
        assertEquals(found.toString(), 2, found.size());
        assertTrue(found.toString(), found.stream().anyMatch(r -> r.x >= 8 && r.x <= 11 && r.width >= 20));
        assertTrue(found.toString(), found.stream().anyMatch(r -> r.x == 160 && r.height == 24));
    }

    @Test
    public void aRowOfCharactersIsOneCandidateAndALoneOneIsNone() {
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        for (int k = 0; k < 5; k++) {
            ip.drawRect(20 + 22 * k, 20, 16, 24); // five boxes a character apart
        }
        ip.drawRect(240, 20, 16, 24); // alone, far to the right
        List<Rectangle> lines = SceneLines.lines(mask(ip), 300, 80);
        assertEquals(lines.toString(), 1, lines.size());
        Rectangle row = lines.get(0); // the five boxes, give or take their 2-pixel outline
        assertTrue(row.toString(), Math.abs(row.x - 20) <= 1 && Math.abs(row.width - (22 * 4 + 16)) <= 2
            && Math.abs(row.height - 24) <= 2);
    }

    @Test
    public void charactersACellApartChainOnlyWhereCellGapsAreAskedFor() {
        // A monospaced 0.0: two digits 16 wide, 24 high, with the point's whole cell between
        // them (a gap of 32, a height and a quarter); the point is too small to be a component.
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        ip.drawRect(20, 20, 16, 24);
        ip.fillRect(50, 40, 4, 4);
        ip.drawRect(70, 20, 16, 24);
        SceneLines.Scratch scratch = new SceneLines.Scratch(300, 80);
        assertTrue(SceneLines.lines(mask(ip), 300, 80, scratch, 2, SceneLines.WIDE, 1).isEmpty());
        List<Rectangle> wide = SceneLines.lines(mask(ip), 300, 80, scratch, 2, SceneLines.WIDE, SceneLines.CELL_GAP);
        assertEquals(wide.toString(), 1, wide.size());
        assertTrue(wide.toString(), Math.abs(wide.get(0).x - 20) <= 1 && Math.abs(wide.get(0).width - 66) <= 2);
    }

    /**
     * A monospaced {@code 98.16}: two pairs of digits with the point's whole cell between them
     * (over a height). In a whole image's search they join across the point into one line; with
     * the arch of a serif m between them instead, or nothing, or out of level, they make none.
     */
    @Test
    public void digitsAPointsCellApartJoinAcrossItInAWholeImagesSearch() {
        SceneLines.Scratch scratch = new SceneLines.Scratch(300, 80);
        ByteProcessor point = digitPairs(20);
        point.fillRect(70, 40, 4, 4); // on the baseline: too small to be a component
        List<Rectangle> lines = SceneLines.lines(mask(point), 300, 80, scratch, 3, SceneLines.WIDE, 1, true);
        assertEquals(lines.toString(), 1, lines.size());
        assertTrue(lines.toString(), Math.abs(lines.get(0).x - 20) <= 1 && Math.abs(lines.get(0).width - 106) <= 2);
        assertTrue("only in a whole image's search",
            SceneLines.lines(mask(point), 300, 80, scratch, 3, SceneLines.WIDE, 1, false).isEmpty());
        ByteProcessor colon = digitPairs(20);
        colon.fillRect(70, 28, 4, 4);
        colon.fillRect(70, 40, 4, 4);
        assertEquals(1, SceneLines.lines(mask(colon), 300, 80, scratch, 3, SceneLines.WIDE, 1, true).size());
        ByteProcessor arch = digitPairs(20);
        arch.fillRect(62, 20, 20, 3); // ink along the top, as an m's arch
        arch.fillRect(70, 40, 4, 4);
        assertTrue(SceneLines.lines(mask(arch), 300, 80, scratch, 3, SceneLines.WIDE, 1, true).isEmpty());
        assertTrue("no mark between",
            SceneLines.lines(mask(digitPairs(20)), 300, 80, scratch, 3, SceneLines.WIDE, 1, true).isEmpty());
        ByteProcessor lower = digitPairs(26); // the right pair six pixels lower
        lower.fillRect(70, 40, 4, 4);
        assertTrue(SceneLines.lines(mask(lower), 300, 80, scratch, 3, SceneLines.WIDE, 1, true).isEmpty());
    }

    /** Four digits' outlines, 16 by 24: a pair at x 20 and 42 in row 20, one at 88 and 110 in row {@code y}. */
    private static ByteProcessor digitPairs(int y) {
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        ip.drawRect(20, 20, 16, 24);
        ip.drawRect(42, 20, 16, 24);
        ip.drawRect(88, y, 16, 24);
        ip.drawRect(110, y, 16, 24);
        return ip;
    }

    /**
     * {@code 381 sec} in 15-pixel print: the 3 and 8 touch (one part), and so do s, e and c, a
     * part 2.5 times wider than high. In a whole image's search a part that low may be letters
     * that touch, and the three parts make a line; a part so wide and 20 pixels high may not.
     */
    @Test
    public void lowPartsMayBeLettersThatTouchInAWholeImagesSearch() {
        SceneLines.Scratch scratch = new SceneLines.Scratch(120, 60);
        assertEquals(1, SceneLines.lines(mask(touchingLetters(1)), 120, 60, scratch, 3, SceneLines.WIDE, 1, true)
            .size());
        assertTrue(SceneLines.lines(mask(touchingLetters(1)), 120, 60, scratch, 3, SceneLines.WIDE, 1, false)
            .isEmpty());
        assertTrue("twice the size: no touching letters",
            SceneLines.lines(mask(touchingLetters(2)), 120, 60, scratch, 3, SceneLines.WIDE, 1, true).isEmpty());
    }

    /** Two digits that touch, a 1 and three touching x-height letters, outlined {@code k} times 11 pixels high. */
    private static ByteProcessor touchingLetters(int k) {
        ByteProcessor ip = new ByteProcessor(120, 60);
        ip.setColor(255);
        ip.drawRect(5, 10, 14 * k, 11 * k); // "38": one part
        ip.drawLine(5 + 16 * k, 10, 5 + 16 * k, 10 + 11 * k - 1); // "1"
        ip.drawLine(6 + 16 * k, 10, 6 + 16 * k, 10 + 11 * k - 1);
        ip.drawRect(5 + 20 * k, 10 + 3 * k, 20 * k, 8 * k); // "sec": one part 2.5 heights wide
        ip.drawLine(5 + 27 * k, 10 + 3 * k, 5 + 27 * k, 10 + 11 * k - 1);
        return ip;
    }

    @Test
    public void aOneLetterWordBeforeALineJoinsItAsACandidate() {
        // "t = 13.61 s": the t alone, the = too small to be a component, then the number's chain.
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        ip.drawRect(10, 22, 12, 22); // the one-letter word, a word gap (wider than a letter's) before the number
        ip.fillRect(34, 30, 12, 2); // the =, two dashes
        ip.fillRect(34, 36, 12, 2);
        for (int k = 0; k < 5; k++) {
            ip.drawRect(60 + 22 * k, 20, 16, 24);
        }
        List<Rectangle> lines = SceneLines.lines(mask(ip), 300, 80);
        int end = 60 + 22 * 4 + 16;
        assertTrue(lines.toString(), lines.stream().anyMatch(r -> Math.abs(r.x - 60) <= 1)); // the chain alone
        assertTrue(lines.toString(), lines.stream().anyMatch(r -> Math.abs(r.x - 10) <= 1
            && Math.abs(r.x + r.width - end) <= 2)); // and the whole line
    }

    /**
     * "20 nm" in small print: the digits 9 pixels high, the unit's letters 6, under the height a
     * character standing alone needs. In a whole image's search the small letters join the digits
     * on their baseline, and the four make a line; elsewhere the two digits are no chain of three.
     */
    @Test
    public void smallLettersOnTheDigitsBaselineJoinTheirLine() {
        ByteProcessor ip = new ByteProcessor(120, 40);
        ip.setColor(255);
        ip.drawRect(20, 15, 6, 9); // the digits, bottoms at row 23
        ip.drawRect(28, 15, 6, 9);
        ip.drawRect(38, 18, 6, 6); // n and m: x-height letters on the same baseline
        ip.drawRect(46, 18, 8, 6);
        SceneLines.Scratch scratch = new SceneLines.Scratch(120, 40);
        assertTrue(SceneLines.lines(mask(ip), 120, 40, scratch, SceneLines.MIN_CHARACTERS, SceneLines.WIDE, 1, false)
            .isEmpty());
        List<Rectangle> lines = SceneLines.lines(mask(ip), 120, 40, scratch, SceneLines.MIN_CHARACTERS,
            SceneLines.WIDE, 1, true);
        assertEquals(lines.toString(), 1, lines.size());
        assertEquals(new Rectangle(20, 15, 34, 9), lines.get(0));
    }

    /** Small letters never make a line by themselves, nor join one off its baseline (specks above it). */
    @Test
    public void smallPartsAloneOrOffTheBaselineMakeNoLine() {
        ByteProcessor alone = new ByteProcessor(120, 40);
        alone.setColor(255);
        for (int k = 0; k < 5; k++) {
            alone.drawRect(20 + 9 * k, 18, 6, 6); // five small letters, nothing of the usual height
        }
        SceneLines.Scratch scratch = new SceneLines.Scratch(120, 40);
        assertTrue(SceneLines.lines(mask(alone), 120, 40, scratch, SceneLines.MIN_CHARACTERS, SceneLines.WIDE, 1, true)
            .isEmpty());
        ByteProcessor raised = new ByteProcessor(120, 40);
        raised.setColor(255);
        raised.drawRect(20, 15, 6, 9); // two digits, bottoms at row 23
        raised.drawRect(28, 15, 6, 9);
        raised.drawRect(36, 15, 6, 6); // small parts level with the digits' tops, 3 rows above their baseline
        raised.drawRect(44, 15, 6, 6);
        assertTrue(SceneLines.lines(mask(raised), 120, 40, scratch, SceneLines.MIN_CHARACTERS, SceneLines.WIDE, 1, true)
            .isEmpty());
    }

    @Test
    public void lettersThatTouchAreOnePartCountedAsTwo() {
        // "80 mm" in a serif face: two digits, then the m's feet join them into one wide part,
        // where a short label is looked for (a scale bar's).
        ByteProcessor ip = new ByteProcessor(300, 80);
        ip.setColor(255);
        ip.setLineWidth(2);
        ip.drawRect(20, 20, 14, 24);
        ip.drawRect(38, 20, 14, 24);
        int x = 62;
        ip.fillRect(x, 44 - 17, 2 * 26, 2); // the arches' tops and the feet along the baseline
        ip.fillRect(x, 42, 2 * 26, 2);
        for (int stem = 0; stem < 5; stem++) {
            ip.fillRect(x + 12 * stem + (stem > 2 ? 4 : 0), 44 - 17, 2, 17);
        }
        List<Rectangle> lines = SceneLines.lines(mask(ip), 300, 80, new SceneLines.Scratch(300, 80),
            SceneLines.MIN_CHARACTERS, SceneLines.MAX_TOUCHING);
        assertTrue(lines.toString(), lines.stream().anyMatch(r -> Math.abs(r.x - 20) <= 1 && r.x + r.width >= x + 50));
        // Only where they are asked for: a whole image's search keeps to single characters.
        assertTrue(SceneLines.lines(mask(ip), 300, 80).isEmpty());
        // Alone, letters that touch are no line: a line has two parts at least.
        ByteProcessor alone = new ByteProcessor(300, 80);
        alone.setColor(255);
        alone.fillRect(x, 44 - 17, 2 * 26, 2);
        alone.fillRect(x, 42, 2 * 26, 2);
        for (int stem = 0; stem < 5; stem++) {
            alone.fillRect(x + 12 * stem + (stem > 2 ? 4 : 0), 44 - 17, 2, 17);
        }
        assertTrue(SceneLines.lines(mask(alone), 300, 80, new SceneLines.Scratch(300, 80), SceneLines.MIN_CHARACTERS,
            SceneLines.MAX_TOUCHING).isEmpty());
    }

    @Test
    public void noiseIsTheDeviationOfPixelNoiseAndAlmostNoneOnCleanPrint() {
        java.util.Random random = new java.util.Random(4);
        byte[] px = new byte[200 * 100];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.round(128 + 6 * random.nextGaussian());
        }
        assertEquals(6, SceneLines.noise(px, 200, 100), 1); // to a grey level: differences are whole
        ByteProcessor word = io.github.fijiocr.synth.DrawnText.line("Noise",
            new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, 40), 200, 60, 255, 0, 10, 45);
        assertEquals(0, SceneLines.noise((byte[]) word.getPixels(), 200, 60), 1e-9);
    }

    /**
     * A 640x480 frame of one printed line, {@code LOT 4711-2026} in 28-point DejaVu Sans, on
     * {@code ground} with Gaussian noise of {@code sigma} grey levels (none at 0): a camera's view
     * of a label. The speed benchmark reads the same frames.
     */
    public static ByteProcessor printedFrame(int ground, double sigma, long seed) {
        ByteProcessor frame = new ByteProcessor(640, 480);
        frame.setColor(ground);
        frame.fill();
        frame.setColor(0);
        frame.setAntialiasedText(true);
        frame.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 28));
        frame.drawString("LOT 4711-2026", 200, 250);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; sigma > 0 && i < 640 * 480; i++) {
            frame.set(i, Math.max(0, Math.min(255, (int) Math.round(frame.get(i) + sigma * random.nextGaussian()))));
        }
        return frame;
    }

    /** A camera frame: a grey ground with sensor noise and one small printed line. Only the line is a candidate. */
    @Test
    public void noiseOnPlainGroundIsNoCandidate() {
        ByteProcessor frame = printedFrame(200, 6, 6);
        Rectangle text = new Rectangle(190, 215, 240, 45);
        List<Rectangle> found = SceneLines.candidates(frame);
        assertFalse(found.isEmpty());
        for (Rectangle c : found) {
            assertTrue("a candidate off the text: " + c, c.intersects(text));
        }
    }

    /** Flat ground beside the boxes holds nothing the search could find; a faint mark or a shading does. */
    @Test
    public void groundIsFlatBesideTheTextOnlyWhenNothingElseStandsOut() {
        ByteProcessor ip = new ByteProcessor(300, 120);
        ip.setColor(255);
        ip.fill();
        ip.setColor(0);
        ip.fillRect(20, 20, 120, 30); // the located line's box, say
        Rectangle all = new Rectangle(300, 120);
        List<Rectangle> box = List.of(new Rectangle(15, 15, 130, 40));
        assertTrue(SceneLines.flatBeside(ip, all, box));
        assertFalse("the box left out, the ink beside is not ground", SceneLines.flatBeside(ip, all, List.of()));
        ip.setColor(230);
        ip.fillRect(200, 80, 30, 20); // faint: 25 of 255, more than the local masks' 8%
        assertFalse(SceneLines.flatBeside(ip, all, box));
        assertTrue("outside the area searched", SceneLines.flatBeside(ip, new Rectangle(0, 0, 190, 120), box));
        ip.setColor(250);
        ip.fillRect(200, 80, 30, 20); // 5 of 255: under every mask's contrast
        assertTrue(SceneLines.flatBeside(ip, all, box));
        assertFalse("boxes over most of the area: a crop of the text, not a frame",
            SceneLines.flatBeside(ip, all, List.of(new Rectangle(0, 0, 250, 120))));
    }

    /**
     * Thin white print 22 to 27 grey levels over a brightfield ground with sensor noise of 6
     * levels ({@code 4.5 min} in 19-pixel Liberation Sans, development micrograph 28850 at ImageJ's
     * sizes): the noise takes pixels from every stroke, the local-mean masks break the glyphs
     * apart, and the line is found only in the image's 3x3 mean ({@link SceneLines#NOISY}).
     */
    @Test
    public void thinPrintTheNoiseBreaksApartIsFoundInTheSmoothedImage() {
        TextMicrographs.Scene scene = TextMicrographs.make(28850, true);
        Rectangle text = scene.boxes.get(0);
        ByteProcessor gray = scene.image;
        List<Rectangle> found = SceneLines.candidates(gray, Math.min(gray.getWidth(), gray.getHeight()),
            SceneLines.MIN_CHARACTERS, false, 1, true);
        assertTrue(scene.texts.get(0) + " at " + text + ": " + found, found.stream().anyMatch(
            c -> c.intersects(text) && c.width >= 0.6 * text.width));
    }

    /**
     * In the full-size look for small text of a frame the search sees at 0.4, a part the scaled
     * search would see under {@link SceneLines#TOUCHING_HEIGHT} may be letters that touch:
     * {@code sec} of a white 25-pixel {@code 531 sec} in a 4000x3000 micrograph (development seed
     * 28766 at ImageJ's sizes) is one part 15 pixels high, the local mean's low contrast taking the
     * glyphs' grey edges, and {@code 53}, {@code 1} and it made no chain of three.
     */
    @Test
    public void theFullSizeLookTakesLettersThatTouchAtTheScaleSearched() {
        TextMicrographs.Scene scene = TextMicrographs.make(28766, true);
        Rectangle text = scene.boxes.get(0);
        List<Rectangle> found = SceneLines.smallText(scene.image, 3000, SceneLines.MIN_CHARACTERS, 1, 0.4);
        assertTrue(scene.texts.get(0) + " at " + text + ": " + found, found.stream().anyMatch(
            c -> c.intersects(text) && c.width >= 0.8 * text.width));
    }

    @Test
    public void tinyAndThinImagesAreSearchedWithoutFailing() {
        java.util.Random random = new java.util.Random(9);
        for (int[] size : new int[][] {{1, 1}, {1, 50}, {50, 1}, {3, 100}, {100, 3}, {7, 7}, {9, 17}}) {
            ByteProcessor ip = new ByteProcessor(size[0], size[1]);
            for (int i = 0; i < size[0] * size[1]; i++) {
                ip.set(i, random.nextInt(256));
            }
            assertTrue(SceneLines.candidates(ip).isEmpty()); // nothing there is eight pixels high and long
        }
    }

    @Test
    public void characterLikeComponentsMatchTheirDefinitionOnRandomMasks() {
        java.util.Random random = new java.util.Random(8);
        for (int trial = 0; trial < 200; trial++) {
            int w = 10 + random.nextInt(60);
            int h = 10 + random.nextInt(60);
            byte[] mask = new byte[w * h];
            ByteProcessor ip = new ByteProcessor(w, h);
            ip.setColor(255);
            for (int k = random.nextInt(12); k > 0; k--) { // rings, bars and blobs of all sizes
                int x = random.nextInt(w);
                int y = random.nextInt(h);
                int bw = 2 + random.nextInt(20);
                int bh = 2 + random.nextInt(30);
                ip.setLineWidth(1 + random.nextInt(4));
                if (random.nextBoolean()) {
                    ip.drawOval(x, y, bw, bh);
                } else {
                    ip.fillRect(x, y, bw, bh / 3 + 1);
                }
            }
            byte[] px = (byte[]) ip.getPixels();
            for (int i = 0; i < mask.length; i++) {
                mask[i] = (byte) (px[i] != 0 || random.nextDouble() < 0.02 ? 1 : 0);
            }
            for (double widest : new double[] {SceneLines.WIDE, SceneLines.MAX_TOUCHING}) {
                for (boolean small : new boolean[] {false, true}) {
                    List<Rectangle> fast = SceneLines.characterLike(mask, w, h, new SceneLines.Scratch(w, h), widest,
                        small);
                    List<Rectangle> slow = naiveCharacterLike(mask, w, h, widest, small);
                    java.util.Comparator<Rectangle> order = java.util.Comparator.<Rectangle>comparingInt(r -> r.y)
                        .thenComparingInt(r -> r.x).thenComparingInt(r -> r.width).thenComparingInt(r -> r.height);
                    fast.sort(order);
                    slow.sort(order);
                    assertEquals(w + "x" + h + " trial " + trial + " widest " + widest + " small " + small, slow, fast);
                }
            }
        }
    }

    /** The definition: 8-connected components by flood fill, each pixel's shorter run by walking ({@link MorphologyTest}). */
    private static List<Rectangle> naiveCharacterLike(byte[] m, int w, int h, double widest, boolean smallLetters) {
        int[] label = new int[w * h];
        List<Rectangle> out = new java.util.ArrayList<>();
        int next = 0;
        for (int start = 0; start < m.length; start++) {
            if (m[start] == 0 || label[start] != 0) {
                continue;
            }
            next++;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            List<Integer> members = new java.util.ArrayList<>();
            queue.add(start);
            label[start] = next;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                members.add(i);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = i % w + dx;
                        int y = i / w + dy;
                        if (x >= 0 && y >= 0 && x < w && y < h && m[y * w + x] != 0 && label[y * w + x] == 0) {
                            label[y * w + x] = next;
                            queue.add(y * w + x);
                        }
                    }
                }
            }
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            long stroke = 0;
            for (int i : members) {
                int x = i % w;
                int y = i / w;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
                stroke += MorphologyTest.shorterRun(m, w, h, x, y);
            }
            int bw = x1 - x0 + 1;
            int bh = y1 - y0 + 1;
            long n = members.size();
            double fill = (double) n / ((long) bw * bh);
            boolean border = x0 == 0 || y0 == 0 || x1 == w - 1 || y1 == h - 1;
            // Small letters (under the usual height) only where asked for, with fewer pixels, and
            // as wide as letters that touch; where asked for, so are parts under TOUCHING_HEIGHT.
            boolean small = bh < SceneLines.MIN_HEIGHT;
            int lowest = smallLetters ? SceneLines.SMALL_HEIGHT : SceneLines.MIN_HEIGHT;
            boolean touching = small || smallLetters && bh < SceneLines.TOUCHING_HEIGHT;
            double wide = touching ? Math.max(widest, SceneLines.MAX_TOUCHING) : widest;
            if (!border && n >= (small ? SceneLines.SMALL_PIXELS : SceneLines.MIN_PIXELS) && bh >= lowest
                && bh <= 0.8 * h && bw <= wide * bh && bw * 12 >= bh && fill >= 0.12 && fill <= 0.95
                && stroke <= SceneLines.MAX_STROKE * bh * n) {
                out.add(new Rectangle(x0, y0, bw, bh));
            }
        }
        return out;
    }
}
