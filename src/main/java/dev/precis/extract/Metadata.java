package dev.precis.extract;

/**
 * What stage 1 learns from structured data before the body is touched.
 *
 * @param title           headline (site suffix removed), or null
 * @param byline          author(s), or null
 * @param published       ISO-8601 publication time, or null
 * @param publishedSource {@code json-ld}, {@code meta}, {@code time} or {@code text}; null with {@code published}
 * @param lang            language tag, or null
 * @param siteName        publication name, or null
 * @param canonicalUrl    canonical URL, or null
 * @param excerpt         description, or null
 * @param articleBody     JSON-LD {@code articleBody} (a body hint), or null
 * @param paywalled       true when structured data says the content is not free
 */
record Metadata(String title, String byline, String published, String publishedSource, String lang,
                String siteName, String canonicalUrl, String excerpt, String articleBody, boolean paywalled) {
}
