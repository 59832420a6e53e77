package dev.precis.extract;

import java.util.List;

/**
 * Estimates of how much a reading reads like the main text of a page, used to weigh readings against
 * each other ({@link Choice}).
 */
final class Quality {

    private Quality() {
    }

    /** Characters (whitespace left out) of all blocks: a length that counts CJK text as fairly as Latin. */
    static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) n += b.chars();
        return n;
    }

    /**
     * Characters of prose (whitespace left out): blocks of at least {@link Tuning#PROSE_MIN_CHARS} characters, under
     * {@link Tuning#PROSE_MAX_LINK_DENSITY} link density, ending like a sentence. A block right after a
     * line that is all link (not a list item) is a teaser's summary under its headline, not prose of this
     * page, and does not count.
     */
    static int proseChars(List<Block> blocks) {
        int chars = 0;
        Block previous = null;
        for (Block b : blocks) {
            boolean teaser = previous != null && previous.chars() > 0 && previous.linkChars() == previous.chars()
                    && previous.kind() != Block.Kind.ITEM;
            previous = b;
            String t = b.text();
            if (teaser || t.length() < Tuning.PROSE_MIN_CHARS || b.linkDensity() >= Tuning.PROSE_MAX_LINK_DENSITY) continue;
            if (Vocabulary.SENTENCE_END_CHARS.indexOf(t.charAt(t.length() - 1)) >= 0) chars += b.chars();
        }
        return chars;
    }
}
