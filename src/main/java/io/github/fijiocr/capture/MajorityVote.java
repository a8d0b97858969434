package io.github.fijiocr.capture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Steadies a flickering reading: the most frequent text of the last N frames (ties go to the most
 * recent of the tied texts). Frames in which nothing was read take part as the empty text.
 */
public final class MajorityVote {
    private final int window;
    private final Deque<String> recent = new ArrayDeque<>();

    public MajorityVote(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("a vote needs at least one frame");
        }
        this.window = window;
    }

    /** Adds this frame's text and returns the vote's winner. */
    public String add(String text) {
        recent.addLast(text);
        if (recent.size() > window) {
            recent.removeFirst();
        }
        return winner();
    }

    /** The share of the window's frames that read the winner. */
    public double share() {
        String w = winner();
        return recent.stream().filter(w::equals).count() / (double) recent.size();
    }

    private String winner() {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        // Newest first, so that among equal counts the most recent text wins.
        for (Iterator<String> it = recent.descendingIterator(); it.hasNext();) {
            String t = it.next();
            int n = counts.merge(t, 1, Integer::sum);
            if (n > bestCount) {
                best = t;
                bestCount = n;
            }
        }
        return best;
    }
}
