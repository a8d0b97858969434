package io.github.fijiocr.recognize.ctc;

import java.util.List;

/**
 * Best path decoding: the most probable class in each column, repeats collapsed, blanks dropped.
 * Fast and usually right when the network is sure; {@link BeamDecoder} finds the most probable
 * text when probability is spread over several alignments.
 */
public final class GreedyDecoder {
    private final List<String> alphabet;
    private final boolean[] allowed;

    /** {@code allowed}: the characters that may be read (null or empty: all); the others are never emitted. */
    public GreedyDecoder(List<String> alphabet, String allowed) {
        this.alphabet = List.copyOf(alphabet);
        this.allowed = Allowed.mask(this.alphabet, allowed);
    }

    public GreedyDecoder(List<String> alphabet) {
        this(alphabet, null);
    }

    public Decoded decode(Lattice lattice) {
        if (!lattice.alphabet().equals(alphabet)) {
            throw new IllegalArgumentException("the lattice's alphabet is not the decoder's");
        }
        int blank = lattice.symbols();
        int[] path = new int[lattice.columns()];
        for (int t = 0; t < path.length; t++) {
            float[] col = lattice.column(t);
            int best = blank;
            for (int s = 0; s < blank; s++) {
                if (allowed[s] && col[s] > col[best]) {
                    best = s;
                }
            }
            path[t] = best == blank ? -1 : best;
        }
        return Alignment.ofPath(path).decoded(lattice, 0);
    }
}
