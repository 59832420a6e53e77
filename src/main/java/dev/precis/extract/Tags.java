package dev.precis.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an element's tag name says to the stages that walk the body ({@link Cleaner}'s pruning, {@link BlockWriter}),
 * as bit flags: one look-up per element when {@link TextSizes} measures it, read from its {@link TextSizes.Size} by every
 * pass after that, instead of a look-up in each tag list per element and pass. Each flag is exactly membership in the
 * word list it names.
 */
final class Tags {

    /** {@link Vocabulary#BLOCK_TAGS}: it starts a new line. */
    static final int BLOCK = 1;
    /** {@link Vocabulary#HEADING_TAGS}: h1–h6. */
    static final int HEADING = 1 << 1;
    /** {@code <a>}. */
    static final int LINK = 1 << 2;
    /** {@link Vocabulary#ASIDE_BOX_TAGS}. */
    static final int ASIDE_BOX = 1 << 3;
    /** {@link Vocabulary#FURNITURE_TAGS}. */
    static final int FURNITURE = 1 << 4;
    /** {@link Vocabulary#INLINE_TAGS}. */
    static final int INLINE = 1 << 5;
    /** {@link Vocabulary#TABLE_PART_TAGS}. */
    static final int TABLE_PART = 1 << 6;
    /** {@code <article>} or {@code <main>}. */
    static final int ARTICLE_OR_MAIN = 1 << 7;
    /** {@code <header>}. */
    static final int HEADER = 1 << 8;
    /** {@code <footer>}. */
    static final int FOOTER = 1 << 9;
    /** {@code <form>}. */
    static final int FORM = 1 << 10;
    /** {@code <p>}. */
    static final int PARAGRAPH = 1 << 11;
    /** {@code <figcaption>}. */
    static final int FIGCAPTION = 1 << 12;
    /** {@code <br>} or {@code <hr>}: a line break. */
    static final int BREAK = 1 << 13;
    /** {@code <tr>}. */
    static final int ROW = 1 << 14;
    /** {@link Vocabulary#CONDITIONAL_TAGS}. */
    static final int CONDITIONAL = 1 << 15;
    /** {@link Vocabulary#AUTHORED_LIST_TAGS}. */
    static final int AUTHORED_LIST = 1 << 16;

    /** The flags of every tag name that has any; other names have none. */
    private static final Map<String, Integer> FLAGS = new HashMap<>();

    static {
        add(Vocabulary.BLOCK_TAGS, BLOCK);
        add(Vocabulary.HEADING_TAGS, HEADING);
        add(Vocabulary.ASIDE_BOX_TAGS, ASIDE_BOX);
        add(Vocabulary.FURNITURE_TAGS, FURNITURE);
        add(Vocabulary.INLINE_TAGS, INLINE);
        add(Vocabulary.TABLE_PART_TAGS, TABLE_PART);
        add(Vocabulary.CONDITIONAL_TAGS, CONDITIONAL);
        add(Vocabulary.AUTHORED_LIST_TAGS, AUTHORED_LIST);
        add(Set.of("a"), LINK);
        add(Set.of("article", "main"), ARTICLE_OR_MAIN);
        add(Set.of("header"), HEADER);
        add(Set.of("footer"), FOOTER);
        add(Set.of("form"), FORM);
        add(Set.of("p"), PARAGRAPH);
        add(Set.of("figcaption"), FIGCAPTION);
        add(Set.of("br", "hr"), BREAK);
        add(Set.of("tr"), ROW);
    }

    private Tags() {
    }

    private static void add(Set<String> tags, int flag) {
        for (String t : tags) FLAGS.merge(t, flag, (a, b) -> a | b);
    }

    /** The flags of the tag named {@code normalName} (0 for a tag of no list). */
    static int of(String normalName) {
        Integer f = FLAGS.get(normalName);
        return f == null ? 0 : f;
    }
}
