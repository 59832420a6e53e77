package dev.precis.model;

import java.util.List;

/** The stored result, {@code precis.summary/v1}: written beside its source as {@code x.summary.json}. */
public record SummaryRecord(String schema, SourceInfo source, ArticleInfo article, String summary,
                            List<KeyFact> keyFacts, List<Answer> answers, Provenance provenance,
                            List<String> warnings) {

    /** The schema identifier every stored result carries. */
    public static final String SCHEMA = "precis.summary/v1";
}
