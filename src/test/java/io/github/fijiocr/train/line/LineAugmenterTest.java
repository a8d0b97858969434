package io.github.fijiocr.train.line;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ij.process.ByteProcessor;
import ij.util.ThreadUtil;
import java.util.Random;
import org.junit.Test;

public class LineAugmenterTest {
    private static ByteProcessor line() {
        ByteProcessor ip = new ByteProcessor(120, 32);
        ip.setColor(255);
        ip.fill();
        ip.setColor(0);
        for (int x = 10; x < 110; x += 12) {
            ip.fillRect(x, 8, 5, 16);
        }
        return ip;
    }

    /** The same seed gives the same augmented line: blur and noise draw from the run's random only. */
    @Test
    public void theSameSeedGivesTheSameLine() {
        ByteProcessor a = LineAugmenter.apply(line(), new Random(7));
        ByteProcessor b = LineAugmenter.apply(line(), new Random(7));
        assertEquals(a.getWidth(), b.getWidth());
        assertArrayEquals((byte[]) a.getPixels(), (byte[]) b.getPixels());
    }

    /**
     * ImageJ's shared pool keeps two non-daemon threads alive for good once used: a headless Fiji
     * that ran Train Text Model never exited. Augmenting must not submit work to it.
     */
    @Test
    public void augmentingLeavesImageJsThreadPoolAlone() {
        long before = ThreadUtil.threadPoolExecutor.getTaskCount();
        Random r = new Random(1);
        boolean changed = false;
        for (int i = 0; i < 200; i++) {
            ByteProcessor out = LineAugmenter.apply(line(), r);
            changed |= out.getWidth() != 120;
        }
        assertTrue("augmentation should change lines", changed);
        assertEquals(before, ThreadUtil.threadPoolExecutor.getTaskCount());
    }
}
