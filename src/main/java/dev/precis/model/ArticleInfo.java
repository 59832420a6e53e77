package dev.precis.model;

/**
 * The stored result's {@code article} object. {@code text} is the extracted body that every quote
 * offset indexes into, so a stored result can be re-verified on its own.
 */
public record ArticleInfo(String title, String byline, String published, String lang, String siteName,
                          String url, int words, String textSha256, String text) {

    /** The same without the body text: what an answer carries unless the caller asks for the text. */
    public ArticleInfo withoutText() {
        return new ArticleInfo(title, byline, published, lang, siteName, url, words, textSha256, null);
    }
}
