package dev.precis.model;

/**
 * The stored result's {@code article} object. {@code text} is the extracted body that every quote
 * offset indexes into, so a stored result can be re-verified on its own. {@code pageType} and
 * {@code markdown} (the same body as markdown) are null for plain-text sources and then left out.
 */
public record ArticleInfo(String title, String byline, String published, String lang, String siteName,
                          String url, int words, String textSha256, String text, String pageType, String markdown) {

    /** Without page type and markdown. */
    public ArticleInfo(String title, String byline, String published, String lang, String siteName,
                       String url, int words, String textSha256, String text) {
        this(title, byline, published, lang, siteName, url, words, textSha256, text, null, null);
    }

    /** The same without the body (its text and markdown): what an answer carries unless the caller asks for the text. */
    public ArticleInfo withoutText() {
        return new ArticleInfo(title, byline, published, lang, siteName, url, words, textSha256, null, pageType, null);
    }
}
