package dev.precis.extract;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * An unmodifiable set of a few words (tag names, class tokens) that the stages ask about once or more per element of
 * every page: a power-of-two table probed by the word's cached hash and a mask, where {@link Set#of}'s table takes a
 * division per look-up (its probes were about 2% of all extraction time in a profile of WCXB dev). As {@link Set#of}:
 * no null, no duplicates, unmodifiable; it iterates in the order the words were given.
 */
final class WordSet extends AbstractSet<String> {

    private final List<String> words;
    private final String[] table;
    private final int mask;

    private WordSet(List<String> words) {
        this.words = words;
        table = new String[Integer.highestOneBit(Math.max(1, words.size()) * 4) * 2]; // at most a quarter full
        mask = table.length - 1;
        for (String w : words) {
            int i = slot(w.hashCode());
            while (table[i] != null) {
                if (table[i].equals(w)) throw new IllegalArgumentException("duplicate word: " + w);
                i = (i + 1) & mask;
            }
            table[i] = w;
        }
    }

    /** The set of {@code words}. */
    static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
        for (int i = slot(o.hashCode()); table[i] != null; i = (i + 1) & mask) { // null: a NullPointerException, as Set.of
            if (table[i] == o || table[i].equals(o)) return true;
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
