package dev.precis.summarize;

/**
 * An article body as quotes are checked against it: the text itself (exact matches), its normalized
 * form ({@link MatchText}, normalized matches) and its words ({@link ArticleWords}, alignment). Each
 * form is built the first time a quote needs it, then shared by every quote of the article: an engine
 * whose quotes are all exact never pays for the others. Not thread-safe (one per article and check).
 */
final class BodyIndex {

    /** The original body; offsets index into it. */
    final String body;
    private MatchText text;
    private ArticleWords words;

    private BodyIndex(String body) {
        this.body = body;
    }

    static BodyIndex of(String body) {
        return new BodyIndex(body);
    }

    /** The normalized body, with its map back to {@link #body}. */
    MatchText text() {
        if (text == null) text = MatchText.of(body);
        return text;
    }

    /** The body's words. */
    ArticleWords words() {
        if (words == null) words = new ArticleWords(body, text());
        return words;
    }
}
