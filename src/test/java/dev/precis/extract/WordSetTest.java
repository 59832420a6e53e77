package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link WordSet} answers as {@link Set#of} would, only faster: the stages swapped one for the other unseen. */
class WordSetTest {

    @Test
    void holdsItsWordsAndNoOthers() {
        WordSet tags = WordSet.of("nav", "aside", "footer", "header");
        for (String w : List.of("nav", "aside", "footer", "header")) assertTrue(tags.contains(w), w);
        for (String w : List.of("div", "NAV", "", "navs", "asid")) assertFalse(tags.contains(w), w);
        assertTrue(tags.contains(new String("aside")), "equal, not only the same string");
        assertEquals(4, tags.size());
        assertEquals(List.of("nav", "aside", "footer", "header"), new ArrayList<>(tags), "iterates in the order given");
        assertEquals(Set.of("nav", "aside", "footer", "header"), tags);
    }

    @Test
    void wordsWhoseHashesCollideAreAllFound() {
        // "Aa" and "BB" share a hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB": one slot, probed in turn.
        WordSet colliding = WordSet.of("Aa", "BB", "AaAa", "AaBB", "BBAa");
        for (String w : List.of("Aa", "BB", "AaAa", "AaBB", "BBAa")) assertTrue(colliding.contains(w), w);
        assertFalse(colliding.contains("BBBB"), "same hash, not in the set");
    }

    @Test
    void manyWordsStillAnswerRight() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) words.add("w" + i);
        WordSet set = WordSet.of(words.toArray(String[]::new));
        for (String w : words) assertTrue(set.contains(w), w);
        for (int i = 200; i < 400; i++) assertFalse(set.contains("w" + i));
    }

    @Test
    void refusesWhatSetOfRefuses() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("nav", "nav"));
        assertThrows(NullPointerException.class, () -> WordSet.of("nav").contains(null));
        assertThrows(UnsupportedOperationException.class, () -> WordSet.of("nav").add("aside"));
        assertFalse(WordSet.of().contains("nav"));
    }
}
