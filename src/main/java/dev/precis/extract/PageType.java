package dev.precis.extract;

import java.util.Locale;

/**
 * What kind of page a body is read from; each kind has its own reading profile ({@link Choice}).
 * The names are those of the WCXB benchmark and of {@code article.pageType} in stored results.
 */
enum PageType {
    /** News, blog posts, guides, reviews: one main text. */
    ARTICLE,
    /** A discussion thread or Q&amp;A page: the posts are the content. */
    FORUM,
    /** Technical documentation: prose with code blocks, beside navigation. */
    DOCUMENTATION,
    /** One product: description, specifications, price. */
    PRODUCT,
    /** An index of articles or other content: repeated cards with teasers. */
    LISTING,
    /** A grid of products between filters. */
    COLLECTION,
    /** A company's service or feature page: many sections (hero, features, FAQ). */
    SERVICE;

    /** The lower-case name used in results ({@code article}, {@code forum}…). */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
