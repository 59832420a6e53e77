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
 * @param articleBodyHint JSON-LD {@code articleBody} (a body hint) or null, read only when asked for: it is
 *                        long, cleaning it costs, and it is needed only when the extracted body is too short
 * @param paywalled       true when structured data says the content is not free
 * @param types           schema.org types of the page's JSON-LD objects and microdata items (e.g.
 *                        {@code Product}, {@code NewsArticle}), and its OpenGraph type as {@code og:<type>}
 * @param productDescription the JSON-LD {@code Product}'s {@code description} (tags removed), or null
 * @param answers         the texts of the answers a JSON-LD {@code Question} declares ({@link JsonLd#answers}), or empty
 */
record Metadata(String title, String byline, String published, String publishedSource, String lang,
                String siteName, String canonicalUrl, String excerpt,
                java.util.function.Supplier<String> articleBodyHint, boolean paywalled, java.util.Set<String> types,
                String productDescription, java.util.List<String> answers) {

    /** JSON-LD {@code articleBody}, or null (cleaned on each call: call it once). */
    String articleBody() {
        return articleBodyHint.get();
    }
}
