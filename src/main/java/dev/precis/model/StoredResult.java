package dev.precis.model;

import java.util.List;

/**
 * The result of one request, {@code precis.summary/v1}: stored beside its source as {@code x.summary.json}
 * and returned to the caller.
 */
public record StoredResult(String schema, SourceInfo source, ArticleInfo article, String summary,
                           List<KeyFact> keyFacts, List<Answer> answers, Provenance provenance,
                           List<String> warnings) {

    /** The schema identifier every stored result carries. */
    public static final String SCHEMA = "precis.summary/v1";

    /** The same result with {@code article} replaced (an answer's trimmed copy; the stored one is whole). */
    public StoredResult withArticle(ArticleInfo replacement) {
        return new StoredResult(schema, source, replacement, summary, keyFacts, answers, provenance, warnings);
    }
}
