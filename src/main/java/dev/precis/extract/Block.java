package dev.precis.extract;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * One entry of the body, as {@link BlockWriter} wrote it: its plain text (a paragraph of
 * {@code Article.text()}), what kind of block it came from, and what markdown needs besides the text.
 *
 * @param text      the entry's text, whitespace collapsed (kept line by line in code blocks)
 * @param kind      the block it came from
 * @param level     heading level (1–6), list nesting depth (1 = top) or quote depth; 0 otherwise
 * @param ordered   an item of an ordered list
 * @param chars     characters of text (whitespace left out)
 * @param linkChars the part of {@code chars} inside links
 * @param spans     links and inline code inside {@code text}, in order
 */
record Block(String text, Kind kind, int level, boolean ordered, int chars, int linkChars, List<Span> spans) {

    /** The kinds of block that markdown writes differently. */
    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, CODE, ROW, HEADER_ROW }

    /**
     * A link or inline code inside a block's text: {@code [start, end)} of {@link Block#text}.
     *
     * @param link the {@code <a>} element (its URL is resolved only when markdown is written), or null for code
     */
    record Span(int start, int end, Element link) {
    }

    /** Share of the block's characters inside links. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
