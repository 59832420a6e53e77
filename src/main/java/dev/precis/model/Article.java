package dev.precis.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article extracted from a page: its body as paragraphs and its metadata.
 *
 * @param title           headline without the site-name suffix, or null
 * @param byline          author(s), or null
 * @param published       publication time, ISO-8601 ({@code 2025-04-27T13:54:31}, with offset when
 *                        the page gives one), or null
 * @param publishedSource where {@code published} came from: {@code json-ld}, {@code meta},
 *                        {@code time}, {@code text}; null when {@code published} is
 * @param lang            BCP-47 language tag ({@code en}, {@code pt-BR}), or null
 * @param siteName        the publication's name, or null
 * @param canonicalUrl    the page's canonical URL, or null
 * @param excerpt         a short description (meta description or first paragraph), or null
 * @param paragraphs      body blocks in reading order: paragraphs, headings, list items, quotes, code
 *                        blocks (their lines kept), table rows
 * @param diagnostics     flags such as {@code too_short}, {@code possible_paywall}, {@code low_confidence},
 *                        in alphabetical order (the same page gives the same stored bytes in every run)
 * @param pageType        what kind of page it is: {@code article}, {@code forum}, {@code documentation},
 *                        {@code product}, {@code listing}, {@code collection} or {@code service}; null for
 *                        plain text
 * @param markdown        the same body as markdown (headings, lists, quotes, code blocks, tables, absolute
 *                        links), or null for plain text. Quote offsets index into {@link #text()}, never this
 */
public record Article(String title, String byline, String published, String publishedSource, String lang,
                      String siteName, String canonicalUrl, String excerpt, List<String> paragraphs,
                      Set<String> diagnostics, String pageType, String markdown) {

    /** Paragraph separator in {@link #text()}: a blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        paragraphs = List.copyOf(paragraphs);
        // sorted, not Set.copyOf: that set's iteration order changes from one JVM run to the next
        diagnostics = Collections.unmodifiableSet(new TreeSet<>(diagnostics));
    }

    /** An article without page type and markdown (plain text, tests). */
    public Article(String title, String byline, String published, String publishedSource, String lang,
                   String siteName, String canonicalUrl, String excerpt, List<String> paragraphs,
                   Set<String> diagnostics) {
        this(title, byline, published, publishedSource, lang, siteName, canonicalUrl, excerpt, paragraphs,
                diagnostics, null, null);
    }

    /** The body: paragraphs separated by blank lines. Quote offsets index into this string. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** Number of whitespace-separated words in the body. */
    public int words() {
        int count = 0;
        for (String p : paragraphs) {
            String t = p.strip();
            if (!t.isEmpty()) count += t.split("\\s+").length;
        }
        return count;
    }

    /** An article made of plain text: paragraphs split on blank lines, no metadata. */
    public static Article ofPlainText(String text) {
        List<String> paragraphs = java.util.Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty())
                .toList();
        return new Article(null, null, null, null, null, null, null, null, paragraphs, Set.of());
    }
}
